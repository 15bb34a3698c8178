// The rules the sixteenth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems, readFixture } from './helpers.js';

describe('a poster’s blocks numbered 01, 02, … alone on their lines (jinfeng-2025)', () => {
  const poster = readFixture('real/jinfeng-2025.txt');

  it('reads the blocks as items 1–8 (was: no numbered items)', () => {
    expect(importedItems(poster).map((i) => i.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('opens the list after a line that ends no sentence: no viewer pads a page number with a zero', () => {
    const lines = ['金凤区2025年民生实事', '每一件都和市民生活息息相关', '01', '交通畅行“顺心”实事', '新增公共停车位800个。', '02', '幸福宜居“舒心”实事', '改造老旧小区20个。'];
    expect(importedItems(lines.join('\n')).map((i) => i.id)).toEqual(['1', '2']);
  });
});

describe('a bulleted point (▶, ●, ◆) opens a clause of its own (jinfeng-2025)', () => {
  const block = ['金凤区2025年民生实事', '1.幸福宜居 “舒心”实事', '▶改造老旧小区20个。', '▶建成保障性租赁住房352套。', '2.休闲健身 “悦心”实事', '▶新建小微公园2个。'];

  it('the block’s heading names the item, not run into its first point', () => {
    const items = importPlan(block.join('\n')).plan.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.title)).toEqual(['幸福宜居“舒心”实事', '休闲健身“悦心”实事']);
  });

  it('the bullet is no part of what is counted', () => {
    const items = importPlan(block.join('\n')).plan.sections.flatMap((s) => s.items);
    expect(items[0]?.targets?.map((t) => t.metric)).toEqual(['老旧小区', '保障性租赁住房']);
  });
});

describe('counts of things upgraded, repaired and lent (jinfeng-2025)', () => {
  const item = (line: string) => importedItems(`金凤区2025年民生实事\n1.${line}`)[0]?.targets;

  it('对辖区80条…进行维修更换: the count the repair is done to', () => {
    expect(item('对辖区80条背街小巷破损路面、井盖、道牙、树框进行维修更换。')).toEqual([['at_least', 80, '条', undefined]]);
  });

  it('提档升级7个…, 提升12所A、B…: upgrading that many, what is upgraded a list of kinds', () => {
    expect(item('提档升级7个小区健身场地设施。')).toEqual([['at_least', 7, '个', undefined]]);
    expect(item('提升12所中小学、幼儿园基础设施。')).toEqual([['at_least', 12, '所', undefined]]);
  });

  it('发放创业担保贷款1500万元: money a loan scheme lends, as a subsidy’s sum, is no target; the count after it is', () => {
    expect(item('发放创业担保贷款1500万元,培育创业实体500个。')).toEqual([['at_least', 500, '个', undefined]]);
  });
});
