import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError, importPlan } from '../../../src/core/import/index.js';
import { schemaErrors } from './helpers.js';

/** importPlan either returns a schema-valid plan with in-range warning lines, or throws ImportError. */
function check(text: string, year?: number): void {
  let result;
  try {
    result = importPlan(text, year === undefined ? {} : { year });
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return;
  }
  expect(schemaErrors(result.plan)).toEqual([]);
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const w of result.warnings) {
    expect(w.line).toBeGreaterThanOrEqual(1);
    expect(w.line).toBeLessThanOrEqual(lines);
  }
}

// Pieces of real plans and of the pages around them, to reach the code past "no items".
const FRAGMENTS = [
  'xx局2026年工作要点',
  'xx市总工会20xx年工作要点',
  '一、强化服务',
  '十二、加强党建',
  '（一）优化营商环境',
  '1.推进工作。',
  '2、落实责任',
  '８．',
  '8.',
  '28',
  '2024-04',
  '(3)子任务；',
  '①完成招标；',
  '牵头单位：区发改局',
  '责任单位：办公室、综合科',
  '（市财政局牵头，各区政府负责）',
  '(责任单位:办公室)',
  '完成时限：2026年6月底前',
  '微信公众号年发布信息不少于 700 条，',
  '动态保持在80%以上',
  '控制在5.5%以内',
  '实现全覆盖',
  '职工25人以上的企业',
  '6月31日前',
  '2027年底前完成',
  '序号\t工作任务\t牵头单位\t完成时限',
  '1\t推进改造\t城建办\t2026年10月底前',
  '2    推进    党政办',
  '推荐访问：工作要点',
  '1幼儿园中班六一活动方案',
  '温暖的阳光...',
  '上一篇：通知',
  '办公室、宣传教育部',
  '“二十条”',
  '',
];

const fragmentDoc = fc
  .tuple(
    fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }), {
      maxLength: 40,
    }),
    fc.constantFrom('\n', '\r\n', ''),
    fc.boolean(),
  )
  .map(([parts, eol, bom]) => (bom ? '\uFEFF' : '') + parts.join(eol === '' ? '\n' : eol));

describe('importPlan on arbitrary input', () => {
  it('random unicode strings: a plan or an ImportError, nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => check(s)),
      { numRuns: 60 },
    );
  });

  it('random grapheme strings with a year option', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => check(s, 2026)),
      { numRuns: 40 },
    );
  });

  it('documents assembled from plan fragments and noise: valid plans or ImportError', () => {
    fc.assert(
      fc.property(fragmentDoc, fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined, freq: 4 }), (doc, year) => check(doc, year)),
      { numRuns: 100 },
    );
  });

  it('huge lines and many lines stay bounded', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('1.推进', '一、', '不少于', '(', '责任单位:', 'a', '、', '9'),
        fc.integer({ min: 20_000, max: 60_000 }),
        (piece, n) => {
          check(`xx局2026年工作要点\n1.${piece.repeat(n)}`);
          check(`${'1.推进工作。\n'.repeat(Math.floor(n / 20))}`, 2026);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('repetitive documents (a quadratic step would time out here)', () => {
    const pieces = ['1个', '达1', '6月底前完成1个,', '事故零发生,', '实现全覆盖,', '不少于三十场,', '(', '“', '办公室、', '继续推进工作。\n', '工作，\n'];
    for (const piece of pieces) check(`xx局2026年工作要点\n1.推进${piece.repeat(10_000)}`);
    check(Array.from({ length: 2000 }, (_, i) => `一、标题${i}\n（一）子\n1.内容。`).join('\n'), 2026);
  });

  it('edge cases', () => {
    for (const s of ['', '\uFEFF', '\r\n', '1.', '一、', '（一）', '8.\n', '\u0000', 'xx局2026年工作要点', '1.(责任单位:)', '1.\t\t\t']) check(s);
  });
});
