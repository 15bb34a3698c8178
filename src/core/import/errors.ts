import { PlanError } from '../../errors.js';
import { t, type MessageKey, type Params } from '../../i18n/index.js';

/** What the parser says, by key: the command renders it in the user's language (render/screens/import.ts). */
export type ImportCode = Extract<MessageKey, `imp_${string}`>;
export interface ImportMessage {
  code: ImportCode;
  params: Params;
}

export const says = (code: ImportCode, params: Params = {}): ImportMessage => ({ code, params });

/** Input that cannot be imported at all (binary data, no numbered items, no year): exit 1. */
export class ImportError extends PlanError {
  constructor(code: ImportCode, params: Params = {}) {
    super('importFailed', {}, { detail: { key: code, params } });
    this.name = 'ImportError';
    // For a stack trace and tests; the user reads it through the catalogue in their language.
    this.message = t('en', code, params);
  }
}
