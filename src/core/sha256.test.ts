import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256.js';

describe('sha256Hex', () => {
  it.each(['', 'abc', 'xx市总工会2026年工作要点', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), '办公室\u00007.4\u00002000'.repeat(40)])('matches node:crypto for %j', (text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
  });
});
