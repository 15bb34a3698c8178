import { describe, expect, it } from 'vitest';
import { findDeadlines, isDeadlineCell, makeDate, parseDeadlineValue } from '../../../src/core/import/deadlines.js';
import { toNorm } from '../../../src/core/import/text.js';
import { importMessage } from '../../../src/render/screens/import.js';

const due = (phrase: string): string | undefined => findDeadlines(toNorm(phrase), 2026)[0]?.date;

describe('deadline phrases', () => {
  it.each([
    ['2026年6月底前完成', '2026-06-30'],
    ['2026年2月底前', '2026-02-28'],
    ['2028年2月底前', '2028-02-29'],
    ['6月30日前', '2026-06-30'],
    ['9月底前建成', '2026-09-30'],
    ['3月末', '2026-03-31'],
    ['2026年9月30日前', '2026-09-30'],
    ['年底前', '2026-12-31'],
    ['年内', '2026-12-31'],
    ['2026年底前', '2026-12-31'],
    ['第二季度', '2026-06-30'],
    ['一季度末', '2026-03-31'],
    ['第三季度前', '2026-09-30'],
    ['前三季度', '2026-09-30'],
    ['上半年', '2026-06-30'],
    ['下半年', '2026-12-31'],
    ['2026年上半年', '2026-06-30'],
    ['６月底前', '2026-06-30'],
    ['2月上旬前', '2026-02-10'],
    ['2026年9月中旬', '2026-09-20'],
    ['11月下旬前', '2026-11-30'],
  ])('%s -> %s', (phrase, date) => {
    expect(due(phrase)).toBe(date);
  });

  it.each([['每季度通报一次'], ['每月底报送'], ['实行季度督查通报制度'], ['从2021年12月31日起'], ['3月24日召开会议']])('%s has no deadline', (phrase) => {
    expect(findDeadlines(toNorm(phrase), 2026).filter((h) => h.date)).toEqual([]);
  });

  it('reports impossible dates instead of inventing them', () => {
    const [hit] = findDeadlines('6月31日前', 2026);
    expect(hit?.date).toBeUndefined();
    expect(importMessage('en', hit!.problem!)).toMatch(/not a valid date/);
    expect(importMessage('en', makeDate(2026, 13, 'end').problem!)).toMatch(/month/);
  });
});

describe('完成时限 values', () => {
  it.each([
    ['2026年12月底前', '2026-12-31'],
    ['2026年10月', '2026-10-31'],
    ['6月', '2026-06-30'],
    ['2026.6.30', '2026-06-30'],
    ['2026-06', '2026-06-30'],
    ['第三季度', '2026-09-30'],
    ['2026年', '2026-12-31'],
  ])('%s -> %s', (value, date) => {
    expect(parseDeadlineValue(value, 2026)?.date).toBe(date);
  });

  it.each([['长期坚持'], ['全年'], ['持续推进'], ['常态化']])('%s is open-ended', (value) => {
    expect(parseDeadlineValue(value, 2026)).toBeUndefined();
    expect(isDeadlineCell(value)).toBe(true);
  });

  it('says when a date-like value cannot be read', () => {
    expect(importMessage('en', parseDeadlineValue('6月中下旬', 2026)!.problem!)).toMatch(/could not read/);
  });

  it('tells deadline cells from task cells', () => {
    expect(isDeadlineCell('2026年10月底前')).toBe(true);
    expect(isDeadlineCell('上半年完成12个社区智慧平台接入')).toBe(false);
    expect(isDeadlineCell('城建办')).toBe(false);
  });
});
