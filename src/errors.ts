import type { MessageKey, Params } from './i18n/index.js';

/**
 * An error the user can act on. It carries its exit code and a message key, so cli.ts
 * (the one place that prints errors) can render it in the user's language.
 */
export class PlanError extends Error {
  readonly exitCode: number;
  readonly key: MessageKey;
  readonly params: Params;
  /** file:line:col when the problem is inside a plan file. */
  readonly where: string | undefined;
  /** A message of its own that the key's {message} shows (`cannot import: {message}`), in the same language. */
  readonly detail: { key: MessageKey; params: Params } | undefined;

  constructor(key: MessageKey, params: Params = {}, opts: { exitCode?: number; where?: string; cause?: unknown; detail?: { key: MessageKey; params: Params } } = {}) {
    super(String(key), { cause: opts.cause });
    this.name = 'PlanError';
    this.key = key;
    this.params = params;
    this.exitCode = opts.exitCode ?? 1;
    this.where = opts.where;
    this.detail = opts.detail;
  }
}

/** Bad arguments or an unknown reference: exit 2. */
export class UsageError extends PlanError {
  constructor(key: MessageKey, params: Params = {}, opts: { where?: string; cause?: unknown } = {}) {
    super(key, params, { ...opts, exitCode: 2 });
    this.name = 'UsageError';
  }
}
