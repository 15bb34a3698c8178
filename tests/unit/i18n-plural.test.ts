import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';

describe('plurals in messages', () => {
  it('English picks one or many by the number; Chinese has one form', () => {
    expect(t('en', 'sh_wrote', { file: '法律工作部.xlsx', n: 1 })).toBe('wrote 法律工作部.xlsx (1 row)');
    expect(t('en', 'sh_wrote', { file: '法律工作部.xlsx', n: 7 })).toBe('wrote 法律工作部.xlsx (7 rows)');
    expect(t('en', 'sh_wrote', { file: '法律工作部.xlsx', n: 0 })).toBe('wrote 法律工作部.xlsx (0 rows)');
    expect(t('en', 'listSummary', { items: 1, targets: 2 })).toBe('1 item, 2 targets');
    expect(t('en', 'sh_refused', { problems: t('en', 'nProblems', { n: 1 }) })).toMatch(/^nothing was recorded: 1 problem;/);
    expect(t('zh', 'nProblems', { n: 1 })).toBe('1 个问题');
  });

  it('a missing parameter stays visible instead of guessing a form', () => {
    expect(t('en', 'listSummary', { targets: 1 })).toBe('{items} {items|item|items}, 1 target');
  });
});
