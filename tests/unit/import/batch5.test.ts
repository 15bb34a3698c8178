// The rules the fifth held-out batch asked for, each on lines of the real published text it came
// from (tests/fixtures/import/real/: mianyang-youth-2023, nanling-2024, caidian-2023, jiading-2024).
import { describe, expect, it } from 'vitest';
import { mergeUnits, parseAttributionLine, parsePeople, spacedNames } from '../../../src/core/import/attribute.js';
import { importPlan } from '../../../src/core/import/index.js';
import { isHeaderCell } from '../../../src/core/import/markers.js';
import { findTargets } from '../../../src/core/import/targets.js';
import { stext } from '../../../src/core/import/text.js';
import { importedItems, schemaErrors } from './helpers.js';

describe('a document-sharing site\'s page (mianyang-youth-2023)', () => {
  const page = [
    '温馨提示:',
    '1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。',
    '2. 本文档由用户上传,版权归属用户,汇文网负责整理代发布。如果您对本文档版权有争议请及时联系客服。',
    '3. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载,若出现内容与标题不符可向本站投诉处理。',
    '4. 下载文档时可能由于网络波动等原因无法下载或下载错误,付费完成后未能成功下载的用户请联系客服处理。',
    '网站客服:3074922707',
    '团市委',
    '2023',
    '工作',
    '要点',
    '团市委2023年工作要点',
    '2023年工作的总体思路是:以习近平新时代中国特色社会主义思想为指导,深入贯彻落实习近平总书记关于青年工作的重要思想。',
    '一、聚焦学习贯彻党的二十大精神,提高思想政治引领实效',
    '1.深入学习贯彻党的二十大精神。持续开展“学习二十大、永远跟党走、奋进新征程”主题教育实践活动,做好党的二十大、省委xx届x次全会精神的学习宣传贯彻。',
  ].join('\n');

  it('the site\'s 温馨提示 and its numbered lines 1.–4. are page noise, not items; the plan\'s title is found (was: "no title line found")', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('团市委2023年工作要点');
    expect(r.plan.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(importedItems(page)).toEqual([{ id: '1', departments: [], targets: [] }]);
    // Nothing of the notice nor the help line is left to warn about.
    expect(r.warnings.filter((w) => w.line <= 6)).toEqual([]);
    expect(schemaErrors(r.plan)).toEqual([]);
  });

  it('a 温馨提示 of the plan\'s own (nothing about the file or the site) is the plan\'s text', () => {
    const text = ['2023年工作要点', '温馨提示:', '1. 各单位要按时报送工作进展。', '2. 加强青年思想引领。(责任单位:宣传部)'].join('\n');
    expect(importedItems(text).map((i) => i.id)).toEqual(['1', '2']);
  });
});

describe('a table copied one cell per line, each cell ending in " |" (nanling-2024)', () => {
  const table = [
    '2024年《政府工作报告》重点工作目标任务分解表',
    '附件',
    '2024年《政府工作报告》重点工作目标任务分解表',
    '序号 |',
    '目标与任务 |',
    '分 管 县领导 |',
    '牵头责任单位 |',
    '责任单位 |',
    '80 |',
    '极回应群众新期待新要求,加大普惠性托育供给,新增托位数400个以上,公办园在园幼儿占比60%以上。实施中小学办学能力提升工程,推动义务教育优质均衡发展。 |',
    '俞 悦 |',
    '县教育局 |',
    '县各有关单位 |',
    '81 |',
    '保障芜职院现代物流智造学院秋季开学,支持芜湖科技工程学校发展,探索职业教育赋能区域发展路径。 |',
    '陆 明俞 悦 |',
    '县教育局 |',
    '县各有关单位 |',
  ].join('\n');

  it('knows the header words 目标与任务, 分管县领导, 牵头责任单位 (was: "no numbered items found")', () => {
    expect(['目标与任务', '分 管 县领导', '牵头责任单位', '牵头市领导', '县级领导'].filter((c) => !isHeaderCell(c))).toEqual([]);
    expect(['领导', '目标与建设', '推进与落实'].filter((c) => isHeaderCell(c))).toEqual([]);
  });

  it('reads each row: the leaders, the lead unit (牵头责任单位) and the units', () => {
    const r = importPlan(table);
    expect(r.plan.title).toBe('2024年《政府工作报告》重点工作目标任务分解表');
    expect(importedItems(table)).toEqual([
      { id: '80', departments: ['县教育局', '县各有关单位'], lead: ['县教育局'], leaders: ['俞悦'], targets: [['at_least', 400, '个', undefined], ['at_least', 60, '%', undefined]] },
      { id: '81', departments: ['县教育局', '县各有关单位'], lead: ['县教育局'], leaders: ['陆明', '俞悦'], targets: [] },
    ]);
  });

  it('names spaced out for alignment are one name; two such names run together are two (俞 悦, 陆 明俞 悦)', () => {
    expect(spacedNames('俞 悦')).toEqual(['俞悦']);
    expect(spacedNames('陆 明俞 悦')).toEqual(['陆明', '俞悦']);
    expect(spacedNames('陆 明张三丰')).toEqual(['陆明', '张三丰']);
    // A title and a name, or a name of three characters, stay as written.
    expect(spacedNames('副区长 王五')).toEqual(['副区长 王五']);
    expect(parsePeople(stext('副区长 王五、汤飞帆', 1), 0, 10)).toEqual(['副区长王五', '汤飞帆']);
  });
});

describe('a 印发通知 and its plan (caidian-2023)', () => {
  const page = [
    '区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知',
    '',
    '索 引 号 MB1534522/2023-05475 发文日期 2023-01-03',
    '发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号',
    '',
    '各街道办事处、乡人民政府,区人民政府各部门、各直属机构:',
    '',
    '2023年《区〈政府工作报告〉确定的主要目标任务责任分解方案》已报经区人民政府同意,现印发给你们,并就有关事项通知如下:',
    '',
    '一、区绩效考评机构要将2023年区《政府工作报告》确定的重要目标任务,纳入绩效管理考核范围,细化考核内容,加强过程考核,确保各项工作落到实处。',
    '',
    '蔡甸区人民政府办公室',
    '',
    '2023年1月3日    ',
    '',
    '2023年区《政府工作报告》确定的主要目标任务责任分解方案',
    '',
    '一、2023年全区经济社会发展的主要预期目标',
    '',
    '(一)地区生产总值增长7%以上',
    '',
    '责任单位:区发展和改革局',
    '',
    '(四)工业投资增长12%以上',
    '',
    '责任单位:区',
  ].join('\n');

  it('the title handed out is the whole one, not the 《政府工作报告》 it quotes (was: 政府工作报告)', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('2023年区《政府工作报告》确定的主要目标任务责任分解方案');
    expect(r.plan.bulletin?.basis).toContain('（蔡政办〔2023〕1号）');
  });

  it('a unit the copy cuts after its first character (责任单位:区) is no unit (was: ["区"])', () => {
    expect(importedItems(page)).toEqual([
      { id: '一', departments: ['区发展和改革局'], targets: [['level', 7, '%', undefined]] },
      { id: '四', departments: [], targets: [['level', 12, '%', undefined]] },
    ]);
    expect(mergeUnits(parseAttributionLine(stext('责任单位:区', 1), true).units).departments).toEqual([]);
    expect(mergeUnits(parseAttributionLine(stext('责任单位:区发展和改革局', 1), true).units).departments).toEqual(['区发展和改革局']);
    // The deadline of the text's last line is read, never cut.
    expect(parseAttributionLine(stext('完成时限:2023年6月底前', 1), true).deadlines.map((d) => d.norm)).toEqual(['2023年6月底前']);
  });
});

describe('a 实施方案 without a year in its title (jiading-2024)', () => {
  const page = [
    '索 引 号: | WA1304001-2024-002 | 主题分类: | 区政府 |',
    '发布机构: | 区政府办公室 | 发文日期: | 2024-10-10 |',
    '名 称: | 上海市嘉定区人民政府办公室关于转发《嘉定区系统化全域推进海绵城市建设的实施方案》的通知 | ||',
    '文 号: | 嘉府办发〔2024〕23号 | 公开类型: | 主动公开 |',
    '公开属性: | 全部公开 | 公开期限: | 长期公开 |',
    '各镇人民政府,区政府相关委、办、局、街道办事处,嘉定工业区、菊园新区管委会:',
    '区建设管理委拟定的《嘉定区系统化全域推进海绵城市建设的实施方案》已经区政府同意,现转发给你们,请认真按照执行。',
    '上海市嘉定区人民政府办公室',
    '2024年10月10日',
    '嘉定区系统化全域推进海绵城市建设的实施方案',
    '为贯彻落实《国务院办公厅关于推进海绵城市建设的指导意见》等文件精神,根据《上海市海绵城市专项规划(2016-2035)》《上海市海绵城市规划建设管理办法》(沪住建规范联〔2023〕11号)《本市系统化全域推进海绵城市建设的实施意见》(沪府办发〔2024〕3号)等部署要求,制定嘉定区海绵城市建设实施方案。',
    '一、工作目标',
    '围绕生态文明建设发展理念,系统化全域推进嘉定区海绵城市建设。根据上海市海绵城市建设要求,嘉定区到2025年底,50平方公里以上建设用地面积达到海绵城市建设目标要求;到2030年底,80平方公里以上建设用地面积达到海绵城市建设目标要求。',
  ].join('\n');

  it('the year is the page\'s own 文号 (文 号: | 嘉府办发〔2024〕23号 |), not one the preamble cites (was: 2023)', () => {
    const r = importPlan(page);
    expect(r.plan.period.start).toBe('2024-01-01');
    // Cited as the notice has it: 转发, not 印发.
    expect(r.plan.bulletin?.basis).toBe('《上海市嘉定区人民政府办公室关于转发〈嘉定区系统化全域推进海绵城市建设的实施方案〉的通知》（嘉府办发〔2024〕23号）');
    // The 文号 row gave the year: nothing to warn about on it.
    expect(r.warnings.filter((w) => w.line === 4)).toEqual([]);
  });

  it('a title without a year runs as far as its targets are dated, and says so (was: the year alone: targets due 2025 and 2030 left undated)', () => {
    const r = importPlan(page);
    expect(r.plan.period).toEqual({ start: '2024-01-01', end: '2030-12-31' });
    expect(importedItems(page)).toEqual([{ id: '一', departments: [], targets: [['at_least', 50, '平方公里', '2025-12-31'], ['at_least', 80, '平方公里', '2030-12-31']] }]);
    expect(r.hints).toContainEqual({ code: 'imp_periodFromTargets', params: { start: '2024-01-01', end: '2030-12-31' } });
    // --period makes it one year: the later dates are not used (a plan's dates stay inside its period).
    const one = importPlan(page, { year: 2024 });
    expect(one.plan.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(one.plan.sections[0]?.items[0]?.targets?.map((t) => t.due)).toEqual([undefined, undefined]);
    // A title with its year is that year's plan, whatever later dates its text names.
    const yearly = page.replace('嘉定区系统化全域推进海绵城市建设的实施方案\n为贯彻', '嘉定区2024年海绵城市建设实施方案\n为贯彻');
    expect(importPlan(yearly).plan.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('"50平方公里以上建设用地面积达到…要求" opening its clause is a count to reach (was: a condition, skipped)', () => {
    const scan = (text: string) => findTargets(stext(text, 1), { year: 2025, start: '2025-01-01', end: '2030-12-31', fallbackMetric: '本项工作' }).targets;
    const got = scan('嘉定区到2025年底,50平方公里以上建设用地面积达到海绵城市建设目标要求;到2030年底,80平方公里以上建设用地面积达到海绵城市建设目标要求。');
    expect(got.map((t) => [t.kind, t.target, t.unit, t.metric, t.due])).toEqual([
      ['at_least', 50, '平方公里', '建设用地面积', '2025-12-31'],
      ['at_least', 80, '平方公里', '建设用地面积', '2030-12-31'],
    ]);
    // Conditions stay conditions: a number after the words it qualifies, or one that describes what follows.
    expect(scan('推动企业100家以上、职工5000人以上乡镇建立工会联合会。')).toEqual([]);
    expect(scan('50人以上的企业达到建会要求。')).toEqual([]);
  });
});
