// The rules the seventeenth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems } from './helpers.js';

describe('kinds of place listed under one 各 share it (haicheng-2023, shenyang-2026)', () => {
  const units = (line: string) =>
    importedItems(['2023年政府工作报告任务分解和责任分工方案', '1.地区生产总值增长6.5%以上。', line].join('\n'))[0]?.departments;

  it('各开发区、镇(街道) is 各开发区 and 各镇(街道) (was: 镇(街道), naming nobody)', () => {
    expect(units('责任单位:各有关部门,各开发区、镇(街道)')).toEqual(['各有关部门', '各开发区', '各镇(街道)']);
  });

  it('各区、县(市)政府 shares 各 and 政府; 及 ends the list (was: 各区, 县(市)政府)', () => {
    expect(units('责任单位:市财政局等有关部门,各区、县(市)政府及开发区管委会')).toEqual(['市财政局', '各区政府', '各县(市)政府', '开发区管委会']);
  });

  it('two bodies each named are kept as written (qiaocheng-edu-2025: 各乡镇人民政府、街道办事处)', () => {
    expect(units('责任单位:区政府有关部门,各乡镇人民政府、街道办事处。')).toEqual(['区政府有关部门', '各乡镇人民政府', '街道办事处']);
  });
});

describe('a unit named as the lead units of a field, and a label with no list (haicheng-2023)', () => {
  const page = [
    '海城市关于贯彻落实2023年《海城市政府工作报告》任务分解和责任分工方案',
    '一、经济社会发展主要目标',
    '7.其他主要经济指标增速不低于全市平均水平。',
    '牵头领导:刘兴达',
    '牵头单位:各主要经济指标牵头单位',
    '责任单位:各有关部门,各开发区、镇(街道)',
    '8.精准把握国家、省市政策导向,超前谋划、精准对接,确保政策效应更好更快传导到企业,落地到项目。',
    '牵头领导:刘兴达',
    '牵头单位:市发展和改革局',
    '责任单位',
  ].join('\n');

  it('各主要经济指标牵头单位 is one name, not 各主要经济指标 leading and 单位', () => {
    expect(importedItems(page)[0]).toMatchObject({ lead: ['各主要经济指标牵头单位'], leaders: ['刘兴达'] });
  });

  it('责任单位 where the copy stops before its colon is no unit', () => {
    expect(importedItems(page)[1]?.departments).toEqual(['市发展和改革局']);
  });
});

describe('a notice that is itself the task list, with no title line, names what it 予以分解 (xuchang-2020)', () => {
  const page = [
    '许政 [2020] 20号',
    '各县(市、区)人民政府,市城乡一体化示范区、经济技术开发区、东城区管委会,市人民政府各部门:',
    '现将《政府工作报告》提出的2020年重点工作任务予以分解并明确到各责任单位。各责任单位要尽快制定具体落实方案,明确时间节点、责任领导、主要措施,并于每季度末向市政府报告重点工作进展情况,年底前向市政府报告全年落实情况。',
    '一、抓好常态化疫情防控,全面恢复生产生活秩序',
    '1.坚持“外防输入、内防反弹”总体防控策略,完善常态化疫情防控举措,保障经济社会秩序全面恢复。',
    '责任单位:市疫情防控指挥部办公室、市卫生健康委等,各县(市、区)政府(管委会)',
  ].join('\n');

  it('takes it as the title and says so (was: the fallback 2020年工作要点)', () => {
    const r = importPlan(page, {});
    expect(r.plan.title).toBe('《政府工作报告》提出的2020年重点工作任务');
    expect(r.plan.period).toMatchObject({ start: '2020-01-01', end: '2020-12-31' });
    expect(r.hints.find((h) => h.code === 'imp_titleFromLead')?.params).toMatchObject({ title: '《政府工作报告》提出的2020年重点工作任务', year: 2020, line: 3 });
  });
});

describe('a page title naming the site after the document’s (hunan-2019)', () => {
  const page = [
    '湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见-湖南省人民政府门户网站',
    '',
    '湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见',
    '',
    '湘政发〔2019〕1号',
    '一、落实2019年经济社会发展总体要求和主要预期目标',
    '(一)总体要求:坚持稳中求进工作总基调。(省发展改革委牵头)',
  ].join('\n');

  it('is the document’s title without the site (was: both lines run together)', () => {
    expect(importPlan(page, {}).plan.title).toBe('湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见');
  });
});

describe('a bracket saying who does what, cut off by the copy after a figure (hunan-2019)', () => {
  const page = [
    '湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见',
    '湘政发〔2019〕1号',
    '一、落实2019年经济社会发展总体要求和主要预期目标',
    '(一)总体要求:坚持稳中求进工作总基调。',
    '主要预期目标:生态环境进一步改善,万元GDP能耗下降2.5%(分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、省',
  ].join('\n');

  it('reads the units written before the cut; posts without names are no units (was: no units)', () => {
    expect(importedItems(page)[0]).toMatchObject({ departments: ['省发展改革委', '省工业和信息化厅'], lead: ['省发展改革委'] });
    expect(importedItems(page)[0]?.leaders).toBeUndefined();
  });
});

describe('主要预期目标 written as a 政府工作报告 writes them (hunan-2019)', () => {
  const targets = (line: string) =>
    importedItems(['2019年政府工作报告重点工作部门分工', '(一)主要预期目标', line].join('\n'), 2019)[0]?.targets.map(([kind, target, unit]) => [kind, target, unit]);

  it('a growth rate given as a range holds its floor (was: skipped as relative)', () => {
    expect(targets('经济增长7.5%—8%;规模工业增加值增长7%。')).toEqual([
      ['at_least', 7.5, '%'],
      ['level', 7, '%'],
    ]);
  });

  it('a rate named right before its figure is a level (was: 失业率5%左右 and 涨幅3%左右 skipped)', () => {
    expect(targets('城镇调查失业率5%左右;居民消费价格涨幅3%左右。')).toEqual([
      ['level', 5, '%'],
      ['level', 3, '%'],
    ]);
  });

  it('减少 an amount 以上 is a count to reach (was: skipped as relative)', () => {
    expect(targets('农村贫困人口减少60万以上;居民收入增长与经济增长同步。')).toEqual([['at_least', 600000, undefined]]);
  });
});

describe('a unit list the copy stops inside, at a name the plan gives in full above (shenyang-2026)', () => {
  const page = [
    '2026年政府工作报告重点工作分工方案',
    '一、增强扩大内需主动力,全力保持经济稳步增长',
    '(一)千方百计争取政策支持。',
    '1.准确把握国家政策导向、支持方向和资金投向,持续做好重大项目谋划储备和政策资金争取工作。',
    '牵头单位:市发展改革委',
    '责任单位:市财政局等有关部门,各区、县(市)政府及开发区管委会',
    '2.以企业真实需求为导向,适时出台促进经济平稳健康发展的政策举措,加强预期引导,提振发展信心。',
    '牵头单位:市发展改革委',
    '责任单位:市工业和信息化局、商务局等有关部门,各区',
  ].join('\n');

  it('leaves out 各区, the start of 各区政府, where the text ends (was: a unit 各区)', () => {
    expect(importedItems(page)[1]?.departments).toEqual(['市发展改革委', '市工业和信息化局', '商务局']);
  });

  it('keeps it when the text goes on after it, or when the plan names it alone elsewhere', () => {
    expect(importedItems(`${page}\n3.加强预期引导。`)[1]?.departments).toContain('各区');
    expect(importedItems(page.replace('各区、县(市)政府及开发区管委会', '各区')).at(-1)?.departments).toContain('各区');
  });
});
