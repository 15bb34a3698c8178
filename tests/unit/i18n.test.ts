import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en as enCore, enApart, enHelp } from '../../src/i18n/en.js';
import { zh as zhCore, zhApart, zhHelp } from '../../src/i18n/zh.js';
import { pickLang, t, type MessageKey } from '../../src/i18n/index.js';
import { ROOT } from '../helpers.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Each catalogue whole: its messages, those of the commands bundled apart and the help's (literals of their own). */
const en = (): Record<MessageKey, string> => ({ ...enCore(), ...enApart(), ...enHelp() });
const zh = (): Record<MessageKey, string> => ({ ...zhCore(), ...zhApart(), ...zhHelp() });

describe('message catalogues', () => {
  it('the messages of the commands bundled apart are a literal of their own, a key in one of the two', () => {
    expect(Object.keys(enApart()).length).toBeGreaterThan(250);
    for (const k of Object.keys(enApart())) expect(Object.keys(enCore()), k).not.toContain(k);
    expect(Object.keys(zhApart()).sort()).toEqual(Object.keys(enApart()).sort());
    // t() finds both.
    expect(t('zh', 'importBadPeriod', { got: 'x' })).toBe(zhApart().importBadPeriod.replace('{got}', 'x'));
    expect(t('en', 'fileMissing', { file: 'x' })).toBe('cannot read x: no such file');
    // And the help's: every help_ key there, and only there.
    for (const k of Object.keys(enHelp())) expect(k.startsWith('help_'), k).toBe(true);
    for (const k of [...Object.keys(enCore()), ...Object.keys(enApart())]) expect(k.startsWith('help_'), k).toBe(false);
    expect(Object.keys(zhHelp()).sort()).toEqual(Object.keys(enHelp()).sort());
    expect(t('zh', 'help_dryRun')).toBe(zhHelp().help_dryRun);
  });

  it('zh and en have the same keys and the same placeholders', () => {
    expect(Object.keys(zh()).sort()).toEqual(Object.keys(en()).sort());
    for (const k of Object.keys(en()) as MessageKey[]) expect(placeholders(zh()[k]), k).toEqual(placeholders(en()[k]));
  });

  it('every key used in the code exists', () => {
    const used = new Set<string>();
    for (const file of sources(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(?:t\(\s*[\w.]+\s*,\s*|key:\s*|Error\(\s*|L\(\s*)'(\w+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(40);
    for (const k of used) expect(Object.keys(en()), `key ${k}`).toContain(k);
  });

  it('picks the language from --lang, PLAN_LANG, then LC_ALL/LANG', () => {
    expect(pickLang('en', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(pickLang(undefined, { PLAN_LANG: 'zh', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(pickLang(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh');
    // Nothing named: the plan's language; with no plan, Chinese.
    expect(pickLang(undefined, { LC_ALL: 'C', LANG: 'en_US.UTF-8' }, 'Work plan 2026')).toBe('en');
    expect(pickLang(undefined, { LC_ALL: 'C', LANG: 'en_US.UTF-8' }, '2026年工作要点')).toBe('zh');
    expect(pickLang(undefined, {})).toBe('zh');
    expect(t('zh', 'st_behind')).toBe('滞后');
    expect(t('en', 'unknownDeptHint', { name: '法律工作', hint: '法律工作部' })).toBe('unknown unit "法律工作"; did you mean 法律工作部?');
  });
});
