import { describe, expect, it } from 'vitest';
import { parseFailOn, parseStatus } from './filter.js';
import { COLUMNS } from './sheet.js';
import { STATUSES } from './status.js';
import { SHEET_HEADERS, STATUS_WORDS } from './vocabulary.js';

describe('input vocabulary', () => {
  it.each(STATUSES)('%s is accepted by its key and by its word in either language', (s) => {
    expect(parseStatus(s)).toBe(s);
    expect(parseStatus(STATUS_WORDS[s].zh)).toBe(s);
    expect(parseStatus(STATUS_WORDS[s].en)).toBe(s);
    expect(parseStatus(` ${STATUS_WORDS[s].en.toUpperCase().replace(' ', '-')} `)).toBe(s);
  });

  it('refuses other words, and --fail-on takes only lagging statuses', () => {
    expect(() => parseStatus('落后')).toThrow();
    expect(parseFailOn('滞后')).toBe('behind');
    expect(parseFailOn('at risk')).toBe('at_risk');
    expect(() => parseFailOn('正常')).toThrow();
  });

  it('every sheet column has one header per language, and no two columns share one', () => {
    for (const lang of ['zh', 'en'] as const) {
      const headers = COLUMNS.map((c) => SHEET_HEADERS[c][lang]);
      expect(new Set(headers).size).toBe(COLUMNS.length);
      expect(headers.every((h) => h.trim() === h && h.length > 0)).toBe(true);
    }
  });
});
