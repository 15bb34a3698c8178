// The rules the fourth held-out batch asked for, each on lines of the real published text it came
// from (tests/fixtures/import/real/: quzhou-2021, wuhan-2022, jiaxing-2022, party-univ-2018).
import { describe, expect, it } from 'vitest';
import { bodyAttribution, mergeUnits, parseAttributionLine } from '../../../src/core/import/attribute.js';
import { importPlan } from '../../../src/core/import/index.js';
import { findTargets } from '../../../src/core/import/targets.js';
import { stext } from '../../../src/core/import/text.js';
import { refusal, schemaErrors } from './helpers.js';

const items = (text: string, year?: number) =>
  importPlan(text, year === undefined ? {} : { year }).plan.sections.flatMap((s) =>
    s.items.map((i) => ({ id: i.id, departments: i.departments, ...(i.lead ? { lead: i.lead } : {}), targets: (i.targets ?? []).map((t) => [t.kind, t.target, t.unit, t.due]) })),
  );

describe('a title over two lines whose first line is no title by itself (wuhan-2022, quzhou-2021)', () => {
  const wuhan = [
    '武汉市人民政府办公厅',
    '',
    '2022年1月22日',
    '',
    '2022年市《政府工作报告》目标任务',
    '',
    '责任分解方案',
    '',
    '一、经济社会发展主要预期目标',
    '',
    '(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府〈含开发区、',
  ].join('\n');

  it('joins "2022年市《政府工作报告》目标任务" / "责任分解方案" (was: "责任分解方案" alone, no year, the import stopped)', () => {
    const r = importPlan(wuhan);
    expect(r.plan.title).toBe('2022年市《政府工作报告》目标任务责任分解方案');
    expect(r.plan.period).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(schemaErrors(r.plan)).toEqual([]);
  });

  it('keeps a date line and a title that has its own year apart', () => {
    const r = importPlan(['2022年1月22日', '2023年全市卫生健康工作要点', '1.抓好疫情防控。'].join('\n'));
    expect(r.plan.title).toBe('2023年全市卫生健康工作要点');
  });
});

describe('the plan under a notice that hands out several (quzhou-2021, jiaxing-2022)', () => {
  const quzhou = [
    '关于印发2021年政府工作报告重点工作责任分解的通知',
    '各县(市、区)人民政府,市政府各部门,直属各单位:',
    '《政府工作报告“十四五”时期重点工作责任分解》《政府工作报告2021年重点工作责任分解》和《2021年市政府民生实事项目责任分解》已经市政府同意,现印发给你们,请认真贯彻执行。',
    '衢州市人民政府办公室',
    '2021年3月24日',
    '政府工作报告“十四五”时期',
    '重点工作责任分解',
    '1.聚焦不平衡不充分问题,实施提高居民收入富民行动,加快构建以共同富裕为导向的发展格局。',
    '牵头市领导:汤飞帆',
    '责任单位:市发改委、市农业农村局、市文旅局',
  ].join('\n');

  it('takes the title written right before the plan, and a “十四五” plan runs 2021–2025 (was: the notice\'s 2021 title)', () => {
    const r = importPlan(quzhou);
    expect(r.plan.title).toBe('政府工作报告“十四五”时期重点工作责任分解');
    expect(r.plan.period).toEqual({ start: '2021-01-01', end: '2025-12-31' });
    expect(r.plan.organization).toBe('衢州市人民政府办公室');
  });

  it('reads 第十四个五年规划 the same way (taobei-2021: was 2021 only, from the 文号)', () => {
    const text = [
      '白城市洮北区人民政府关于印发白城市洮北区国民经济和社会发展第十四个五年规划纲要任务清单的通知',
      '白洮政发〔2021〕29号',
      '白城市洮北区国民经济和社会发展第十四个五年规划纲要任务清单',
      '一、生态建设',
      '1.抓住全省“大水网”建设契机,实施河湖连通达标等重大水利工程,探索构建区域大循环水系。',
    ].join('\n');
    const r = importPlan(text);
    expect(r.plan.title).toBe('白城市洮北区国民经济和社会发展第十四个五年规划纲要任务清单');
    expect(r.plan.period).toEqual({ start: '2021-01-01', end: '2025-12-31' });
  });

  it('counts the other 五年规划 the same way (十三五 2016–2020), and --period still decides', () => {
    const text = ['“十三五”时期重点工作任务分解', '1.加快构建现代产业体系。(责任单位:市发改委)'].join('\n');
    expect(importPlan(text).plan.period).toEqual({ start: '2016-01-01', end: '2020-12-31' });
    expect(importPlan(text, { year: 2018 }).plan.period).toEqual({ start: '2018-01-01', end: '2018-12-31' });
  });

  it('keeps the notice\'s title when the line under it only restates (a part of) it', () => {
    const text = ['立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知', '立山区政府2023年重点工作任务', '1.地区生产总值增长6.2%左右。'].join('\n');
    expect(importPlan(text).plan.title).toBe('立山区政府2023年重点工作任务分解和责任分工方案');
  });
});

describe('a table copied one cell per line without bars (jiaxing-2022)', () => {
  const jiaxing = [
    '2022年政府工作报告重点工作责任分解',
    '',
    '一、未来五年主要工作任务',
    '',
    '序号',
    '',
    '主 要 工 作 任 务',
    '',
    '责任单位',
    '',
    '1',
    '',
    '地区生产总值突破1万亿元。',
    '',
    '市发展改革委',
    '',
    '2',
    '',
    '规上工业总产值突破2万亿元。',
    '',
    '市经信局',
    '',
    '3',
    '',
    '财政总收入突破1700亿元,一般公共预算收入突破1000亿元。',
    '',
    '市财政局',
    '',
    '4',
    '',
    '累计实际利用外资超过160亿美元',
  ].join('\n');

  it('reads the rows from "序号" and the header words on, each row from its number to the next (was: one item made of the header)', () => {
    expect(items(jiaxing)).toEqual([
      { id: '1', departments: ['市发展改革委'], targets: [['at_least', 1, '万亿元', undefined]] },
      { id: '2', departments: ['市经信局'], targets: [['at_least', 2, '万亿元', undefined]] },
      { id: '3', departments: ['市财政局'], targets: [['at_least', 1700, '亿元', undefined], ['at_least', 1000, '亿元', undefined]] },
      { id: '4', departments: [], targets: [['at_least', 160, '亿美元', undefined]] },
    ]);
  });

  it('leaves "序号" followed by prose alone', () => {
    const r = importPlan(['2022年工作要点', '序号', '以下按序号排列。', '1.抓好落实。(责任单位:办公室)'].join('\n'));
    expect(r.plan.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['1']);
  });
});

describe('targets (jiaxing-2022, party-univ-2018)', () => {
  const scan = (text: string, year = 2022) => findTargets(stext(text, 1), { year, start: `${year}-01-01`, end: `${year}-12-31`, fallbackMetric: '本项工作' }).targets;

  it('万亿元 is a unit of its own, as the plan writes it (was: 10000 亿元)', () => {
    expect(scan('地区生产总值突破1万亿元。').map((t) => [t.kind, t.target, t.unit])).toEqual([['at_least', 1, '万亿元']]);
  });

  it('a report filed by a date (并于2018年6月底前报…备案) is a milestone', () => {
    const text = '高校黨委要健全貫徹執行民主集中制的具體制度,及時修訂完善黨委全委會、常委會和校長辦公會等議事決策制度,進一步明晰議事決策内容、程序和要求,并于2018年6月底前報地方黨委和主管部委備案。';
    expect(scan(text, 2018).map((t) => [t.kind, t.target, t.unit, t.due])).toEqual([['milestone', 100, '%', '2018-06-30']]);
    expect(scan('及时报送工作进展情况。')).toEqual([]);
  });
});

describe('重点任务 names a plan (party-univ-2018)', () => {
  it('takes "高校黨建工作重點任務(20條)" as the title (was: the fallback 2018年工作要点)', () => {
    const r = importPlan(['高校黨建工作重點任務(20條)', '一、認真執行黨委領導下的校長負責制', '1.高校黨委要充分發揮領導核心作用。'].join('\n'), { year: 2018 });
    expect(r.plan.title).toBe('高校黨建工作重點任務(20條)');
  });
});

describe('a unit list the copy cuts off (quzhou-2021, wuhan-2022)', () => {
  it('leaves out the unfinished last name of the text\'s last attribution line, keeps the people', () => {
    const text = [
      '重点工作责任分解2021年',
      '2.实施做大产业扩大税源行动,加快构建现代产业体系。',
      '牵头市领导:汤飞帆',
      '责任单位:市发改委、市经信局、市财政局、市住建局、市税务局、市协',
    ].join('\n');
    expect(items(text)[0]?.departments).toEqual(['市发改委', '市经信局', '市财政局', '市住建局', '市税务局']);
    const line = stext('责任单位:市发改委、市经信局、市协', 1);
    expect(mergeUnits(parseAttributionLine(line).units).departments).toEqual(['市发改委', '市经信局', '市协']);
    expect(mergeUnits(parseAttributionLine(line, true).units).departments).toEqual(['市发改委', '市经信局']);
    expect(parseAttributionLine(stext('牵头市领导:汤飞帆', 1), true).leaders).toEqual(['汤飞帆']);
  });

  it('a name cut inside its own bracket keeps the part before it (各区人民政府〈含开发区、)', () => {
    const a = bodyAttribution(stext('地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府〈含开发区、', 1));
    expect(mergeUnits(a?.units ?? [])).toEqual({ departments: ['市发改委', '各区人民政府'], lead: ['市发改委'] });
  });
});

describe('what a clerk is told (healthchina-2022, jiaxing-2022, quzhou-2021)', () => {
  it('names an item by its final id when numbering restarts ("事项 二-二", not section 二\'s "二")', () => {
    const text = [
      '健康中国行动2022年工作要点',
      '一、健全完善工作机制',
      '(一)召开健康中国行动推进委员会办公室会议。定期召开工作调度会议。(健康中国行动推进办负责)',
      '二、制订印发系列政策文件',
      '(一)印发《国民营养计划2022年重点工作》,修订营养标签通则、食品标识监督管理办法等政策标准。(国家卫生健康委牵头,市场监管总局参与)',
      '(二)指导研制体育公园配置国家标准、修订室外健身器材安全国家标准,完成全民健身信息服务平台建设、公共体育场馆平战',
    ].join('\n');
    const r = importPlan(text);
    expect(r.plan.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['一-一', '二-一', '二-二']);
    expect(r.warnings.filter((w) => w.code === 'imp_noUnits').map((w) => w.item)).toEqual(['二-二']);
  });

  it('a signature dated 2022510 (the date printed without separators) ends the notice: one warning for it', () => {
    const text = [
      '嘉兴市人民政府办公室关于印发2022年政府工作报告重点工作和市政府民生实事项目责任分解的通知',
      '各县(市、区)人民政府,市级有关部门(单位):',
      '2022年政府工作报告重点工作责任分解》和《2022年市政府民生实事项目责任分解》已经九届人民政府1次常务会议审议通过,现印发给你们,请认真贯彻执行。',
      '各牵头单位要切实承担起负总责、强协调的责任,对标对表抓落实;各相关单位要通力协作,积极配合。',
      '                             嘉兴市人民政府办公室',
      '2022510',
      '2022年政府工作报告重点工作责任分解',
      '1.地区生产总值突破1万亿元。(责任单位:市发展改革委)',
    ].join('\n');
    const r = importPlan(text);
    expect(r.warnings.map((w) => [w.code, w.line, w.to])).toEqual([['imp_noticeBody', 2, 4]]);
    expect(r.plan.organization).toBe('嘉兴市人民政府办公室');
  });

  it('a page\'s metadata written inline is furniture, its 文号 still goes into the basis', () => {
    const text = [
      '索引号: 11330800002618015K/2021-121563 成文日期: 2021-03-24',
      '发布机构: 市政府办公室 公开方式: 主动公开',
      '文件编号: 衢政办发〔2021〕3号 统一编号:',
      '关于印发2021年政府工作报告重点工作责任分解的通知',
      '发布日期:2021-03-26 14:35 浏览次数: 信息来源:市政府办公室 字体:[ ]',
      '分享:',
      '1.聚焦不平衡不充分问题,实施提高居民收入富民行动。',
      '责任单位:市发改委、市农业农村局、市文旅局',
    ].join('\n');
    const r = importPlan(text);
    expect(r.warnings).toEqual([]);
    expect(r.plan.bulletin?.basis).toContain('（衢政办发〔2021〕3号）');
  });
});

describe('a page that holds only the 印发通知 (huarong-notice-2021, dawa-notice-2021)', () => {
  it('its own requirements 一、…四、 after a sentence that announces nothing are the notice\'s when the plan never starts (was: four items)', () => {
    const text = [
      '各乡镇人民政府、县直各单位:',
      '《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。',
      '一、强化责任落实。县政府重点工作任务实行县政府分线领导牵头负责制和部门单位具体负责制。县政府分线领导对领办的政府重点工作任务要牵头抓总、积极作为、善于决策、勇于担当,全面完成政府重点工作任务。',
      '二、细化工作方案。各主要责任单位要对照目标任务,充分协调其他责任单位,科学研究制订工作推进的具体实施方案,进一步细化量化工作任务“四四表单”,于2021年3月15日前报县政府督查室备案。',
      '三、加强调度协调。县政府分线领导要站在全局高度,对牵头负责的政府重点工作任务进行科学协调,定时调度,确保推进有力有效。各主要责任单位要主动协调,其他责任单位要积极配合,对工作推进中出现的新情况、新问题要拿出解决问题的方案及时提请县政府领导协调推进。',
      '四、严格督查考核。县政府重点工作任务完成情况列入了政府绩效评估内容,严格实行',
    ].join('\n');
    expect(refusal(text)).toMatchObject({ key: 'imp_noticeOnly', params: { title: '2021年县政府重点工作任务分解' } });
  });

  it('a plan right after the sentence (short headings over items with units) is still imported', () => {
    const text = [
      '《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。',
      '一、强化责任落实',
      '1.落实分线领导牵头负责制。(责任单位:县政府办)',
      '二、细化工作方案',
      '2.制订具体实施方案,2021年3月15日前报县政府督查室备案。(责任单位:县政府督查室)',
    ].join('\n');
    expect(importPlan(text, { year: 2021 }).plan.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['1', '2']);
    // Headings that run on in prose but over items of their own: the plan, not the notice.
    const prose = text.replace('一、强化责任落实', '一、强化责任落实。县政府重点工作任务实行县政府分线领导牵头负责制和部门单位具体负责制');
    expect(importPlan(prose, { year: 2021 }).plan.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['1', '2']);
  });

  it('the plan handed out is the book named right before 印发, and an 附件 line naming it is the notice\'s (was: "no numbered items")', () => {
    const text = [
      '各镇(街道)人民政府(办事处),临港经济开发区管委会,区政府各部门、直属机构:',
      '为深入贯彻落实盘锦市大洼区第十八届人民代表大会第四次会议精神,全面完成好《政府工作报告》中确定的2021年各项工作任务,在充分征求区政府、经济园区和区农垦集团主要领导意见后,现将《<政府工作报告>任务分解表》印发给你们。',
      '附件:《政府工作报告》任务分解表',
      '盘锦市大洼区人民政府办公室',
      '2021年1月25日',
    ].join('\n');
    expect(refusal(text)).toMatchObject({ key: 'imp_noticeOnly', params: { title: '<政府工作报告>任务分解表' } });
  });
});

describe('a document-sharing site\'s card (city-edu-2022)', () => {
  it('its size, page count, view count and buttons are furniture, not text before the first item', () => {
    const text = [
      '市教育局2022年工作要点',
      'VIP专免',
      '2024-06-03',
      '999+',
      '29.51KB',
      '24 页',
      '侵权投诉',
      '市教育局 2022 年工作要点',
      '一、建设区域教育中心,办好人民满意教育',
      '1.推进区域教育中心建设。围绕加快实现“321”发展愿景,成立市、县两级区域教育中心建设推进专班。(责任单位:区域教育中心建设专班)',
    ].join('\n');
    const r = importPlan(text);
    expect(r.warnings).toEqual([]);
    expect(r.plan.title).toBe('市教育局2022年工作要点');
  });
});

describe('a bare one-cell-per-line table numbered 1. 2. (jiaxing-2022 layout)', () => {
  it('reads "1." / "2." standing alone as the row numbers (each row its number, task and unit)', () => {
    const text = ['2022年政府工作报告重点工作责任分解', '序号', '主要工作任务', '责任单位', '1.', '地区生产总值突破1万亿元。', '市发展改革委', '2.', '规上工业总产值突破2万亿元。', '市经信局'].join('\n');
    expect(items(text).map((i) => [i.id, i.departments])).toEqual([
      ['1', ['市发展改革委']],
      ['2', ['市经信局']],
    ]);
  });
});

describe('a section of several years\' targets in a plan for one year (jiaxing-2022)', () => {
  const text = (heading: string) =>
    ['2022年政府工作报告重点工作责任分解', heading, '序号', '主 要 工 作 任 务', '责任单位', '1', '地区生产总值突破1万亿元。', '市发展改革委', '2', '规上工业总产值突破2万亿元。', '市经信局'].join('\n');

  it('says so at the heading: the targets are kept as written, due at the plan\'s end, for the clerk to check', () => {
    const r = importPlan(text('一、未来五年主要工作任务'));
    expect(r.warnings.map((w) => [w.code, w.line, w.params])).toEqual([['imp_severalYears', 2, { id: '一', title: '未来五年主要工作任务' }]]);
    expect(r.plan.sections[0]?.items.map((i) => i.targets?.[0]?.due ?? r.plan.period.end)).toEqual(['2022-12-31', '2022-12-31']);
  });

  it('says nothing for this year\'s tasks', () => {
    expect(importPlan(text('二、2022年主要工作任务')).warnings).toEqual([]);
  });
});
