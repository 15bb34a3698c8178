// Failure classes found by the fifth failure hunt (hunt5): real published 区/县/市 政府工作报告 分解 pages and
// 部门 年度工作要点 from sites and provinces the corpus had not met, keyed before the importer ran on them; each class
// tested on the real lines it came from (tests/fixtures/import/real/).
import { describe, expect, it } from 'vitest';
import { importedItems, readFixture } from './helpers.js';

describe('hunt5: a figure with no measure word capped by 以内, its comparator lost in a PDF\'s text (tongxiang-emergency-2024)', () => {
  const page = readFixture('real/tongxiang-emergency-2024.txt');

  it('…死 / 双下亿GDP / 0.0088 以内, is a cap of 0.0088, no unit, as the text gives none (was: dropped)', () => {
    const items = importedItems(page);
    expect(items[0]?.id).toBe('一');
    expect(items[0]?.targets[0]).toEqual(['at_most', 0.0088, undefined, undefined]);
    expect(items[0]?.targets).toContainEqual(['at_most', 1, '%', undefined]);
  });

  it('控制在N以内 still caps as before; a bare figure with 以内 that goes on into what it qualifies is no target', () => {
    const plan = ['某局2024年工作要点', '一、主要目标', '亿元GDP生产安全事故死亡率控制在0.02以内。', '二、重点工作', '对排名10以内的企业开展帮扶。'].join('\n');
    const items = importedItems(plan);
    expect(items.find((i) => i.id === '一')?.targets).toEqual([['at_most', 0.02, undefined, undefined]]);
    expect(items.find((i) => i.id === '二')?.targets).toEqual([]);
  });
});
