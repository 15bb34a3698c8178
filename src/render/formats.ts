import { DIAGNOSTICS_FORMATS } from './diagnostics.js';

/**
 * The --format values each command prints, by command path, in one place: the command checks
 * --format against its row, and completion offers exactly that row (never a format the command
 * would then reject).
 */
export const FORMATS = {
  status: ['table', 'json'],
  list: ['table', 'json', 'csv', 'md'],
  show: ['text', 'json'],
  depts: ['table', 'json', 'csv', 'md'],
  behind: ['table', 'json', 'csv', 'md'],
  progress: ['text', 'json'],
  extend: ['text', 'json'],
  close: ['text', 'json'],
  compliance: ['table', 'json', 'csv', 'md'],
  escalations: ['table', 'json', 'csv', 'md'],
  remind: ['text', 'md', 'json'],
  'sheet export': ['text', 'json'],
  'sheet import': ['text', 'json'],
  report: ['md', 'html', 'docx', 'json'],
  validate: DIAGNOSTICS_FORMATS,
  import: ['yaml', 'json'],
} as const;

export type FormatsOf<C extends keyof typeof FORMATS> = (typeof FORMATS)[C][number];

/** The formats of a command path (`sheet export`); undefined for one that prints no data (init, completion). */
export function formatsOf(path: string): readonly string[] | undefined {
  return Object.hasOwn(FORMATS, path) ? FORMATS[path as keyof typeof FORMATS] : undefined;
}
