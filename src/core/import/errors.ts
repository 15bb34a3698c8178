import { PlanError } from '../../errors.js';

/** Input that cannot be imported at all (binary data, no numbered items, no year): exit 1. */
export class ImportError extends PlanError {
  constructor(message: string) {
    super('importFailed', { message });
    this.name = 'ImportError';
    this.message = message;
  }
}
