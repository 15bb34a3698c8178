import { DIAGNOSTICS_FORMATS } from './diagnostics.js';

/**
 * The --format values each command prints, by command path, in one place: the command checks
 * --format against its row, its --help shows the row, and completion offers exactly that row
 * (never a format the command would then reject). The first is the default. One vocabulary, the
 * design's: `table` is the screen of every command; `validate` keeps `text` (its listing of
 * problems, as the design names it). The other word is taken as a synonym (see formatSynonym), as
 * `text` was documented for show, progress and remind: no script breaks.
 */
export const FORMATS = {
  status: ['table', 'json'],
  list: ['table', 'json', 'csv', 'md'],
  show: ['table', 'json'],
  depts: ['table', 'json', 'csv', 'md'],
  behind: ['table', 'json', 'csv', 'md'],
  progress: ['table', 'json'],
  extend: ['table', 'json'],
  close: ['table', 'json'],
  compliance: ['table', 'json', 'csv', 'md'],
  escalations: ['table', 'json', 'csv', 'md'],
  remind: ['table', 'md', 'json'],
  'sheet export': ['table', 'json'],
  'sheet import': ['table', 'json'],
  report: ['md', 'html', 'docx', 'json'],
  validate: DIAGNOSTICS_FORMATS,
  import: ['yaml', 'json'],
} as const;

export type FormatsOf<C extends keyof typeof FORMATS> = (typeof FORMATS)[C][number];

/** The formats of a command path (`sheet export`); undefined for one that prints no data (init, completion). */
export function formatsOf(path: string): readonly string[] | undefined {
  return Object.hasOwn(FORMATS, path) ? FORMATS[path as keyof typeof FORMATS] : undefined;
}

/** The two names the screen has had: `text` (show, progress, remind, validate…) and `table` (list, status…). */
const SCREEN_NAMES = ['table', 'text'] as const;

/**
 * The format a command prints for the one typed: itself when the command takes it, else its
 * synonym the command takes (`--format text` on list, `--format table` on validate); else undefined.
 */
export function formatSynonym(typed: string, allowed: readonly string[]): string | undefined {
  if (allowed.includes(typed)) return typed;
  if (!(SCREEN_NAMES as readonly string[]).includes(typed)) return undefined;
  return SCREEN_NAMES.find((name) => name !== typed && allowed.includes(name));
}
