// Failure classes found by the second failure hunt (hunt2): real published pages the importer had never met —
// 人大/政协 plans, 为民办实事 lists and news reports, a 开发区's targets, a campaign's time table — each class
// tested on the real lines it came from (tests/fixtures/import/real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems, readFixture, refusal } from './helpers.js';

describe('hunt2: 提升 after a work done to things, before how much of them (wangyi-ms-2022)', () => {
  const page = readFixture('real/wangyi-ms-2022.txt');

  it('完成改造提升1.3万平方米 and 城市道路改造提升3公里 are the extent of the works, counts to reach (was: relative changes, not imported)', () => {
    const items = importedItems(page);
    expect(items[0]?.targets).toEqual([
      ['at_least', 3, '公里', undefined],
      ['at_least', 13000, '平方米', undefined],
    ]);
    expect(items[1]?.targets).toContainEqual(['at_least', 3, '公里', undefined]);
  });

  it('提升 after what is measured stays a rise; 绿化提升 before an area is a work too', () => {
    const plan = ['某区2022年惠民工程', '1.增收工程。城镇居民人均可支配收入提升1000元。', '2.绿化工程。完成绿化提升2万平方米。'].join('\n');
    const items = importedItems(plan);
    expect(items[0]?.targets).toEqual([]);
    expect(items[1]?.targets).toEqual([['at_least', 20000, '平方米', undefined]]);
  });
});

describe('hunt2: a report of the targets it drew up, 制定了《…2011年度…目标》, after another body\'s 文号 it acts on (xinxiang-zone-2011)', () => {
  const page = readFixture('real/xinxiang-zone-2011.txt');

  it('the title is the book it drew up and its year the plan\'s (was: 2010年工作要点, from 根据新竞办〔2010〕5号文件要求)', () => {
    const plan = importPlan(page).plan;
    expect([plan.title, plan.period.start, plan.period.end]).toEqual(['新乡经济开发区2011年度竞争激励机制目标', '2011-01-01', '2011-12-31']);
  });

  it('a 文号 the notice acts on is not its own; one standing alone still is', () => {
    const acted = ['某县文化局:', '按照县委办〔2023〕12号精神,我局制定了《某县2024年文化工作计划》。现将各项任务报告如下:', '一、重点任务', '1.新建农家书屋10个。'].join('\n');
    expect(importPlan(acted).plan.period.start).toBe('2024-01-01');
    const own = ['县文化局文件', '某文发〔2023〕12号', '一、重点任务', '1.新建农家书屋10个。'].join('\n');
    expect(importPlan(own).plan.period.start).toBe('2023-01-01');
  });

  it('the year\'s projects counted by stage, 续建项目7个 / 新开工项目24个 / 谋划项目5个, are counts to reach; each group\'s 总投资 is not', () => {
    const items = importedItems(page);
    expect(items.find((i) => i.id === '二-1')?.targets).toEqual([
      ['at_least', 7, '个', undefined],
      ['at_least', 24, '个', undefined],
      ['at_least', 5, '个', undefined],
    ]);
  });
});

describe('hunt2: counts the reader let pass — a court counted by 片, a verb 优化调整, a size between the count and the thing (district-sport-2024, linan-ms-2022, changan-ms-2022)', () => {
  it('市民运动球场8片 in a list of new facilities is a count, as 驿站2个 beside it (was: dropped)', () => {
    const items = importedItems(readFixture('real/district-sport-2024.txt'));
    expect(items[0]?.targets).toContainEqual(['at_least', 8, '片', undefined]);
  });

  it('优化调整公交线路20条 is a task done to twenty lines (was: no verb, no target)', () => {
    const items = importedItems(readFixture('real/linan-ms-2022.txt'));
    expect(items[2]?.targets).toEqual([
      ['at_least', 100, '公里', undefined],
      ['at_least', 3, '条', undefined],
      ['at_least', 20, '条', undefined],
    ]);
  });

  it('建设香积变等4座110千伏变电站: four substations, the voltage no number of its own (was: dropped)', () => {
    const items = importedItems(readFixture('real/changan-ms-2022.txt'));
    expect(items[5]?.targets).toEqual([
      ['at_least', 22, '个', undefined],
      ['at_least', 4, '座', undefined],
    ]);
    const plan = ['某区2024年惠民实事', '1.电网工程。新建2座110千伏变电站。', '2.电网工程。新建110千伏变电站2座。'].join('\n');
    expect(importedItems(plan).map((i) => i.targets)).toEqual([[['at_least', 2, '座', undefined]], [['at_least', 2, '座', undefined]]]);
  });
});

describe('hunt2: a section of a 人大 supervision plan that says in prose what the 常委会 will do, beside sections of numbered items (shm-npc-2023)', () => {
  const page = readFixture('real/shm-npc-2023.txt');

  it('二、“一年三问” / 三、专题询问 / 五、专题调研 are items of their own (was: left out as sections without items)', () => {
    expect(importedItems(page).map((i) => i.id)).toEqual([...Array.from({ length: 12 }, (_, i) => `一-一-${i + 1}`), '一-二-13', '二', '三', '四-1', '四-2', '五']);
  });

  it('a framing section in prose stays out, and a plan of prose sections alone is read as before', () => {
    const plan = ['某县人大常委会2024年监督工作计划', '一、总体要求', '组织常委会组成人员开展视察,推动工作落实。', '二、执法检查', '1.对《中华人民共和国道路交通安全法》实施情况开展执法检查。', '三、专题询问', '对全县农村饮水安全工作开展专题询问。'].join('\n');
    expect(importedItems(plan).map((i) => i.id)).toEqual(['二-1', '三']);
  });
});

describe('hunt2: the stages of a campaign\'s time table, each dated by its span (a 环保专项行动 方案, 2005)', () => {
  // The page's own lines (fymate.net's copy of the 方案, from (二) on).
  const page = [
    '某省2005年环保专项行动方案',
    '(二)自查摸底阶段(7月3日至7月15日)。各行署、市、县政府对辖区内重点污染问题和2003年以来重点工作落实情况进行深入检查,对群众举报问题进行认真梳理,确定市级挂牌督办名单,在此基础上确定省级挂牌督办名单。',
    '(四)抽查和重点检查阶段(9月1日至9月30日)。省环保专项行动领导小组将有计划地组织督查组到各地进行督查或暗查。对严重危害群众健康、影响社会稳定的典型环境违法案件,要公开处理一批相关责任人。',
    '(五)总结考核阶段(10月1日至11月10日)。各行署、市政府要认真总结环保行动取得的成效与不足,提出加强管理的长效措施。',
  ].join('\n');

  it('a stage with nothing else dated is done by its span\'s last day (was: no deadline)', () => {
    expect(importedItems(page).map((i) => i.targets)).toEqual([
      [['milestone', 100, '%', '2005-07-15']],
      [['milestone', 100, '%', '2005-09-30']],
      [['milestone', 100, '%', '2005-11-10']],
    ]);
  });

  it('a span in months or with its year is read too; a date range in an item\'s text is no stage', () => {
    const plan = ['某县2024年农村人居环境整治方案', '(一)集中整治阶段(2024年4月16日至8月31日)。各乡镇组织力量集中整治。', '(二)巩固提升阶段(10月—12月)。建立长效机制。', '(三)开展宣传。4月1日至4月30日开展宣传活动。'].join('\n');
    expect(importedItems(plan).map((i) => i.targets)).toEqual([[['milestone', 100, '%', '2024-08-31']], [['milestone', 100, '%', '2024-12-31']], []]);
  });
});

describe('hunt2: a count of projects, then ,即 and their names set off by 、, the last closing on 等 (chengxiang-ms-2021)', () => {
  const page = readFixture('real/chengxiang-ms-2021.txt');

  it('18个子项目,即A、B、…、R等。 is eighteen items (was: no numbered items)', () => {
    const items = importPlan(page).plan.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.id)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    expect(items[0]?.title).toBe('荔景小学新校区建设');
    expect(items[17]?.title).toBe('全民健身场地设施建设');
  });

  it('the count nearest the list is the one the names come to; names short of it number nothing', () => {
    const fewer = ['某区2024年民生实事', '最终确定2024年10件民生实事,即新建幼儿园、改造老旧小区、建设口袋公园等。'].join('\n');
    expect(refusal(fewer)).toEqual({ key: 'imp_noItems', params: {} });
  });
});

describe('hunt2: a news page listing the candidates run together in one paragraph, (1)…。(2)…。…(12)… (nanchang-ms-2020)', () => {
  const page = readFixture('real/nanchang-ms-2020.txt');

  it('each (N) after a sentence\'s end starts an item: twelve items (was: no numbered items)', () => {
    const items = importedItems(page);
    expect(items.map((i) => i.id)).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    expect(items[7]?.targets).toEqual([['at_least', 150, '个', undefined]]);
  });

  it('a clause opening on its count ends at 、 before the next count: 对18个老旧小区进行综合改造、229个老旧小区进行“微改造” (was: 229 only)', () => {
    expect(importedItems(page)[2]?.targets).toEqual([
      ['at_least', 18, '个', undefined],
      ['at_least', 229, '个', undefined],
    ]);
  });

  it('(1) inside a sentence, or fewer than three marks, cuts nothing', () => {
    const plan = ['某县2024年民生实事', '一、教育', '1.新建幼儿园2所,其中(1)城区1所,(2)乡镇1所。'].join('\n');
    expect(importedItems(plan).map((i) => i.id)).toEqual(['1']);
  });
});
