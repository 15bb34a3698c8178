import { en, enApart, enHelp } from './en.js';
import { zh, zhApart, zhHelp } from './zh.js';

export type Lang = 'zh' | 'en';
/** The keys of the messages every command may say, and of those only the commands bundled apart say. */
export type CoreKey = Exclude<keyof ReturnType<typeof en>, '__proto__'>;
export type ApartKey = Exclude<keyof ReturnType<typeof enApart>, '__proto__'>;
/** The descriptions of commands, options and arguments in `plan --help`, its headings and examples (help_…). */
export type HelpKey = Exclude<keyof ReturnType<typeof enHelp>, '__proto__'>;
export type MessageKey = CoreKey | ApartKey | HelpKey;
export type Params = Record<string, string | number>;

/**
 * Each catalogue is made the first time a run speaks its language (a run speaks one: see runLang
 * in cli.ts), so `plan status` on a Chinese plan makes no English catalogue and an English run no
 * Chinese one. The build's warm-up speaks Chinese, so only zh.ts's literal is in the code cache:
 * every start deserialised both catalogues' ≈ 1,300 strings, used or not (scripts/build.mjs).
 */
const catalogues: Record<Lang, () => Partial<Record<MessageKey, string>>> = { en, zh };
/**
 * The messages of the commands bundled apart (import, the bulletin, sheets, reminders, init: ≈ 290
 * of ≈ 720 keys) are a literal of their own in each catalogue, made when one is first said: the
 * warm-up that makes the code cache says none, so a run of the read commands no longer
 * deserialises their strings at every start.
 */
const apart: Record<Lang, () => Record<ApartKey, string>> = { en: enApart, zh: zhApart };
/** The help's (help_…: 160 keys) likewise, made when help is first written (descriptions are given as keys: CliApp.help). */
const helps: Record<Lang, () => Record<HelpKey, string>> = { en: enHelp, zh: zhHelp };

/**
 * Fills `{name}` placeholders from params, and `{name|one|many}` with `one` when the param is 1,
 * else `many` (English plurals: `{n} {n|row|rows}`).
 */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = key.startsWith('help_') ? helps[lang]()[key as HelpKey] : (catalogues[lang]()[key] ?? apart[lang]()[key as ApartKey]);
  if (!template.includes('{')) return template; // most messages have no placeholder
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, many?: string) => {
    if (!(name in params)) return whole;
    if (one === undefined) return String(params[name]);
    return Number(params[name]) === 1 ? one : many!;
  });
}

/** Han, kana, hangul: text written in Chinese (or a neighbour) rather than English. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]/;
/** Characters of one quoted value (a key, a name, an argument) a message shows before cutting it with …. */
export const MAX_QUOTED = 200;

/**
 * Params for an error or a problem message: a value longer than MAX_QUOTED is cut with …, so a
 * key of megabytes in a plan (or an argument) never comes back whole on stderr.
 */
export function clipParams(params: Params | undefined): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params ?? {})) out[k] = typeof v === 'string' ? clip(v) : v;
  return out;
}

export function clip(s: string, max = MAX_QUOTED): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  // Never half a surrogate pair.
  return (/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut) + '…';
}


/**
 * The language the user or the environment names: --lang, else PLAN_LANG, else a LC_ALL/LANG
 * naming a language; undefined when none is set (or the locale is just C/POSIX, as in Docker
 * images and CI runners).
 */
function namedLang(option: string | undefined, env: Record<string, string | undefined>): Lang | undefined {
  const locale = env.LC_ALL || env.LANG || '';
  const chosen = option ?? (env.PLAN_LANG || undefined) ?? (/^(c|posix)([._@].*)?$/i.test(locale) || locale === '' ? undefined : locale);
  if (chosen === undefined) return undefined;
  return chosen.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * The one language picker, for every command and every output (screens, notes, errors, the
 * bulletin): the language the user or the environment names; when none is named, the plan's (a
 * plan titled in Chinese speaks Chinese, one titled without a Chinese character English; for
 * plan import the plan is the document it reads); with no plan yet (plan init, a first plan import,
 * help outside a plans folder), Chinese, the language of the plans plan writes and of the office
 * that runs it. The title is asked for only when needed: finding it reads the plan folder.
 */
export function pickLang(option: string | undefined, env: Record<string, string | undefined>, planTitle?: string | (() => string | undefined)): Lang {
  const named = namedLang(option, env);
  if (named) return named;
  const title = typeof planTitle === 'function' ? planTitle() : planTitle;
  return title === undefined || CJK.test(title) ? 'zh' : 'en';
}
