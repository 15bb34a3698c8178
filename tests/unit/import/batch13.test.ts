// The rules the thirteenth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems, readFixture, refusal } from './helpers.js';

describe('batch 13: 党委、政府 written once for the place (luan-tourism-2024)', () => {
  const plan = [
    '2024年旅游强市建设工作要点',
    '1.编制800公里大别山风景道规划。配合做好大别山红绿交融文化旅游圈、合肥都市科创文化休闲旅游圈规划编制工作。',
    '责任单位:市文旅局、市直相关单位,各县区党委、政府',
    '2.开展革命文物资源调查,推进金寨县革命旧址群安防工作。',
    '责任单位:市文旅局,相关县区党委、政府',
    '3.推进红色旅游融合发展。',
    '责任单位:金寨县委、县政府,市文旅局',
  ].join('\n');

  it('a bare 政府 after 各县区党委 is 各县区政府; a body written with its own place stays as written', () => {
    expect(importedItems(plan).map((i) => i.departments)).toEqual([
      ['市文旅局', '市直相关单位', '各县区党委', '各县区政府'],
      ['市文旅局', '相关县区党委', '相关县区政府'],
      ['金寨县委', '县政府', '市文旅局'],
    ]);
  });
});

describe('batch 13: a notice page whose only lines after the notice are its own tail (ewenke-notice-2022)', () => {
  const page = readFixture('real/ewenke-notice-2022.txt');

  it('is refused as only the 印发通知 (its contact line, 附件 list and the share prompt are no plan; was: no numbered items)', () => {
    expect(refusal(page)).toMatchObject({ key: 'imp_noticeOnly' });
  });

  it('the same notice with its 附件 followed by the plan imports the plan', () => {
    const withPlan = `${page}\n2022年《政府工作报告》重点任务责任落实分工\n1.地区生产总值增长6%左右。(牵头单位:旗发改委)`;
    expect(importedItems(withPlan).map((i) => [i.id, i.departments])).toEqual([['1', ['旗发改委']]]);
  });
});

describe('batch 13: the plan\'s own heading over its body is the title (luan-culture-2024, xianning-culture-2024, yunyang-2023)', () => {
  const titleOf = (text: string) => importPlan(text).plan.title;

  it('a notice naming the plan in other words gives way to the heading printed over the plan (no 年 after 2024)', () => {
    const page = [
      '【年度工作要点】关于印发《2024年全市文化和旅游工作要点》的通知',
      '浏览次数:信息来源:市文旅局发布时间:2024-02-28 08:47',
      '各县区文化和旅游行政部门,局机关各科室、直属单位:',
      '现将《2024市文化和旅游局工作要点》印发给你们,请结合实际,认真贯彻落实。',
      '六安市文化和旅游局',
      '2024227',
      '2024市文化和旅游工作要点',
      '一、推进全面从严治党',
      '1.深入学习贯彻习近平文化思想。深学笃用习近平新时代中国特色社会主义思想。(机关党委牵头,各科室、直属单位按职责分工负责)',
    ].join('\n');
    expect(titleOf(page)).toBe('2024市文化和旅游工作要点');
    expect(importPlan(page).plan.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('a page\'s own title over the document\'s heading gives way to the heading', () => {
    const page = [
      '咸宁市文化和旅游局',
      '您当前的位置 : 首页 >>正文',
      '咸宁市文化和旅游局2024年工作要点',
      '来源:咸宁市文化和旅游局 时间:2024-04-26',
      '咸宁市文化和旅游2024年工作要点',
      '2024年是中华人民共和国成立75周年,是实现十四五规划目标任务的关键一年。',
      '一、聚焦党建引领,深入学习贯彻习近平文化思想',
      '1.强化理论武装。把学习习近平新时代中国特色社会主义思想特别是习近平文化思想,作为首要政治任务。',
    ].join('\n');
    expect(titleOf(page)).toBe('咸宁市文化和旅游2024年工作要点');
  });

  it('a notice that hands out no book (关于分解落实…的通知) gives way to the attachment\'s heading', () => {
    const page = readFixture('real/yunyang-2023.txt');
    expect(titleOf(page)).toBe('2023年区政府工作目标任务落实责任分解表');
    // The heading not copied, the notice's 附件 line names the plan it attaches; with neither, the notice's title stays.
    const noHeading = page.replace(/\n2023年区政府工作目标任务落实责任分解表\n\n序号/, '\n\n序号');
    expect(titleOf(noHeading)).toBe('2023年区政府工作目标任务落实责任分解表');
    expect(titleOf(noHeading.replace(/\n附件:2023年区政府工作目标任务落实责任分解表\n/, '\n'))).toBe('郧阳区人民政府关于分解落实2023年区政府工作目标任务的通知');
  });

  it('a site\'s column tag in front of the title (【保基本民生】) is the page\'s', () => {
    const page = readFixture('real/xuancheng-2024.txt');
    expect(titleOf(page)).toBe('宣城市民生工作领导小组办公室关于2024年实施47项民生实事的通知');
  });
});

describe('batch 13: a table\'s section row naming its 牵头领导 (yunyang-2023)', () => {
  const table = [
    '序号', '', '目  标  任  务', '', '牵头单位', '', '责任单位', '', '责任人', '',
    '一、主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、金融、安全生产等工作目标(牵头领导:成坤、柯相国、王俊)', '',
    '1', '', '★地区生产总值增长15%。', '', '区发改局', '',
    '2', '', '规模以上工业增加值增长15%。', '', '区经信局', '',
  ];

  it('the leaders in the section row\'s bracket lead every row under it, each row keeping its own units', () => {
    expect(importedItems(['2023年区政府工作目标任务落实责任分解表', ...table].join('\n'))).toEqual([
      { id: '1', departments: ['区发改局'], lead: ['区发改局'], leaders: ['成坤', '柯相国', '王俊'], targets: [['level', 15, '%', undefined]] },
      { id: '2', departments: ['区经信局'], lead: ['区经信局'], leaders: ['成坤', '柯相国', '王俊'], targets: [['level', 15, '%', undefined]] },
    ]);
  });
});

describe('batch 13: a table\'s section row broken by a viewer\'s page number (yunyang-2023)', () => {
  it('the two halves of the row, the page number between them, are one section row over the rows', () => {
    const table = [
      '序号', '', '目  标  任  务', '', '牵头单位', '', '责任单位', '', '责任人', '',
      '一、主要经济社会发展指标、发改、财政、行政审批、', '3、', '生态环境、营商环境、交通、金融、安全生产等工作目标(牵头领导:成坤、柯相国、王俊)', '',
      '1', '', '★地区生产总值增长15%。', '', '区发改局', '',
    ];
    const plan = importPlan(['2023年区政府工作目标任务落实责任分解表', ...table].join('\n')).plan;
    expect(plan.sections.map((s) => [s.id, s.title, s.items.map((i) => [i.id, i.departments, i.leaders])])).toEqual([
      ['一', '主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、金融、安全生产等工作目标', [['1', ['区发改局'], ['成坤', '柯相国', '王俊']]]],
    ]);
  });
});

describe('a sentence leading into the list on a colon is no title (zonghan-2023, zhongshan-union-2026)', () => {
  const zonghan = [
    '综合考虑各方面因素,建议2023年经济社会发展的主要预期目标为:地区生产总值增长6%以上,财政总收入和一般公共预算收入均增长8%以上。',
    '2023年街道将重点推进五方面工作:',
    '(一)聚焦产业提质,推动经济发展更有质量。以加快产业高质量发展为导向,推动产业布局更优、结构更好、质量更高。',
  ].join('\n');
  const zhongshan = [
    '1月21日,中山市總工會第十七屆委員會第二次全體(擴大)會議暨2025年工作總結會在市工人文化宮召開。',
    '會議明確了2026年五項重點工作:',
    '一是強化思想引領,凝聚職工奮進力量。持續開展“香山工人大思政課”宣講。',
    '二是服務產業升級,助推高質量發展。推動產業工人隊伍建設改革立法。',
  ].join('\n');

  it('2023年街道将重点推进五方面工作: and 會議明確了2026年五項重點工作: lead in: the title is the year\'s 工作要点 (was: the lead-in)', () => {
    expect(importPlan(zonghan, { year: 2023 }).plan.title).toBe('2023年工作要点');
    expect(importPlan(zhongshan, { year: 2026 }).plan.title).toBe('2026年工作要点');
    expect(importPlan(zonghan.replace('2023年街道将重点推进五方面工作:', '2023年重点工作安排如下:'), { year: 2023 }).plan.title).toBe('2023年工作要点');
  });

  it('a name on a colon, 沅江市人民政府2023年民生实事项目:, is still the title', () => {
    expect(importPlan(zonghan.replace('2023年街道将重点推进五方面工作:', '沅江市人民政府2023年民生实事项目:'), { year: 2023 }).plan.title).toBe('沅江市人民政府2023年民生实事项目');
  });
});
