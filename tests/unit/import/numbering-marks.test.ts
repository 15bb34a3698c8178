// Numbering written with marks that stand for the usual ones: keycap numerals (1️⃣ 2️⃣, a phone's way of writing 1. 2.),
// ❶❷ / ➀➁ / ⓵⓶ (①②), ⒈⒉ (1. 2.), ㈠㈡ ((一)(二)); ⑴⑵ were read as (1)(2) already. Each reads as the numbering it stands for.
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems } from './helpers.js';

describe('keycap numerals, 1️⃣ 2️⃣ 3️⃣, are items as 1. 2. 3. are (a county page of 2024’s goals, 沧源)', () => {
  const page = [
    '沧源县2024年工作要点',
    '🎯展望2024年,我们将紧紧围绕以下目标开展工作:',
    '1️⃣ 经济高质量发展,着力打造“一核两翼三带”发展格局,推动产业结构优化升级,培育壮大新兴产业。',
    '2️⃣ 基础设施建设再提速,加快交通、水利、能源等基础设施建设,提升城市品质和承载能力。',
    '3️⃣ 生态文明建设持续推进,加强生态环境保护,推动绿色发展,实现人与自然和谐共生。',
    '4️⃣ 民生福祉持续改善,加大民生投入,提高公共服务水平,让人民群众共享发展成果。',
  ].join('\n');

  it('four items 1–4 (was: no numbered items found)', () => {
    expect(importPlan(page, { year: 2024 }).plan.sections.flatMap((s) => s.items).map((i) => [i.id, i.title])).toEqual([
      ['1', '经济高质量发展'],
      ['2', '基础设施建设再提速'],
      ['3', '生态文明建设持续推进'],
      ['4', '民生福祉持续改善'],
    ]);
  });
});

describe('❶❷, ⒈⒉ and ㈠㈡ read as ①②, 1.2. and (一)(二) (chuxiong-livelihood-2021’s lines, their marks so written)', () => {
  const steps = ['以就业促增收,增加城镇居民工资性收入。', '以创业促发展,增加城镇居民经营性收入。'];

  it('㈠ over ⒈: the plan reads as it does under (一) and 1.', () => {
    const written = (sub: string, item: string) =>
      ['楚雄州2021年民生实事', '一、工作任务', `${sub}实施8项民生工程`, `${item}城乡居民增收工程`, '(1)增加城镇居民收入', `①${steps[0]}`, `②${steps[1]}`].join('\n');
    const usual = importedItems(written('(一)', '1.'), 2021);
    expect(usual.map((i) => i.id)).toEqual(['1-1-1', '1-1-2']);
    expect(importedItems(written('㈠', '⒈'), 2021)).toEqual(usual);
  });

  it('❶ ❷ the only numbering are the items, as ① ② are (was: no numbered items found)', () => {
    const written = (one: string, two: string) => ['楚雄州2021年民生实事', `${one}${steps[0]}`, `${two}${steps[1]}`].join('\n');
    const usual = importedItems(written('①', '②'), 2021);
    expect(usual.map((i) => i.id)).toEqual(['1', '2']);
    expect(importedItems(written('❶', '❷'), 2021)).toEqual(usual);
  });
});
