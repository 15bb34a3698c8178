import { en } from './en.js';
import { zh } from './zh.js';

export type Lang = 'zh' | 'en';
export type MessageKey = keyof typeof en;
export type Params = Record<string, string | number>;

const catalogues: Record<Lang, Record<MessageKey, string>> = { en, zh };

/**
 * Fills `{name}` placeholders from params, and `{name|one|many}` with `one` when the param is 1,
 * else `many` (English plurals: `{n} {n|row|rows}`).
 */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = catalogues[lang][key];
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, many?: string) => {
    if (!(name in params)) return whole;
    if (one === undefined) return String(params[name]);
    return Number(params[name]) === 1 ? one : many!;
  });
}

/** --lang, else PLAN_LANG, else LC_ALL / LANG: zh* is Chinese, anything else English. */
export function pickLang(option: string | undefined, env: Record<string, string | undefined>): Lang {
  const raw = option ?? env.PLAN_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return raw.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * The language the user or the environment names: --lang, else PLAN_LANG, else a LC_ALL/LANG
 * naming a language; undefined when none is set (or the locale is just C/POSIX).
 */
export function namedLang(option: string | undefined, env: Record<string, string | undefined>): Lang | undefined {
  const locale = env.LC_ALL || env.LANG || '';
  const chosen = option ?? (env.PLAN_LANG || undefined) ?? (/^(c|posix)([._@].*)?$/i.test(locale) || locale === '' ? undefined : locale);
  if (chosen === undefined) return undefined;
  return chosen.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export const catalogueFor = (lang: Lang): Readonly<Record<MessageKey, string>> => catalogues[lang];
