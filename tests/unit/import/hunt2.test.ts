// Failure classes found by the second failure hunt (hunt2): real published pages the importer had never met —
// 人大/政协 plans, 为民办实事 lists and news reports, a 开发区's targets, a campaign's time table — each class
// tested on the real lines it came from (tests/fixtures/import/real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems, readFixture } from './helpers.js';

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
