import { describe, expect, it } from 'vitest';
import { bodyAttribution, isUnitName, mergeUnits, parseAttributionLine } from '../../../src/core/import/attribute.js';
import { stext } from '../../../src/core/import/text.js';

interface Units {
  departments: string[];
  lead: string[];
}

const inBody = (text: string): Units | undefined => {
  const a = bodyAttribution(stext(text, 1));
  return a ? mergeUnits(a.units) : undefined;
};
const onLine = (text: string): Units => mergeUnits(parseAttributionLine(stext(text, 1)).units);

describe('attribution inside the item text', () => {
  it.each<[string, Units]>([
    ['推进工作。(责任单位:办公室、宣传教育部、职工中专、工人文化宫)', { departments: ['办公室', '宣传教育部', '职工中专', '工人文化宫'], lead: [] }],
    ['推进工作。（责任单位：办公室，宣传教育部）', { departments: ['办公室', '宣传教育部'], lead: [] }],
    ['推进工作。（市市场监管局牵头，市公安局、市税务局配合）', { departments: ['市市场监管局', '市公安局', '市税务局'], lead: ['市市场监管局'] }],
    ['推进工作。（市财政局、市发展改革委牵头，各区政府负责）', { departments: ['市财政局', '市发展改革委', '各区政府'], lead: ['市财政局', '市发展改革委'] }],
    ['推进工作。（市自然资源和规划局、市税务局按职责分工负责）', { departments: ['市自然资源和规划局', '市税务局'], lead: [] }],
    ['推进工作。（市中级人民法院负责）', { departments: ['市中级人民法院'], lead: [] }],
    ['推进工作。（市发展改革委、市工商联）', { departments: ['市发展改革委', '市工商联'], lead: [] }],
    ['推进工作。（牵头单位：信息中心　责任单位：市社保局、各区县人社局）', { departments: ['信息中心', '市社保局', '各区县人社局'], lead: ['信息中心'] }],
    ['推进工作。(责任单位:区发改局(牵头)、区财政局)', { departments: ['区发改局', '区财政局'], lead: ['区发改局'] }],
    // The unit answering for the work beside the ones that help leads (as 主要责任单位 beside 协同配合单位).
    ['推进工作。[责任单位:区发改局;配合单位:区财政局]', { departments: ['区发改局', '区财政局'], lead: ['区发改局'] }],
    ['推进工作。责任单位：区发改局、区财政局', { departments: ['区发改局', '区财政局'], lead: [] }],
    ['推进工作。（責任單位：就業促進處、市就業服務中心）', { departments: ['就業促進處', '市就業服務中心'], lead: [] }],
    ['推进工作。（基金監督處牽頭，養老保險處配合）', { departments: ['基金監督處', '養老保險處'], lead: ['基金監督處'] }],
    ['推进工作。（市財政局牵头，人民银行xx市分行配合）', { departments: ['市財政局', '人民银行xx市分行'], lead: ['市財政局'] }],
    ['推进工作。(责任单位:保障工作部、经济工作部、财务与资产管理部、服务中心)', { departments: ['保障工作部', '经济工作部', '财务与资产管理部', '服务中心'], lead: [] }],
    // held-out documents (issue 17): 及 between two names, a copy cut off inside the bracket
    [
      '推进工作。(市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責)',
      { departments: ['市政府辦公室', '市行政審批制度改革工作領導小組辦公室', '市級各有關部門', '各縣市區政府'], lead: ['市政府辦公室', '市行政審批制度改革工作領導小組辦公室'] },
    ],
    ['推进工作。（区委组织部和区人社局负责）', { departments: ['区委组织部', '区人社局'], lead: [] }],
    ['推进工作。（市住房和城乡建设局、市交通运输局按职责分工负责）', { departments: ['市住房和城乡建设局', '市交通运输局'], lead: [] }],
    ['落实监管责任和措施。(市政府辦公室、市', { departments: ['市政府辦公室'], lead: [] }],
    ['落实监管责任和措施。(责任单位:区发改局、区财', { departments: ['区发改局'], lead: [] }],
  ])('%s', (text, units) => {
    expect(inBody(text)).toEqual(units);
  });

  it.each([
    ['形成市、区(县、市)和乡镇(街道)三级体系'],
    ['组织动员党员干部到联系乡镇(街道)'],
    ['深化“农民工学历与能力提升行动”(简称“双提升”)'],
    ['实现乡镇(街道)以上阵地全覆盖。(详见附件)'],
    ['实现乡镇(街道)以上阵地全覆盖。(详见附'],
  ])('finds no attribution in %s', (text) => {
    expect(inBody(text)).toBeUndefined();
  });

  it('reports the span to leave out of the title', () => {
    const a = bodyAttribution(stext('强化政治引领。(责任单位:办公室)', 1));
    expect(a?.spans).toEqual([[7, 17]]);
  });
});

describe('attribution lines', () => {
  it.each<[string, Units]>([
    ['牵头单位：区发展改革局', { departments: ['区发展改革局'], lead: ['区发展改革局'] }],
    ['责任单位：区财政局、区统计局、各街道办事处', { departments: ['区财政局', '区统计局', '各街道办事处'], lead: [] }],
    ['牵头单位：区政务服务管理局  责任单位：区公安分局', { departments: ['区政务服务管理局', '区公安分局'], lead: ['区政务服务管理局'] }],
    ['责任单位：区公安分局 牵头单位：区政务服务管理局', { departments: ['区政务服务管理局', '区公安分局'], lead: ['区政务服务管理局'] }],
    ['（责任单位：县农业农村局牵头，县财政局、县水利局配合）', { departments: ['县农业农村局', '县财政局', '县水利局'], lead: ['县农业农村局'] }],
    ['（牵头单位：县委组织部；责任单位：县民政局、各乡镇党委）', { departments: ['县委组织部', '县民政局', '各乡镇党委'], lead: ['县委组织部'] }],
    ['配合单位：各街道办事处', { departments: ['各街道办事处'], lead: [] }],
    ['办公室、宣传教育部、职工中专', { departments: ['办公室', '宣传教育部', '职工中专'], lead: [] }],
    ['区发改局 区财政局 区统计局', { departments: ['区发改局', '区财政局', '区统计局'], lead: [] }],
    ['区发改局牵头，区财政局配合', { departments: ['区发改局', '区财政局'], lead: ['区发改局'] }],
    ['責任單位：職業能力建設處、各區縣人社局', { departments: ['職業能力建設處', '各區縣人社局'], lead: [] }],
    ['责任单位：各有关单位等', { departments: ['各有关单位'], lead: [] }],
  ])('%s', (line, units) => {
    expect(onLine(line)).toEqual(units);
  });

  it('keeps 牵头领导 (people) apart from the units, and 完成时限 for the deadline stage', () => {
    const a = parseAttributionLine(stext('牵头领导：张副区长、李四 牵头单位：区住建局 完成时限：2026年6月底前', 1));
    expect(a.leaders).toEqual(['张副区长', '李四']);
    expect(mergeUnits(a.units)).toEqual({ departments: ['区住建局'], lead: ['区住建局'] });
    expect(a.deadlines.map((d) => d.raw)).toEqual(['2026年6月底前']);
  });
});

describe('unit names', () => {
  it.each(['宣传教育部', '职工中专', '工人文化宫', '服务中心', '经审办', '机关党委', '女职委', '各镇(街道)', '区发改局', '人民银行xx市分行', '各区县(市)总工会'])(
    '%s is a unit',
    (name) => {
      expect(isUnitName(name)).toBe(true);
    },
  );

  it.each(['召开座谈会', '推进会', '企业', '街', '积极主动发声', '搭建职工教育培训平台', '2026年'])('%s is not a unit', (name) => {
    expect(isUnitName(name)).toBe(false);
  });
});
