// The rules the eighth held-out batch asked for, each on lines of the real published text it came
// from (tests/fixtures/import/real/ once a document passes the bars, pending/ until then).
import { describe, expect, it } from 'vitest';
import { headingOwner, mergeUnits, parseAttributionLine } from '../../../src/core/import/attribute.js';
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

describe('the same table copied from a document viewer (zhonglou-2025, as the corpus test\'s viewer variant makes it)', () => {
  const rowsOf = (cells: string[]) =>
    rows(['序号', '目标名称', '工作标准', '牵头单位', '1', '全区经济社会发展的主要预期目标', ...cells].join('\n')).filter((r) => r.length > 1 && r[0] !== '序号');

  it('a page number between two halves of a cell\'s sentence (…织补, / 2 / 西直街…) is no row: the cell goes on', () => {
    const cells = ['(1)提速大观楼-止园、盛宣怀故居周边织补,', '2', '西直街等历史文化地标建设。', '区文旅局', '(2)加快航仪厂、酱品厂等工业遗存焕新。', '区住建局'];
    expect(rowsOf(cells)).toEqual([
      ['1', '提速大观楼-止园、盛宣怀故居周边织补, 西直街等历史文化地标建设。', '区文旅局'],
      ['2', '加快航仪厂、酱品厂等工业遗存焕新。', '区住建局'],
    ]);
  });

  it('a page mark that cannot be a cell (- 2 -, 第 3 页) is dropped', () => {
    const cells = ['(1)地区生产总值增长5%左右。', '- 2 -', '区发改局', '第 3 页', '(2)一般公共预算收入保持稳定增长。', '区财政局'];
    expect(rowsOf(cells)).toEqual([
      ['1', '地区生产总值增长5%左右。', '区发改局'],
      ['2', '一般公共预算收入保持稳定增长。', '区财政局'],
    ]);
  });

  it('a row number after a unit list ending in 等 is a row (等 closes a list, it leaves no clause open)', () => {
    const table = ['序号', '工作任务', '牵头单位', '1', '地区生产总值增长5%左右。', '区发改局、区统计局等', '2', '一般公共预算收入保持稳定增长。', '区财政局'].join('\n');
    expect(rows(table).map((r) => r[0])).toEqual(['序号', '1', '2']);
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

  it('a cell and an empty one on one line ("市政局、相关街道 ||") are two cells, the bars no part of the units', () => {
    expect(rows(page.replace('市政局、相关街道 |', '市政局、相关街道 ||'))[2]).toEqual(['24', '优化提升50条背街后巷交通组织。', '', '徐国江', '城管局', '市政局、相关街道']);
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
    // (A rise in points the task sets is reached at least, the coordinator's rule of batch 26.)
    expect(targetsOf('居民健康素养水平提升5个百分点。', 2023)).toEqual([['at_least', 5, '个百分点', '居民健康素养水平提升']]);
    expect(targetsOf('优质粮食产量提升10%,', 2023)).toEqual([['level', 10, '%', '优质粮食产量提升']]);
  });
});

const units = (line: string) => mergeUnits(parseAttributionLine(stext(line, 1)).units);
/** Kind, value and unit of each target found in one item's text. */
const kinds = (text: string, year: number) => targetsOf(text, year).map(([kind, target, unit]) => [kind, target, unit]);

describe('a whole body on one line after pipe metadata, sections headed by the leader who leads them (haiyan-2022)', () => {
  // The page as the corpus gave it: the body's paragraphs joined by a space on one line.
  const body = [
    '各镇人民政府(街道办事处),县政府各部门、直属各单位:',
    '《政府工作报告2022年重点工作责任分解》和《2022年县政府民生实事项目责任分解》已经县政府讨论确定,现印发给你们,请认真贯彻执行。',
    '2022年是新一届政府的开局之年。各级各部门要高度重视,全面贯彻落实县第十五次党代会精神,深入推进“三个年”活动,聚焦聚力七大提升行动,加强组织领导,明确具体任务,细化工作方案,确保按时完成既定的目标任务,加快经济社会高质量发展,以优异成绩迎接党的二十大胜利召开。',
    '海盐县人民政府办公室',
    '2022年4月18日',
    '(此件公开发布)',
    '政府工作报告2022年重点工作责任分解',
    '一、王丹县长牵头重点工作',
    '1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%;城乡居民人均可支配收入与经济增长基本同步,收入倍差进一步缩小。',
    '责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局、县农业农村局',
    '2.落实党政机关过紧日子的要求,节俭办一切事业,全县非刚性、非重点项目支出预算只减不增,严控“三公”经费和会议费、培训费,努力降低行政运行成本。',
    '责任单位:县财政局',
    '二、曹惠明常务副县长牵头重点工作',
    '1.坚持县政府常务会议集体学法,加强重大行政决策事前论证和事后评估,发挥法律顾问作用,提高决策科学化民主化水平。',
    '责任单位:县司法局',
    '2.深化“亩均论英雄”“标准地”改革,狠抓全域土地综合整治,完成垦造耕地2000亩、建设用地复垦1000亩、城镇低效用地',
  ].join(' ');
  const page = [
    '索引号: | 113304240025561412/2022-69894 | 成文日期: | 2022-04-18 |',
    '文件编号: | 盐政办发〔2022〕16号 | 组配分类: | 政府工作报告 |',
    '发布机构: | 县政府办公室 | 有效性: |',
    '海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知 |',
    '||',
    '|',
    '||',
    body,
  ].join('\n');

  it('a body on one line is split at its numbering after a space, also where a heading or a unit list ends on no punctuation (was: "no numbered items found")', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('政府工作报告2022年重点工作责任分解');
    // The words before the year name the report the plan carries out, not who issued it (was: organization 政府工作报告).
    expect(r.plan.organization).toBe('海盐县人民政府办公室');
    expect(r.plan.bulletin?.basis).toBe('《海盐县人民政府办公室关于印发〈政府工作报告2022年重点工作责任分解〉的通知》（盐政办发〔2022〕16号）');
    expect(r.plan.sections.map((s) => s.title)).toEqual(['王丹县长牵头重点工作', '曹惠明常务副县长牵头重点工作']);
    expect(importedItems(page).map((i) => [i.id, i.departments])).toEqual([
      ['一-1', ['县发改局', '县财政局', '县税务局', '县农业农村局']],
      ['一-2', ['县财政局']],
      ['二-1', ['县司法局']],
      ['二-2', []],
    ]);
    expect(schemaErrors(r.plan)).toEqual([]);
  });

  it('a search result\'s one-paragraph excerpt with a single heading in it stays one line (pingtung-2012)', () => {
    const excerpt =
      '屏東縣政府 101 年度施政計畫目標與重點及衡量指 壹、民政類 一、年度施政目標 依據地方制度法制定相關法規,落實地方自治,致力府會和諧。 賡續輔導鄉鎮市利用地方天然資源拓展新興自治事業,加強公共造產經營效益。 強化宗教團體輔導及鼓勵興辦公益慈善。 端正禮俗、改善社會風氣。 建立本縣優質殯葬環境。 辦理戶籍人口統計工作,公開人口統計資料及提供應用圖表。 推行戶政業務簡政便民及跨機關合作服務措施,提昇服務品質。 強化戶政資訊系統安全管理。';
    expect(clean(excerpt).lines).toHaveLength(1);
    expect(clean(page).lines.map((l) => l.st.raw)).toContain('一、王丹县长牵头重点工作');
  });

  it('the leader heading a section (王丹县长牵头重点工作) leads its items, named without the post (was: no leaders)', () => {
    expect(importedItems(page).map((i) => [i.id, i.leaders])).toEqual([
      ['一-1', ['王丹']],
      ['一-2', ['王丹']],
      ['二-1', ['曹惠明']],
      ['二-2', ['曹惠明']],
    ]);
    const owner = (title: string) => headingOwner(stext(title, 1));
    expect(owner('叶枝利区长牵头重点工作')).toEqual({ leaders: ['叶枝利'], units: [] });
    expect(owner('张盈军区政府党组成员牵头重点工作')).toEqual({ leaders: ['张盈军'], units: [] });
    // A heading that names no one, or a unit (not a person).
    expect(owner('聚力提升发展能级,加快实现综合实力新跃升')).toEqual({ leaders: [], units: [] });
    expect(owner('县示范区管委会牵头工作(8项)').leaders).toEqual([]);
  });

  it('"(首位单位为牵头单位,下同)" is no unit: the first unit of every list leads, a sole one too (was: the note in the name, no lead)', () => {
    expect(units('责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局、县农业农村局').departments).toEqual(['县发改局', '县财政局', '县税务局', '县农业农村局']);
    expect(importedItems(page).map((i) => [i.id, i.lead])).toEqual([
      ['一-1', ['县发改局']],
      ['一-2', ['县财政局']],
      ['二-1', ['县司法局']],
      // Cut off before its unit line: no unit, no lead.
      ['二-2', undefined],
    ]);
  });

  it('growth rates with 左右 are levels; 2000亩、1000亩 after 完成 are counts to reach', () => {
    expect(importedItems(page).map((i) => i.targets)).toEqual([
      [
        ['level', 7.5, '%', undefined],
        ['level', 8.5, '%', undefined],
      ],
      [],
      [],
      [
        ['at_least', 2000, '亩', undefined],
        ['at_least', 1000, '亩', undefined],
      ],
    ]);
  });
});

describe('bullet metadata, leader-headed sections, the first-unit note in the last list (haishu-2024)', () => {
  const plan = [
    '2024年政府工作报告重点工作责任分解',
    '',
    '一、叶枝利区长牵头重点工作',
    '',
    '1.一般公共预算收入与经济增长基本同步。',
    '',
    '责任单位:区财政局',
    '',
    '二、张盈军区政府党组成员牵头重点工作',
    '',
    '1.推动临空经济示范区建设,力争完成旅客吞吐量1370万人次、货邮吞吐量15.5万吨。',
    '',
    '责任单位:临空航空口岸局',
    '',
    '2.全力保障宁波枢纽空铁一体主体工程、国际智造中心和航空物流中心等项目建设,完成60万平方米征拆任务。',
    '',
    '责任单位:区房屋征收中心、区发改局、海曙自然资源规划分局、古林镇、石碶街道(列第一位者为牵头或汇总单位,下同)',
    '',
    '三、徐洪涛常务副区长牵头重点工作',
    '',
    '1.地区生产总值增长6%左右。',
    '',
    '责任单位:区发改局',
  ];

  it('"(列第一位者为牵头或汇总单位,下同)" at the end of a list is a note, not a unit, and holds for the lists before it too (was: 石碶街道(列第一位者为 / 或汇总单位,下同))', () => {
    expect(importedItems(plan.join('\n'))).toEqual([
      { id: '一-1', departments: ['区财政局'], lead: ['区财政局'], leaders: ['叶枝利'], targets: [] },
      {
        id: '二-1',
        departments: ['临空航空口岸局'],
        lead: ['临空航空口岸局'],
        leaders: ['张盈军'],
        targets: [
          ['at_least', 13700000, '人次', undefined],
          ['at_least', 155000, '吨', undefined],
        ],
      },
      {
        id: '二-2',
        departments: ['区房屋征收中心', '区发改局', '海曙自然资源规划分局', '古林镇', '石碶街道'],
        lead: ['区房屋征收中心'],
        leaders: ['张盈军'],
        targets: [['at_least', 600000, '平方米', undefined]],
      },
      { id: '三-1', departments: ['区发改局'], lead: ['区发改局'], leaders: ['徐洪涛'], targets: [['level', 6, '%', undefined]] },
    ]);
  });

  it('without such a note a list names no lead', () => {
    const withoutNote = plan.map((l) => l.replace('(列第一位者为牵头或汇总单位,下同)', '')).join('\n');
    expect(importedItems(withoutNote).map((i) => i.lead)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('(A主办,B协办) brackets and lists of growth rates (gulou-2024)', () => {
  it('a metadata label kept with the notice\'s title (信息名称: | 区政府关于印发…) is not part of the issuer (was: organization 信息名称:区政府)', () => {
    const page = [
      '信息名称: | 区政府关于印发2024年区政府主要工作目标任务分解落实方案的通知 | ||',
      '文 号: | 鼓政〔2024〕2号 | 关 键 词: | 区政府主要工作目标任务;分解落实方案;通知 |',
      '2024年区政府主要工作目标任务分解落实方案',
      '一、聚力提升发展能级,加快实现综合实力新跃升',
      '2.社会消费品零售总额增长6%以上,外贸进出口力争正增长,实际使用外资稳中提质。(区商务局主办,各街道板块协办)',
    ].join('\n');
    const r = importPlan(page);
    expect(r.plan.title).toBe('2024年区政府主要工作目标任务分解落实方案');
    expect(r.plan.organization).toBe('区政府');
    expect(r.plan.bulletin?.basis).toBe('《区政府关于印发〈2024年区政府主要工作目标任务分解落实方案〉的通知》（鼓政〔2024〕2号）');
  });


  it('主办 is the lead and 协办 units join the departments (was: 区财政局主办 as a name, no lead)', () => {
    const page = [
      '2024年区政府主要工作目标任务分解落实方案',
      '一、聚力提升发展能级,加快实现综合实力新跃升',
      '1.地区生产总值增长5%以上,一般公共预算收入增长2%以上,固定资产投资保持稳定增长、力争达到3%。居民人均可支配收入与经济增长基本同步。(区发改委、区财政局主办,区相关部门、各街道板块协办)',
      '2.社会消费品零售总额增长6%以上,外贸进出口力争正增长,实际使用外资稳中提质。(区商务局主办,各街道板块协办)',
    ].join('\n');
    expect(importedItems(page).map((i) => [i.id, i.departments, i.lead])).toEqual([
      ['1', ['区发改委', '区财政局', '区相关部门', '各街道板块'], ['区发改委', '区财政局']],
      ['2', ['区商务局', '各街道板块'], ['区商务局']],
    ]);
  });

  it('the rates after a growth rate, 、 or 和 between them, are levels too: 分别增长5%、10%和5% (was: only the first)', () => {
    const item = '全面实施“1+2+3”现代化产业体系行动方案,促进现代金融、航运物流产业分别增长5.5%、6%,商贸文旅、软件信息、专业服务产业分别增长5%、10%和5%。';
    expect(kinds(item, 2024)).toEqual([
      ['level', 5.5, '%'],
      ['level', 6, '%'],
      ['level', 5, '%'],
      ['level', 10, '%'],
      ['level', 5, '%'],
    ]);
    // A share after a rate is no rate of a list: "增长5%,占比30%" has one.
    expect(kinds('规上工业增加值增长5%,占比30%。', 2024)).toEqual([['level', 5, '%']]);
  });
});

describe('a notice handing out three plans, its 附件 list, the unit named once for the section (qinxian-2025)', () => {
  const page = [
    '县示范区管委会,各乡、镇人民政府,县直各有关单位:',
    '经县政府同意,现将《2025年县<政府工作报告>任务分解》《2025年十五件民盼实事任务分解》《县政府重点工作任务分解》印发给你们。请各单位认真对照,迅速行动,抓好落实。',
    '一、责任到人,闭环管理。《2025年县<政府工作报告>任务分解》明确133项具体任务,涉及34个牵头单位;《2025年十五件民盼实事任务分解》细化15项具体任务,涉及10个责任单位;《2025年县政府重点工作任务分解》明确40项具体任务,涉及21个责任单位。',
    '附件:1.2025年县《政府工作报告》任务清单',
    '2.2025年十五件民盼实事任务分解',
    '3.2025年县政府重点工作备忘录任务分解',
    '沁县人民政府办公室',
    '2025年5月18日',
    '(此件公开发布)',
    '附件1',
    '2025年县政府工作报告任务清单',
    '一、县示范区管委会牵头工作(8项)',
    '1.投资3000万元建设南美白对虾工厂化循环水养殖基地。',
    '2.打造食用菌酵素生产基地。',
    '3.建设3个劳动密集型产业园。推动潞讯精密电子30条生产线投产,培育服装加工产业园,推动天欣纸业环保包装等项目达产达效。',
  ].join('\n');

  it('the 附件 list between the notice and its signature names attachments: not the title, not items (was: title 附件:1.2025年县《政府工作报告》任务清单)', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('2025年县政府工作报告任务清单');
    expect(r.plan.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['1', '2', '3']);
  });

  it('a unit heading its section (县示范区管委会牵头工作) is the department and lead of its items that name none (was: no unit)', () => {
    expect(importedItems(page).map((i) => [i.departments, i.lead])).toEqual([
      [['县示范区管委会'], ['县示范区管委会']],
      [['县示范区管委会'], ['县示范区管委会']],
      [['县示范区管委会'], ['县示范区管委会']],
    ]);
    expect(headingOwner(stext('县示范区管委会牵头工作(8项)', 1)).units.map((u) => [u.name, u.role])).toEqual([['县示范区管委会', 'lead']]);
  });

  it('投资3000万元建设… (a clause opening on the money put in) and 推动…30条生产线投产 are counts to reach; a project\'s 总投资 is not', () => {
    expect(importedItems(page).map((i) => i.targets)).toEqual([
      [['at_least', 3000, '万元', undefined]],
      [],
      [
        ['at_least', 3, '个', undefined],
        ['at_least', 30, '条', undefined],
      ],
    ]);
    expect(kinds('该项目位于城东,总投资3000万元建设南美白对虾养殖基地。', 2025)).toEqual([]);
  });
});

describe('a column headed by an attribution label (责任科室, as wuhu-edu-2024 labels its units inline)', () => {
  it('every unit, leader and deadline label heads the column of what it labels: 责任科室 a unit column, 时限要求 a deadline column (was: ignored, the units lost)', () => {
    const table = ['序号', '工作任务', '责任科室', '时限要求', '1', '加强思想理论武装。深入推进习近平新时代中国特色社会主义思想和党的二十大精神进教材、进课堂、进头脑。', '组干科、机关党委', '2024年6月底前'].join('\n');
    expect(['责任科室', '牵头处室', '配合处室', '时限要求', '包保领导'].every(isHeaderCell)).toBe(true);
    expect(importedItems(table, 2024)).toEqual([{ id: '1', departments: ['组干科', '机关党委'], targets: [['milestone', 100, '%', '2024-06-30']] }]);
  });
});

describe('who leads, however the plan writes it (the rules above, in the other ways plans write them)', () => {
  const owner = (title: string) => headingOwner(stext(title, 1));

  it('a heading naming the post before the name, or a department\'s or a school\'s post, names the leader', () => {
    expect(owner('由县委常委、常务副县长曹惠明牵头').leaders).toEqual(['曹惠明']);
    expect(owner('常务副县长王丹同志牵头重点工作').leaders).toEqual(['王丹']);
    expect(owner('张盈军副局长牵头工作').leaders).toEqual(['张盈军']);
    expect(owner('李明副校长分管工作').leaders).toEqual(['李明']);
    // No name: a scope, a unit, a post alone.
    expect(owner('各小组长负责的工作')).toEqual({ leaders: [], units: [] });
    expect(owner('县财政局局长牵头工作').leaders).toEqual([]);
    expect(owner('党委书记负责抓总').leaders).toEqual([]);
  });

  it('主责 / 负总责 lead and 协同 joins, as 主办 / 协办 do; 主办单位 is a lead label', () => {
    expect(units('(区发改委主责,区统计局协同)')).toEqual({ departments: ['区发改委', '区统计局'], lead: ['区发改委'] });
    expect(units('(县政府办负总责,县直各部门配合)')).toEqual({ departments: ['县政府办', '县直各部门'], lead: ['县政府办'] });
    expect(units('主办单位:区商务局;协办单位:各街道板块')).toEqual({ departments: ['区商务局', '各街道板块'], lead: ['区商务局'] });
  });

  it('a star on a unit marks the lead (区发改局★, ★区商务局), and a note saying so is no unit', () => {
    expect(units('责任单位:区发改局★、区财政局、区统计局')).toEqual({ departments: ['区发改局', '区财政局', '区统计局'], lead: ['区发改局'] });
    expect(units('责任单位:★区商务局、各街道板块(★为牵头单位)')).toEqual({ departments: ['区商务局', '各街道板块'], lead: ['区商务局'] });
  });

  it('"第一责任单位为牵头单位" says the first unit leads, as 首位单位为牵头单位 does', () => {
    expect(units('责任单位:区发改局(第一责任单位为牵头单位)、区财政局').departments).toEqual(['区发改局', '区财政局']);
    const plan = ['2024年重点工作任务分解', '一、稳定经济增长', '1.地区生产总值增长6%左右。', '责任单位:区发改局(第一责任单位为牵头单位,下同)、区统计局', '2.一般公共预算收入与经济增长基本同步。', '责任单位:区财政局'].join('\n');
    expect(importedItems(plan).map((i) => i.lead)).toEqual([['区发改局'], ['区财政局']]);
  });
});
