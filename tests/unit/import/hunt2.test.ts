// Failure classes found by the second failure hunt (hunt2): real published pages the importer had never met —
// 人大/政协 plans, 为民办实事 lists and news reports, a 开发区's targets, a campaign's time table — each class
// tested on the real lines it came from (tests/fixtures/import/real/).
import { describe, expect, it } from 'vitest';
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
