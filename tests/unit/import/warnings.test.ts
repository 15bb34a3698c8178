// What plan import warns about, read as a clerk reads it over the real corpus (issue 17, point 6): each warning
// says what, where and what to do, once. A plan that names no unit anywhere got one warning per item (19 lines
// for chongming-2025), a news lead's paragraphs one each (6 for hospital-2024), a review's paragraphs twice (its
// part and each line again), and the year's source quoted cut mid-word (略研究手机版召开2024年工作会议,总结医).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { ROOT } from '../../helpers.js';

const real = (name: string) => importPlan(readFileSync(join(ROOT, 'tests/fixtures/import/real', `${name}.txt`), 'utf8'));
const codes = (r: ReturnType<typeof importPlan>) => r.warnings.map((w) => [w.line, w.to, w.code, w.params.n]);

describe('plan import says once what is true of the whole plan', () => {
  it('a plan naming no unit anywhere: one warning with the count, at the first item (not 19 lines)', () => {
    const r = real('chongming-2025');
    expect(r.summary.units).toBe(0);
    expect(r.warnings.filter((w) => w.code === 'imp_noUnits')).toEqual([]);
    expect(r.warnings.filter((w) => w.code === 'imp_noUnitsAll')).toEqual([{ line: 23, code: 'imp_noUnitsAll', params: { n: 19 } }]);
  });

  it('a plan that names units: each item without one is still named, where it stands', () => {
    const r = real('longwan-2023');
    expect(r.summary.units).toBeGreaterThan(0);
    expect(r.warnings.filter((w) => w.code.startsWith('imp_noUnits')).map((w) => [w.line, w.code, w.item])).toEqual([[93, 'imp_noUnits', '10']]);
  });

  it('paragraphs before the first item one after another (blank lines between): one warning naming their lines and how many', () => {
    expect(codes(real('hospital-2024')).slice(0, 2)).toEqual([
      [1, 6, 'imp_beforeFirstMany', 6],
      [7, undefined, 'imp_noUnitsAll', 7],
    ]);
    // RSS (line 1) and the lead (line 11) are apart from lines 7 and 9 (a title line between): three warnings.
    expect(codes(real('nanchang-ms-2020')).filter((w) => String(w[2]).startsWith('imp_beforeFirst'))).toEqual([
      [1, undefined, 'imp_beforeFirst', undefined],
      [7, 9, 'imp_beforeFirstMany', 2],
      [11, undefined, 'imp_beforeFirst', undefined],
    ]);
  });

  it('a part left out as a review is named once, its paragraphs not again as "not part of any item"', () => {
    expect(codes(real('ai-summary-2024'))).toEqual([
      [1, undefined, 'imp_beforeFirst', undefined],
      [3, 11, 'imp_reviewPart', undefined],
      [12, undefined, 'imp_noUnitsAll', 4],
    ]);
  });

  it('quotes the clause it took the year from, not eight characters either side cut mid-word', () => {
    expect(real('hospital-2024').hints.find((h) => h.code === 'imp_yearFromLead')?.params.text).toBe('华人策略研究手机版召开2024年工作会议');
    expect(real('zhongshan-union-2026').hints.find((h) => h.code === 'imp_yearFromLead')?.params.text).toBe('…屆委員會第二次全體(擴大)會議暨2025年工作總結會在市工人文化宮召開');
  });
});
