// What plan import warns about, read as a clerk reads it over the real corpus (issue 17, point 6): each warning
// says what, where and what to do, once. A plan that names no unit anywhere got one warning per item (19 lines
// for chongming-2025), a news lead's paragraphs one each (6 for hospital-2024), a review's paragraphs twice (its
// part and each line again), and the year's source quoted cut mid-word (略研究手机版召开2024年工作会议,总结医).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importNotes } from '../../../src/render/screens/import.js';
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
  });

  it('a page\'s furniture before the first item (分类, 标题 lines, the title between them imported): one warning naming each line', () => {
    const taobei = real('taobei-2021');
    expect(taobei.warnings.filter((w) => w.code.startsWith('imp_beforeFirst')).map((w) => [w.line, w.to, w.parts, w.code, w.params.n])).toEqual([
      [1, 11, [[1, 1], [3, 3], [6, 6], [11, 11]], 'imp_beforeFirstMany', 4],
      // After the notice's own lines, warned about apart: the lead paragraph, said on its own.
      [32, undefined, undefined, 'imp_beforeFirst', undefined],
    ]);
    expect(importNotes(taobei, 'zh')[1]).toBe('  第 1、3、6、11 行:未导入(第一项之前的 4 段文字,自"政府信息公开"起)');
    expect(importNotes(taobei, 'en')[1]).toBe('  lines 1, 3, 6, 11: not imported (4 paragraphs before the first item, from "政府信息公开")');
    // From a Word file or a page, the paragraphs (lines 1 and 3 one paragraph, 6 and 11 the next two).
    const paragraph: Record<number, number> = { 1: 1, 3: 1, 6: 2, 11: 3 };
    expect(importNotes(taobei, 'zh', (line) => ({ paragraph: paragraph[line] ?? 9 }))[1]).toMatch(/^ {2}第 1、2、3 段:/);
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

  it('a section left out for having no numbered items is one warning with the paragraphs under it, (一)/(二) and all', () => {
    const nested = importPlan(readFileSync(join(ROOT, 'tests/fixtures/import/nested.txt'), 'utf8'), { year: 2026 });
    expect(nested.warnings.filter((w) => w.code !== 'imp_beforeFirst').map((w) => [w.line, w.to, w.parts, w.code, w.params.title])).toEqual([
      [5, 7, undefined, 'imp_sectionEmpty', '总体要求'],
      // The heading and the paragraphs under its (一) and (二): the lines the fixture's key lists, 47, 50, 53.
      [47, 53, [[47, 47], [50, 50], [53, 53]], 'imp_sectionEmpty', '保障措施'],
    ]);
    expect(importNotes(nested, 'zh').filter((l) => l.includes('保障措施'))).toEqual(['  第 47、50、53 行:部分 三 "保障措施" 没有编号事项,未导入(如需跟踪请手工添加事项)']);
  });
});
