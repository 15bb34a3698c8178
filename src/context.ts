import type { Rollup } from './core/rollup.js';
import type { HelpKey, Lang } from './i18n/index.js';
import type { Printed, ScreenOptions } from './render/screen.js';
import type { Paint } from './render/table.js';
import type { LoadedPlan } from './store/load.js';
import type { Store } from './store/index.js';

export interface Writer {
  write(chunk: string | Uint8Array): unknown;
}

/** Everything the program may know about the outside world. Tests pass a fake one. */
export interface Ctx {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Writer & { isTTY?: boolean; columns?: number };
  stderr: Writer & { isTTY?: boolean; columns?: number };
  /** Today, as the clock says; only cli.ts turns it into an as-of date. */
  now: () => Date;
  /**
   * Reads standard input (for `plan import -`): all of it, or with maxBytes, stops once it holds
   * more than that (the caller refuses the input; it is never held whole in memory).
   */
  readStdin?: (maxBytes?: number) => Promise<Buffer>;
}

/** What cli.ts resolves from the global options and the environment, once. */
export interface Globals {
  dir?: string;
  plan?: string;
  asOf: string;
  format?: string;
  lang: Lang;
  color: boolean;
  quiet: boolean;
}

export type Format = 'table' | 'json' | 'csv' | 'md' | 'text' | 'github' | 'yaml' | 'html' | 'docx';

/**
 * What a command gets from cli.ts: the global options resolved once, the plans folder, and ways
 * to print. Commands depend on this interface only, never on cli.ts, the environment or commander's
 * parsed options.
 */
export interface App {
  readonly cwd: string;
  /** Resolved on first use, once (a bad --as-of fails only the commands that use it). */
  readonly globals: Globals;
  readonly store: Store;
  /**
   * The language to speak about a plan that is not in the folder (a text being imported): the one
   * --lang or the environment names, else the plan's own (a title in Chinese speaks Chinese).
   */
  langOf(title: string): Lang;
  /** A help text (a command's, option's or argument's description) in the language of the help. */
  help(key: HelpKey): string;
  /** --format checked against what this command can print. */
  format<F extends Format>(allowed: readonly F[], fallback: F): F;
  /** `--all`: every plan of the folder with the shared units.yaml, added up for the as-of date (refused with --plan). */
  openAll(): Rollup;
  /** The one plan to work on (store.open()); `ref` (union-2026:7.4) may name it. */
  openPlan(ref?: string): LoadedPlan;
  paint(): Paint;
  /** Width to fit tables into: the terminal's, or none when piped. */
  maxWidth(): number | undefined;
  /** Width to wrap notes on stderr to: the terminal's (or COLUMNS), none when stderr is not a terminal. */
  noteWidth(): number | undefined;
  /** What a screen renderer is told: language, as-of date, colours, width. */
  screen(): ScreenOptions;
  /** Standard output is a terminal. */
  readonly interactive: boolean;
  /** Data on stdout. */
  out(data: string | Uint8Array): void;
  /** A screen: its data on stdout, its notes on stderr. */
  print(p: Printed): void;
  /** A diagnostic line on stderr (not data); --quiet silences notes. */
  note(s: string): void;
  /** A diagnostic line on stderr that --quiet does not silence (the problems behind an error). */
  warn(s: string): void;
  /** The run's exit code when no error is thrown (1: `behind --fail-on`, refused sheets in JSON). */
  fail(code: number): void;
  /** Standard input; with maxBytes, reading stops once it holds more (the caller refuses it). */
  readStdin(maxBytes?: number): Promise<Buffer>;
}
