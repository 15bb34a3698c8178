// The rules the thirtieth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importedItems } from './helpers.js';

describe('a bilingual page: the translation under each paragraph (wuhu-bilingual-2024)', () => {
  const page = [
    '2024年政府工作报告(四)',
    '三、2024年政府工作任务',
    'III. Major Tasks for 2024',
    '(一)大力推进现代化产业体系建设,加快发展新质生产力。充分发挥创新主导作用,以科技创新推动产业创新,加快推进新型工业化。',
    '1. Striving to modernize the industrial system and developing new quality productive forces at a faster pace',
    'We should give full rein to the leading role of innovation, spur industrial innovation by making innovations in science and technology.',
    '推动产业链供应链优化升级。保持工业经济平稳运行。实施制造业重点产业链高质量发展行动。',
  ].join('\n');

  it('1. Striving to modernize… translates (一): no item of its own, the plan numbered by (一) (was: item 1)', () => {
    expect(importedItems(page, 2024).map((i) => i.id)).toEqual(['一']);
  });

  it('a 1. line in Chinese, a Latin name in it or not, stays an item', () => {
    expect(importedItems(['2024年工作要点', '一、主要任务', '1. PPP项目规范管理。', '2. 推进 5G 基站建设。'].join('\n'), 2024).map((i) => i.id)).toEqual(['1', '2']);
  });
});
