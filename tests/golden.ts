import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './helpers.js';

/** Compares with tests/fixtures/golden/NAME; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
export function expectGolden(name: string, actual: string): void {
  const file = join(ROOT, 'tests/fixtures/golden', name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    if (process.env.CI) throw new Error(`golden file ${name} is missing`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
