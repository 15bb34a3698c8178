import { en } from './en.js';
import { zh } from './zh.js';

export type Lang = 'zh' | 'en';
export type MessageKey = keyof typeof en;
export type Params = Record<string, string | number>;

const catalogues: Record<Lang, Record<MessageKey, string>> = { en, zh };

/** Fills `{name}` placeholders from params. */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = catalogues[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** --lang, else PLAN_LANG, else LC_ALL / LANG: zh* is Chinese, anything else English. */
export function pickLang(option: string | undefined, env: Record<string, string | undefined>): Lang {
  const raw = option ?? env.PLAN_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return raw.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export const catalogueFor = (lang: Lang): Readonly<Record<MessageKey, string>> => catalogues[lang];
