import type { Lang } from './i18n/index.js';

export interface Writer {
  write(chunk: string): unknown;
}

/** Everything a command may know about the outside world. Tests pass a fake one. */
export interface Ctx {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Writer & { isTTY?: boolean; columns?: number };
  stderr: Writer & { isTTY?: boolean };
  /** Today, as the clock says; only cli.ts turns it into an as-of date. */
  now: () => Date;
  /** Reads all of standard input (for `plan import -`). */
  readStdin?: () => Promise<Buffer>;
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
