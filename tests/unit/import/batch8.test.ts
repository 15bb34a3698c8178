// The rules the eighth held-out batch asked for, each on lines of the real published text it came
// from (tests/fixtures/import/real/ once a document passes the bars, pending/ until then).
import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/core/import/clean.js';
import { importPlan } from '../../../src/core/import/index.js';
import { headerCore, isHeaderCell } from '../../../src/core/import/markers.js';
import { findTargets } from '../../../src/core/import/targets.js';
import { stext } from '../../../src/core/import/text.js';
import { importedItems, schemaErrors } from './helpers.js';

/** The cells of each line clean() gives, or the line itself. */
const rows = (text: string) => clean(text).lines.map((l) => l.cells?.map((c) => c.raw) ?? [l.st.raw]);

const targetsOf = (text: string, year = 2022) =>
  findTargets(stext(text, 1), { year, start: `${year}-01-01`, end: `${year}-12-31`, fallbackMetric: '' }).targets.map((t) => [t.kind, t.target, t.unit, t.metric]);

describe('two tables copied one cell per line without bars, each under its 附件 mark (shapingba-2022)', () => {
  const page = [
    '重庆市沙坪坝区人民政府办公室关于印发2022年区政府工作报告目标任务的通知',
    '发布日期:2022-01-21',
    '',
    '各镇人民政府、街道办事处,区级各部门、各管委会、各人民团体、区属重点国有企业,有关单位:',
    '',
    '2022年《重庆市沙坪坝区人民政府工作报告》已经区十九届人大一次会议审议通过。根据工作安排,区政府办公室对报告明确的目标任务进行了分解,并报经区政府十九届第1次常务会议审议同意,现印发给你们。',
    '',
    '附件:1. 2022年区政府工作报告经济社会发展预期目标任务分解表',
    '',
    '2. 2022年区政府工作报告重点工作任务分解表',
    '',
    '重庆市沙坪坝区人民政府办公室',
    '',
    '2022121日              ',
    '',
    '附件1',
    '',
    '2022年区政府工作报告经济社会发展预期目标任务分解表',
    '',
    '序号',
    '',
    '2022年预期目标',
    '',
    '责任单位',
    '',
    '1',
    '',
    '地区生产总值增长5.5%左右',
    '',
    '区发展改革委',
    '',
    '2',
    '',
    '固定资产投资增长6%左右',
    '',
    '区发展改革委',
    '',
    '3',
    '',
    '工业增加值增长7%左右',
    '',
    '区经济信息委',
    '',
    '附件2',
    '',
    '2022年区政府工作报告重点工作任务分解表',
    '',
    '序号',
    '',
    '工作任务',
    '',
    '牵头单位',
    '',
    '配合单位',
    '',
    '1',
    '',
    '联动共建科学城',
    '',
    '推动量子通信器件国家重点实验室落地,引进机数科技等8家独立法人研发机构、中科',
  ].join('\n');

  it('reads each table by its header: one row per 序号, the row numbers in order (was: every cell a line, the numbers items of one list)', () => {
    const lines = rows(page).filter((r) => r.length > 1);
    expect(lines).toEqual([
      ['序号', '2022年预期目标', '责任单位'],
      ['1', '地区生产总值增长5.5%左右', '区发展改革委'],
      ['2', '固定资产投资增长6%左右', '区发展改革委'],
      ['3', '工业增加值增长7%左右', '区经济信息委'],
      ['序号', '工作任务', '牵头单位', '配合单位'],
      ['1', '联动共建科学城 推动量子通信器件国家重点实验室落地,引进机数科技等8家独立法人研发机构、中科'],
    ]);
  });

  it('each 附件 is a section numbered as the page numbers it, so rows restarting at 1 are 1-1 … and 2-1; the plan is the one the notice hands out', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('2022年区政府工作报告目标任务');
    expect(r.plan.sections.map((s) => [s.id, s.title])).toEqual([
      ['1', '2022年区政府工作报告经济社会发展预期目标任务分解表'],
      ['2', '2022年区政府工作报告重点工作任务分解表'],
    ]);
    expect(importedItems(page)).toEqual([
      // 2022年预期目标 is the target column: growth rates 左右 are levels.
      { id: '1-1', departments: ['区发展改革委'], targets: [['level', 5.5, '%', undefined]] },
      { id: '1-2', departments: ['区发展改革委'], targets: [['level', 6, '%', undefined]] },
      { id: '1-3', departments: ['区经济信息委'], targets: [['level', 7, '%', undefined]] },
      // The row the page cuts inside its task cell: no unit; 等8家 counts what it names.
      { id: '2-1', departments: [], targets: [['at_least', 8, '家', undefined]] },
    ]);
    expect(schemaErrors(r.plan)).toEqual([]);
  });

  it('the notice\'s list of attachments (附件:1. … / 2. …) is the notice\'s, not item 2 (was: item 2 "2022年区政府工作报告重点工作任务分解表")', () => {
    const list = page.split('\n').slice(0, 16).concat(['2022年区政府工作报告经济社会发展预期目标任务分解表', '1.地区生产总值增长5.5%左右。(责任单位:区发展改革委)']).join('\n');
    expect(importedItems(list).map((i) => i.id)).toEqual(['1']);
    expect(importPlan(list).warnings.find((w) => w.code === 'imp_noticeBody')).toMatchObject({ line: 4, to: 14 });
  });

  it('a header cell dated by its year or months is its column word: 2022年预期目标, 1-10月推进情况, 全年目标任务 (a bare 2025年 stays a year column)', () => {
    expect(['2022年预期目标', '1-10月推进情况', '全年目标任务', '2025年', '序号'].map(headerCore)).toEqual(['预期目标', '推进情况', '目标任务', '2025年', '序号']);
    expect(isHeaderCell('2022年预期目标')).toBe(true);
    expect(isHeaderCell('2022年区政府工作报告')).toBe(false);
  });

  it('等N家 after a task verb totals what the clause names: at least 8 家 研发机构; a count after 等 without a verb is none', () => {
    expect(targetsOf('推动量子通信器件国家重点实验室落地,引进机数科技等8家独立法人研发机构、中科')).toEqual([['at_least', 8, '家', '独立法人研发机构']]);
    expect(targetsOf('机数科技等8家企业参与。')).toEqual([]);
  });
});

describe('a table copied one cell per line with merged cells and entries (1)…(9) (zhonglou-2025)', () => {
  const table = [
    '附件1',
    '2025年《政府工作报告》主要目标任务责任分解表',
    '序号',
    '目标名称',
    '工 作 标 准',
    '区政府',
    '分管领导',
    '牵头单位',
    '配合单位',
    '1',
    '全区经济社会发展的主要预期目标',
    '(1)地区生产总值增长5%左右。',
    '王旭锋',
    '区发改局',
    '经开区',
    '高新区(邹区镇)',
    '各街道',
    '(2)一般公共预算收入保持稳定增长。',
    '区财政局',
    '(3)制造业投资增长8%左右。',
    '吴 伟',
    '区工信局',
    '(4)实际使用外资和进出口总额稳中提质。',
    '区商务局',
    '新运集团',
    '金控集团',
    '(5)居民人均可支配收入与经济增长同步。',
    '(6)社会消费品零售总额增长5%左右。',
    '(7)主要污染物减排、单位GDP能耗下降,大气、水环境质量改善完成市下达任务。',
    '谢志诚',
    '钟楼生态环境局',
    '(8)安全生产形势平稳向好。',
    '区应急管理局(安委办)',
    '区安委会各成员单位',
    '2',
    '坚持老城、经开、高新三区并进,同频共振、同向发力,推动四大功能融合提质',
    '做精老城区',
    '(9)提速大观楼-止园、盛宣怀故居周边织补、西直街等历史文化地标建设,加快航仪厂、酱品厂等工业遗存焕新。',
  ].join('\n');

  it('a header cell broken over two lines (区政府 / 分管领导) is one column, a leader column', () => {
    expect(isHeaderCell('区政府')).toBe(false);
    expect(isHeaderCell('区政府分管领导')).toBe(true);
    expect(rows(table)[2]).toEqual(['序号', '工作标准', '区政府分管领导', '牵头单位', '配合单位']);
  });

  it('the entries numbered in the task column are the items, each 序号 row a heading over them (was: one item of every cell)', () => {
    const r = importPlan(table);
    expect(r.plan.title).toBe('2025年《政府工作报告》主要目标任务责任分解表');
    expect(r.plan.sections.map((s) => [s.id, s.title, s.items.map((i) => i.id).join(' ')])).toEqual([
      ['一', '全区经济社会发展的主要预期目标', '1 2 3 4 5 6 7 8'],
      ['二', '坚持老城、经开、高新三区并进,同频共振、同向发力,推动四大功能融合提质：做精老城区', '9'],
    ]);
    expect(schemaErrors(r.plan)).toEqual([]);
  });

  it('each cell goes to its column by what it holds; a cell written once holds for the rows below until its column gets a new value or a new group starts', () => {
    const got = importedItems(table).map((i) => [i.id, i.leaders ?? [], i.lead ?? [], i.departments]);
    expect(got).toEqual([
      // A name, the first unit (牵头), the units after it (配合, one cell over three lines).
      ['1', ['王旭锋'], ['区发改局'], ['区发改局', '经开区', '高新区(邹区镇)', '各街道']],
      // Only the 牵头 cell written: the leader and the 配合 cell above hold.
      ['2', ['王旭锋'], ['区财政局'], ['区财政局', '经开区', '高新区(邹区镇)', '各街道']],
      ['3', ['吴伟'], ['区工信局'], ['区工信局', '经开区', '高新区(邹区镇)', '各街道']],
      // Three units and no name, as many cells as columns: still read by what they hold, not by place.
      ['4', ['吴伟'], ['区商务局'], ['区商务局', '新运集团', '金控集团']],
      ['5', ['吴伟'], ['区商务局'], ['区商务局', '新运集团', '金控集团']],
      ['6', ['吴伟'], ['区商务局'], ['区商务局', '新运集团', '金控集团']],
      ['7', ['谢志诚'], ['钟楼生态环境局'], ['钟楼生态环境局', '新运集团', '金控集团']],
      ['8', ['谢志诚'], ['区应急管理局(安委办)'], ['区应急管理局(安委办)', '区安委会各成员单位']],
      // A new group: nothing of the first one's cells.
      ['9', [], [], []],
    ]);
  });
});

describe('a progress table copied one cell per line, each cell ending in " |" (chongchuan-2023)', () => {
  const page = [
    '',
    '2023年区政府重点民生实事项目推进情况(1-11月)',
    '序号 |',
    '主要任务 |',
    '全年目标任务 |',
    '分管 领导 |',
    '牵头 单位 |',
    '责任主体与协同单位 |',
    '1-10月推进情况 |',
    '1-11月推进情况 |',
    '是否达序 |',
    '说明 |',
    '24 |',
    '优化提升50条背街后巷交通组织。 |',
    '徐国江 |',
    '城管局 |',
    '市政局、相关街道 |',
    '已进场施工,完成30%。 |',
    '已进场施工,完成60%。 |',
    '是 |',
    '||',
    '25 |',
    '新增四分类“三定一督”达标小区210个。 |',
    '徐国江 |',
    '城管局 |',
    '市政局、环卫处、崇川经济开发区、各街道 |',
    '已进场施工,正在推进点位选址、场地硬化,第一批451个厢房(亭房)正在加紧制作。 |',
    '在46个小区,建成38个厢房,70个分类亭。 |',
    '否 |',
    '前期配合区相关部门对该项目招标质疑、投诉处置,项目于9月28才签订合同,滞后了2个月,后期将加快推进。 |',
    '|',
  ].join('\n');

  it('a row with one cell fewer than the header (主要任务 and 全年目标任务 merged) is aligned by what its cells hold; the progress columns are left out (was: one row of every cell)', () => {
    expect(rows(page).slice(1)).toEqual([
      ['序号', '主要任务', '全年目标任务', '分管领导', '牵头单位', '责任主体与协同单位'],
      ['24', '优化提升50条背街后巷交通组织。', '', '徐国江', '城管局', '市政局、相关街道'],
      ['25', '新增四分类“三定一督”达标小区210个。', '', '徐国江', '城管局', '市政局、环卫处、崇川经济开发区、各街道'],
    ]);
  });

  it('分管领导 are leaders, 牵头 the lead, 责任主体与协同单位 join the departments; the 推进情况 figures are no targets', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('2023年区政府重点民生实事项目推进情况(1-11月)');
    expect(importedItems(page)).toEqual([
      { id: '24', departments: ['城管局', '市政局', '相关街道'], lead: ['城管局'], leaders: ['徐国江'], targets: [['at_least', 50, '条', undefined]] },
      { id: '25', departments: ['城管局', '市政局', '环卫处', '崇川经济开发区', '各街道'], lead: ['城管局'], leaders: ['徐国江'], targets: [['at_least', 210, '个', undefined]] },
    ]);
    expect(schemaErrors(r.plan)).toEqual([]);
  });

  it('提升 before a count of things (优化提升50条背街后巷) upgrades that many: a count; 提升5个百分点 and 提升10% stay rises', () => {
    expect(targetsOf('优化提升50条背街后巷交通组织。', 2023)).toEqual([['at_least', 50, '条', '背街后巷交通组织']]);
    expect(targetsOf('居民健康素养水平提升5个百分点。', 2023)).toEqual([]);
    expect(targetsOf('优质粮食产量提升10%,', 2023)).toEqual([['level', 10, '%', '优质粮食产量提升']]);
  });
});
