import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './helpers.js';

/**
 * Compares with tests/fixtures/golden/NAME. Only UPDATE_GOLDEN=1 writes one (review the diff before
 * committing): a missing golden fails, so no run writes a file and then compares with itself.
 */
export function expectGolden(name: string, actual: string): void {
  const file = join(ROOT, 'tests/fixtures/golden', name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file)) throw new Error(`golden file ${name} is missing: write it with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
