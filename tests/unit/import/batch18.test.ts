// Failure classes found by running the importer on real published pages it had never met (the hunt before the
// eighteenth batch), each tested on lines of the real text it came from, in its own block.
import { describe, expect, it } from 'vitest';
import { importedItems, readFixture, refusal } from './helpers.js';

describe('a counted list one to a line, none numbered (chongqing-ms-2025)', () => {
  const page = readFixture('real/chongqing-ms-2025.txt');

  it('the fifteen lines under "接续办好15件重点民生实事。具体包括:" are items 1–15 (was: no numbered items)', () => {
    expect(refusal(page)).toBeUndefined();
    const items = importedItems(page);
    expect(items.map((i) => i.id)).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
    expect(items[1]?.targets).toEqual([
      ['at_least', 100, '个', undefined],
      ['at_least', 10, '座', undefined],
    ]);
  });

  it('the line after the fifteenth (责任编辑) is no item, nor the lead paragraph', () => {
    const plan = ['2025年重庆将接续办好3件重点民生实事', '今年,重庆将接续办好3件重点民生实事。具体包括:', '新开工改造城镇老旧小区3011万平方米。', '建设100个口袋公园、10座体育公园。', '加装农村公路安全护栏4000公里。', '以上实事将按季度向社会公布进展情况。'].join('\n');
    expect(importedItems(plan).map((i) => i.id)).toEqual(['1', '2', '3']);
  });

  it('fewer lines than the sentence counts is no such list: still refused', () => {
    const plan = ['2025年重庆将接续办好15件重点民生实事', '接续办好15件重点民生实事。具体包括:', '新开工改造城镇老旧小区3011万平方米。', '建设100个口袋公园、10座体育公园。', '加装农村公路安全护栏4000公里。'].join('\n');
    expect(refusal(plan)).toMatchObject({ key: 'imp_noItems' });
  });
});

describe('counts after a task verb the list lacked, and the first of two counts joined by 和 (chongqing-ms-2025)', () => {
  const plan = (line: string) => `2025年重庆将接续办好15件重点民生实事\n1.${line}`;

  it('启动中心城区交通堵点乱点分类治理60处: 治理 a task verb, as 整治 is', () => {
    expect(importedItems(plan('启动中心城区交通堵点乱点分类治理60处。'))[0]?.targets).toEqual([['at_least', 60, '处', undefined]]);
  });

  it('实施165个农村饮水水源保障工程和25个城乡供水一体化工程: both counts', () => {
    expect(importedItems(plan('实施165个农村饮水水源保障工程和25个城乡供水一体化工程。'))[0]?.targets).toEqual([
      ['at_least', 165, '个', undefined],
      ['at_least', 25, '个', undefined],
    ]);
  });
});
