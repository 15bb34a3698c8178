// A Taiwanese KPI table (施政目標衡量指標) flattened by a web page to one cell per line: the real
// page (tests/fixtures/import/real/taichung-2014.txt). The scoring scale under a KPI judged by
// 完成工作項目 is its grading, not items; the year is the ROC year of the target column.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { FIXTURES } from './helpers.js';

const text = readFileSync(join(FIXTURES, 'real', 'taichung-2014.txt'), 'utf8');

describe('a flattened KPI table', () => {
  const { plan, warnings } = importPlan(text);
  const items = plan.sections.flatMap((s) => s.items);

  it('takes the title from the lines above the table and 103年 as 2014', () => {
    expect(plan.title).toBe('台中市經發局施政目標衡量指標');
    expect(plan.period).toEqual({ start: '2014-01-01', end: '2014-12-31' });
    // The header that gave the year is not reported as a line left out.
    expect(warnings.filter((w) => w.code === 'imp_beforeFirst')).toEqual([]);
  });

  it('makes one item per KPI under its 策略績效目標, none of the scoring-scale steps', () => {
    expect(plan.sections.map((s) => s.title)).toEqual([
      '輔導服務業發展,打造觀光、休閒、娛樂、文化城(25%)',
      '建立中部核心科技園區,輔導傳統產業轉型(10%)',
      '營造發展利基,建立現代化與電子化的營運中心(25%)',
    ]);
    expect(items.map((i) => i.title)).not.toContain('完成工程招標50%');
    expect(items.some((i) => /^(完成|第一期|工程完工)/.test(i.title))).toBe(false);
    const flowers = items.find((i) => i.title.startsWith('規劃建設亞太花卉拍賣中心'));
    // The scale is folded into the KPI's text, and its steps (進度達50%) are not targets.
    expect(flowers?.text).toContain('4.第一期工程開工(70%)');
    expect(flowers?.targets?.map((t) => [t.kind, t.target, t.unit])).toEqual([['at_least', 70, '%']]);
  });

  it('reads the target value column, not the weights in brackets', () => {
    const market = items.find((i) => i.title.startsWith('辦理市場變更或出租'));
    expect(market?.targets?.map((t) => [t.kind, t.target, t.unit])).toEqual([['at_least', 2, '場']]);
    expect(items.flatMap((i) => i.targets ?? []).some((t) => t.target === 6 && t.unit === '%')).toBe(false);
  });
});
