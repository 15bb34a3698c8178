// The rules the fourteenth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importedItems } from './helpers.js';

describe('batch 14, fixerd: stocks held and planting expanded (luan-agri-2023)', () => {
  const plan = [
    '六安市农业农村局2023年农业农村工作要点',
    '一、紧抓粮食等重要农产品生产。统筹油菜综合性扶持措施,以开发利用冬闲田为重点扩种油菜16万亩。落实生猪产能分级调控责任,能繁母猪正常保有量稳定在8.8万头左右,规模猪场(户)保有量666个。',
  ].join('\n');

  it('扩种油菜16万亩 is a count to reach (扩种 a task verb); 保有量666个 a stock to hold, as 稳定在 says', () => {
    expect(importedItems(plan)[0]?.targets).toEqual([
      ['at_least', 160000, '亩', undefined],
      ['level', 88000, '头', undefined],
      ['level', 666, '个', undefined],
    ]);
  });

  it('a stock with 以上 is a least to reach', () => {
    const more = `${plan.split('\n')[0]}\n一、稳定生猪生产。规模猪场保有量600个以上,能繁母猪存栏量保持稳定。`;
    expect(importedItems(more)[0]?.targets).toEqual([['at_least', 600, '个', undefined]]);
  });
});
