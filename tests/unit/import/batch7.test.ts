// The rules the seventh held-out batch asked for, each on lines of the real published text it came
// from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { bodyAttribution, mergeUnits, parseAttributionLine } from '../../../src/core/import/attribute.js';
import { importPlan } from '../../../src/core/import/index.js';
import { findTargets } from '../../../src/core/import/targets.js';
import { stext } from '../../../src/core/import/text.js';
import { importedItems, readFixture, schemaErrors } from './helpers.js';

describe('a task decomposition under its 印发通知 that quotes 《政府工作报告》 (jianli-2022)', () => {
  const page = [
    '监利市人民政府办公室关于分解落实《政府工作报告》2022年重点工作及民生实事项目的通知',
    '',
    '发布时间:2021-11-22 19:30',
    '',
    '各乡、镇人民政府,人民大垸、荒湖管理区,监利经济开发区,市政府各部门:',
    '',
    '经市政府同意,现将《政府工作报告》2022年重点工作任务及民生实事项目进行责任分解并印发给你们,请认真抓好贯彻落实。',
    '',
    '2021年11月22日????????',
    '',
    '《政府工作报告》2022年重点工作',
    '',
    '及民生实事项目任务分解方案',
    '',
    '一、2022年主要预期目标',
    '',
    '(一)主要经济指标。',
    '',
    '1.地区生产总值增长10%左右。(牵头单位:市发改局;责任单位:市统计局,各乡、镇人民政府,人民大垸、荒湖管理区,监利经济开发区)',
    '',
    '7.高新技术产业增加值占GDP比重达到12%,企业研发投入增长15%。(牵头单位:市',
  ].join('\n');

  it('a notice whose subject quotes 《政府工作报告》 (关于分解落实《…》2022年重点工作…的通知) hands out the plan titled under it (was: "the title 政府工作报告 has no 4-digit year")', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('《政府工作报告》2022年重点工作及民生实事项目任务分解方案');
    expect(r.plan.period).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(r.plan.organization).toBe('监利市人民政府办公室');
    // Cited as written: the notice hands out no book of its own (not "关于印发〈…〉的通知").
    expect(r.plan.bulletin?.basis).toBe('《监利市人民政府办公室关于分解落实〈政府工作报告〉2022年重点工作及民生实事项目的通知》');
    expect(schemaErrors(r.plan)).toEqual([]);
  });

  it('names sharing their end across a 、: 人民大垸、荒湖管理区 are two 管理区, 各乡、镇人民政府 one collective unit (was: 各乡, 镇人民政府, 人民大垸)', () => {
    expect(importedItems(page)[0]).toEqual({
      id: '1',
      departments: ['市发改局', '市统计局', '各乡镇人民政府', '人民大垸管理区', '荒湖管理区', '监利经济开发区'],
      lead: ['市发改局'],
      targets: [['level', 10, '%', undefined]],
    });
    // Two names of their own stay two; a name that is a unit by itself takes nothing.
    const units = (line: string) => mergeUnits(parseAttributionLine(stext(line, 1)).units).departments;
    expect(units('责任单位:市统计局,各乡、镇人民政府,人民大垸、荒湖管理区,监利经济开发区')).toEqual(['市统计局', '各乡镇人民政府', '人民大垸管理区', '荒湖管理区', '监利经济开发区']);
    expect(units('责任单位:市统计局、市市场监管局')).toEqual(['市统计局', '市市场监管局']);
    expect(units('责任单位:城关镇、新区管理区')).toEqual(['城关镇', '新区管理区']);
  });

  it('a labelled unit the copy cuts after one character (牵头单位:市) is no unit (was: ["市"], lead 市)', () => {
    const last = importedItems(page)[1];
    expect(last?.departments).toEqual([]);
    expect(last?.lead).toBeUndefined();
    const cut = bodyAttribution(stext('高新技术产业增加值占GDP比重达到12%,企业研发投入增长15%。(牵头单位:市', 1));
    expect(cut?.units ?? []).toEqual([]);
    const whole = bodyAttribution(stext('外贸出口增长10%。(牵头单位:市商务局;责任单位:市统计局', 1));
    expect(whole?.units.map((u) => [u.name, u.role])).toEqual([['市商务局', 'lead'], ['市统计局', 'dept']]);
  });

  it('a viewer\'s page number after a bracket left open ("…责任单位:市统计局," / "4" / "各乡、镇人民政府,…)") is a page, not item 4 (was: an item of unit names)', () => {
    const copy = [
      '《政府工作报告》2022年重点工作及民生实事项目任务分解方案',
      '一、2022年主要预期目标',
      '3.社会消费品零售总额增长10%。(牵头单位:市商务局;责任单位:市统计局,',
      '4',
      '各乡、镇人民政府,人民大垸、荒湖管理区,监利经济开发区)',
      '4.财政总收入增长10.8%,一般公共预算收入增长10%。(牵头单位:市财政局;责任单位:市税务局,',
      '5、',
      '各乡、镇人民政府,人民大垸、荒湖管理区,监利经济开发区)',
    ].join('\n');
    expect(importedItems(copy).map((i) => [i.id, i.departments.length, i.lead])).toEqual([
      ['3', 6, ['市商务局']],
      ['4', 6, ['市财政局']],
    ]);
  });
});

describe('实事 items that open on a count (baoshan-2022)', () => {
  const page = [
    '2022年区政府要完成的与人民生活',
    '',
    '密切相关的实事',
    '',
    '1.既有多层住宅加装电梯新增400台、完工200台。',
    '',
    '2.50个小区新增电动自行车充电设施;为10个老旧小区实施消防设施改造;为3栋高层公房实施消防设施改造;推进1万户老旧小区居民加装燃气泄漏报警器。',
    '',
    '3.开设40个小学生爱心暑托班办班点;新增5个普惠性托育点;为区内所有义务教育阶段学校提供校内课后服务。',
    '',
    '4.460个居村综合文化活动室提供不少于2300场文化活动。',
  ].join('\n');

  it('"2.50个小区…" right after item 1 is item 2 opening on 50个, not the number 2.50 (was: items 2 and 4 lost)', () => {
    expect(importedItems(page).map((i) => i.id)).toEqual(['1', '2', '3', '4']);
    // Not the first line: "1.5万人次…" opening a plan is no item 1 (nothing before it to follow).
    expect(importedItems(['2022年工作要点', '一、总体目标', '1.5万人次参加培训,覆盖全区。'].join('\n')).map((i) => i.id)).not.toContain('1');
  });

  it('a clause opening on what it counts and what is done to them is a count to reach; not when it counts who does something else (460个…提供不少于2300场)', () => {
    const t = importedItems(page);
    expect(t[1]?.targets).toEqual([
      ['at_least', 50, '个', undefined],
      ['at_least', 10, '个', undefined],
      ['at_least', 3, '栋', undefined],
      ['at_least', 10000, '户', undefined],
    ]);
    expect(t[2]?.targets).toEqual([
      ['at_least', 40, '个', undefined],
      ['at_least', 5, '个', undefined],
    ]);
    expect(t[3]?.targets).toEqual([['at_least', 2300, '场', undefined]]);
    // A count inside a name runs on into a list (等): no target.
    expect(findTargets(stext('推进XX炼化150万吨乙烯等重大产业项目建设', 1), { year: 2022, start: '2022-01-01', end: '2022-12-31', fallbackMetric: '本项工作' }).targets).toEqual([]);
  });
});


describe('a 乡 工作要点 copied from a document viewer: page chunks, the body on three lines (township-2023)', () => {
  // The viewer's lines as the page gave them (cut: chunk 1 and 2 end mid-word, "高度" / "高残农药", "项目资" / "金建设").
  const page = readFixture('real/township-2023.txt');

  it('a viewer\'s page chunks (1、 2、 3、 opening long lines that end mid-sentence) are no items: each goes on the page before (was: "no title line found")', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('乡镇2023年工作要点');
    const items = r.plan.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(items[0]?.text).toContain('坚决禁用高度高残农药');
    expect(items[4]?.text).toContain('争取项目资金建设邹岗');
    expect(schemaErrors(r.plan)).toEqual([]);
    // One line "1、…" followed by an item "2、…" is the plan's numbering, not a viewer's.
    expect(importedItems(['2023年工作要点', '1、做大做强茶产业,建设好茶叶基地,创立茶叶品牌', '2、完成低改品改3000亩。'].join('\n')).map((i) => i.id)).toEqual(['1', '2']);
  });

  it('in a body that lost its paragraph marks, a mark after a space alone starts a paragraph when it goes on with the numbering (…以内, 一、做强产业 1.做大…); the title standing first is a line of its own', () => {
    const line =
      '乡镇2023年工作要点 2023年是“十三五规划开局之年。乡党委政府将在县委、县政府的领导下,以邓小平理论和“三个代表重要思想为指导,深入落实科学开展观,认真践行“三严三实,狠抓落实,力争各项工作出众、出色、出彩。 ' +
      '全年经济社会开展预期目标:全乡GDP达2.92亿元,比上年增加0.26亿元,增长10%;农民人均纯收入达11963元,增加1088元,增长11%,自然人口增长率控制在6以内, 一、做强产业 1.做大做强茶产业。依托雅雨露茶业,建设好茶叶基地,创立茶叶品牌。' +
      '充分发挥茶叶专合组织作用,推进茶叶交易市场一体化经营,增加茶农收入。 2.改造完善前锋村、金花村高标准根本农田项目9754.38亩,进一步改善群众生产条件。 3.深化农村改革,实现土地流转2023亩,推广规模经营。 ' +
      '4.完成林地品改800亩,开展山地鸡养殖大户10户。特色产业扩面提质,增强开展动力。 二、做美环境 5.建设美丽。完善和平新村建设,进一步繁荣场镇。';
    const r = importPlan(line);
    expect(r.plan.title).toBe('乡镇2023年工作要点');
    expect(r.plan.sections.map((s) => [s.id, s.title, s.items.map((i) => i.id)])).toEqual([
      ['一', '做强产业', ['1', '2', '3', '4']],
      ['二', '做美环境', ['5']],
    ]);
    // A mark that does not go on with the numbering, after no sentence's end, stays in the text.
    expect(importedItems(line.replace(' 5.建设美丽', ' 7.建设美丽')).map((i) => i.id)).toEqual(['1', '2', '3', '4']);
  });

  it('a count that looks like a year (土地流转2023亩) after 实现, and a length to green (力争路段7.8公里全线绿化美化), are counts to reach', () => {
    const scan = (t: string) => findTargets(stext(t, 1), { year: 2023, start: '2023-01-01', end: '2023-12-31', fallbackMetric: '本项工作' }).targets.map((x) => [x.kind, x.target, x.unit]);
    expect(scan('深化农村改革,实现土地流转2023亩,推广规模经营,放活土地经营权,新培育农场主3家,提高土地利用率。')).toEqual([
      ['at_least', 2023, '亩'],
      ['at_least', 3, '家'],
    ]);
    expect(scan('加大绿化投入。力争路段7.8公里全线绿化美化,北环线全面绿化,鼓励全民参与绿化。')).toEqual([['at_least', 7.8, '公里']]);
    // Not a year: 实现2023年目标 has no measure word.
    expect(scan('实现2023年既定目标。')).toEqual([]);
  });
});

describe('a 民生实事 table in Traditional characters copied one cell per line, a project over several rows (jiangbei-ningbo-2023)', () => {
  // The page as the mirror gave it: pinyin after characters, blank lines between the cells.
  const page = readFixture('real/jiangbei-ningbo-2023.txt');

  it('header cells over two lines (總投資 / (萬元), 2023年 / 目標進度), a unit name over two lines (區新興產業 / 服務中心), a project\'s rows under its merged 序號/項目 cells each read with its own unit (was: "no numbered items found")', () => {
    const got = importedItems(page);
    expect(got.map((i) => [i.id, i.departments])).toEqual([
      ['1', ['區新興產業服務中心', '區住建局']],
      ['2', ['區農業農村局', '區綜合行政執法局', '區公建中心', '慈城鎮']],
      ['3', ['區新興產業服務中心']],
      ['4', ['區住建局', '區審管辦']],
    ]);
    // The 總投資 column (48414, 1000 …) is the project's budget: neither a target nor a date.
    expect(got.flatMap((i) => i.targets).some((t) => t[1] === 48414 || t[1] === 1000)).toBe(false);
    expect(schemaErrors(importPlan(page).plan)).toEqual([]);
  });

  it('each row\'s progress goes with its own content: dated steps are milestones, 完成工程量的50% a share of the work, the counts due when the row says the work is done (4座…泵站改造 / 3月開工,7月完工)', () => {
    const got = importedItems(page);
    expect(got[0]?.targets).toEqual([
      ['milestone', 100, '%', '2023-03-31'],
      ['level', 50, '%', '2023-12-31'],
      ['level', 75, '%', '2023-12-31'],
      ['level', 30, '%', '2023-12-31'],
      ['milestone', 100, '%', '2023-06-30'],
      ['milestone', 100, '%', '2023-12-31'],
    ]);
    expect(got[1]?.targets).toEqual([
      ['milestone', 100, '%', '2023-06-30'],
      ['milestone', 100, '%', '2023-07-31'],
      ['at_least', 4, '座', '2023-07-31'],
      ['milestone', 100, '%', '2023-03-31'],
      ['milestone', 100, '%', '2023-10-31'],
    ]);
    expect(got[2]?.targets).toEqual([
      ['milestone', 100, '%', '2023-02-28'],
      ['at_least', 8, '層', '2023-12-31'],
    ]);
    // 年內完成: the year, the plan's end (no date of its own, no milestone).
    expect(got[3]?.targets).toEqual([
      ['at_least', 4, '個', undefined],
      ['at_least', 30, '個', undefined],
    ]);
  });

  it('a unit name is joined across two cells only when the second is no full name of its own (省下达 目标值 / 市生态环境局 stay apart)', () => {
    const table = ['序号 |', '指标名称 |', '单位 |', '2025年 |', '牵头单位 |', '1 |', '空气质量优良天数比例 |', '% |', '省下达 目标值 |', '市生态环境局 |', '2 |', '地表水质量达到或好于Ⅲ类水体比例 |', '% |', '97.3 |', '市生态环境局 |'].join('\n');
    expect(importedItems(['2025年目标任务', table].join('\n')).map((i) => i.departments)).toEqual([['市生态环境局'], ['市生态环境局']]);
  });
});

describe('projects described by their budget (nanzhang-2023)', () => {
  it('a project\'s 总投资 (total budget) describes it, it is no target to reach (was: at_least 120 万元); a count to reach beside it stays', () => {
    const scan = (t: string) => findTargets(stext(t, 1), { year: 2023, start: '2023-01-01', end: '2023-12-31', fallbackMetric: '本项工作' }).targets.map((x) => [x.kind, x.target, x.unit]);
    expect(scan('中药材种植产业园项目:该项目位于我镇东王内村,总投资120万元,占地500余亩,目前正在进行土地流转。')).toEqual([]);
    expect(scan('南李末村蔬菜保鲜库项目:该项目总投资预计300万元,新建冷库2座。')).toEqual([['at_least', 2, '座']]);
  });
});

describe('a 镇 work plan titled only in its pipe metadata, projects with dated steps (nanzhang-2023)', () => {
  const page = [
    '字体大小:【大】 【中】 【小】',
    '| 索引号:000014349/2022-83299 | |',
    '| 发文字号: | 发文时间:2023-01-05 |',
    '| 发文机关:南漳镇人民政府 | 主题词:工作计划 |',
    '| 标题:南漳镇人民政府2023年工作计划 | |',
    '| 主题分类:综合政务 | 发布日期:2023-01-05 |',
    '一是扎实推进产业强镇。乡村振兴,产业先行。2023年,镇党委政府共谋划农业项目5个:',
    '(一)中药材种植产业园项目:该项目位于我镇东王内村,总投资120万元,占地500余亩,目前正在进行土地流转,预计2022年12月开工建设,2023年5月竣工。',
    '(三)高标准大棚园区项目:该项目位于我镇东常村,总投资500万元,占地120亩,预计2023年1月开工建设。',
    '(四)酒村净菜加工项目:该项目占地10亩,预计投资1000余万元。绿色蔬菜直接由田间地头到百姓餐桌,预计2022年12月开工建设。',
  ].join('\n');

  it('metadata cells holding label and value ("| 标题:南漳镇人民政府2023年工作计划 | |") are the metadata block: the title is 标题\'s value (was: every cell joined into the title)', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('南漳镇人民政府2023年工作计划');
    expect(r.plan.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(r.warnings.map((w) => w.line).filter((l) => l >= 2 && l <= 6)).toEqual([]);
  });

  it('a step dated by its month (2023年5月竣工, 2023年1月开工建设) is a milestone due at the month\'s end; one before the period (2022年12月开工建设) is none (was: no targets)', () => {
    expect(importedItems(page).map((i) => [i.id, i.targets])).toEqual([
      ['一', [['milestone', 100, '%', '2023-05-31']]],
      ['三', [['milestone', 100, '%', '2023-01-31']]],
      ['四', []],
    ]);
  });
});

describe('a 水利局 second-half plan in Traditional characters, (一) holding items, (二) a task with prose (water-bureau-2024)', () => {
  const page = [
    '水利局2024年上半年工作情況匯報和下半年工作計畫',
    '',
    '三、XX年下半年工作計畫',
    '',
    '(一)繼續夯實我市的水利基礎設施',
    '',
    '1.續建蟠龍抽水站灌區節水改造工程、義麗水庫除險加固工程;',
    '',
    '2.計畫投資1300萬元,建設分水水庫除險加固工程;',
    '',
    '(二)抓好民生工程,完成41項農村飲水安全項目',
    '',
    '41項農村飲水安全工程總投資1903.88萬元,其中中央預算內資金1436萬元,地方配套467.88萬元,受益人口3.59萬人。工程於XX年5月30日開工建設,目前已完成投資85萬元,計畫於9月底前全部完成。',
  ].join('\n');

  it('a clause opening on the money planned to invest (計畫投資1300萬元, 投资5000万元) is a sum to reach; 總投資 and 已完成投資 are not (was: no target)', () => {
    expect(importedItems(page).find((i) => i.id === '2')?.targets).toEqual([['at_least', 1300, '萬元', undefined]]);
  });

  it('a sub-section with prose and no numbered items whose heading holds a target is an item of its own; 計畫於9月底前全部完成 dates the count named before it, no milestone of its own (was: the prose unplaced)', () => {
    const r = importPlan(page);
    expect(importedItems(page).map((i) => i.id)).toEqual(['1', '2', '二']);
    expect(importedItems(page).find((i) => i.id === '二')?.targets).toEqual([['at_least', 41, '項', '2024-09-30']]);
    expect(r.warnings.filter((w) => w.line === 13)).toEqual([]);
    expect(schemaErrors(r.plan)).toEqual([]);
    // Prose under a sub-section that frames the plan (指導思想) and holds no target stays a paragraph the clerk is
    // told about; under one naming work (抓好民生工程,做好農村飲水安全工作) it is an item, target or not (yantai-school-2024).
    const plain = page.replace('完成41項農村飲水安全項目', '做好農村飲水安全工作').replace(/41項[^\n]*$/, '工程進展順利,群眾普遍滿意。');
    expect(importedItems(plain).map((i) => [i.id, i.targets])).toEqual([['1', []], ['2', [['at_least', 1300, '萬元', undefined]]], ['二', []]]);
    const framing = plain.replace('抓好民生工程,做好農村飲水安全工作', '指導思想');
    expect(importedItems(framing).map((i) => i.id)).toEqual(['1', '2']);
    expect(importPlan(framing).warnings.filter((w) => w.line === 13).map((w) => w.code)).toEqual(['imp_unplaced']);
  });

  it('全部完成 by a date with nothing counted before it stays a milestone', () => {
    expect(importedItems('2024年工作要点\n1.推进防洪整治工程建设,计划于9月底前全部完成。')[0]?.targets).toEqual([['milestone', 100, '%', '2024-09-30']]);
  });
});

describe('the organization: a body named before the year, the notice issuer or its signature — not what the plan is about', () => {
  const plan = (name: string, year?: number) => importPlan(readFixture(`real/${name}.txt`), year === undefined ? {} : { year }).plan;

  it('takes the signature when the words before the year name no body (健康中国行动, 青岛市深化…发展, 乡镇)', () => {
    expect(plan('qingdao-2023').organization).toBe('青島市人民政府辦公廳');
    expect(plan('healthy-china-2023').organization).toBe('健康中国行动推进办');
    // (No signature that can be told from the text, no issuer: none rather than a wrong one.)
    expect(plan('healthchina-2022').organization).toBeUndefined();
    expect(plan('township-2023').organization).toBeUndefined();
  });

  it('lists co-issuers named side by side before 关于 with 、 (chengdu-2024), and keeps a body before the year', () => {
    expect(plan('chengdu-2024', 2024).organization).toBe('成都市发展和改革委员会、中共成都市委社会工作部、成都市规划和自然资源局、成都市住房和城乡建设局');
    expect(importPlan(['立山区总工会2026年工作要点', '1.开展职工技能竞赛10场。'].join('\n')).plan.organization).toBe('立山区总工会');
  });

  it('keeps a metadata line holding the 文号 apart from the notice title under it (jiaxing-2022)', () => {
    const r = plan('jiaxing-2022');
    expect(r.organization).toBe('嘉兴市人民政府办公室');
    expect(r.bulletin?.basis).toBe('《嘉兴市人民政府办公室关于印发〈2022年政府工作报告重点工作责任分解〉的通知》（嘉政办发〔2022〕23号）');
  });
});
