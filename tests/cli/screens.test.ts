import { describe, expect, it } from 'vitest';
import { expectGolden } from '../golden.js';
import { runCli } from '../helpers.js';
import { width } from '../../src/render/text.js';

// What an 80×24 terminal shows (checked by eye in tmux, kept as goldens): every line fits,
// Chinese text wraps between characters and never splits a number.
describe.each(['zh', 'en'])('80-column screens (%s)', (lang) => {
  it.each([
    ['status', ['status']],
    ['list', ['list']],
    ['show-7', ['show', '7']],
    ['behind', ['behind']],
    ['depts', ['depts']],
  ])('%s', async (name, argv) => {
    const r = await runCli([...argv, '--as-of', '2026-07-01', '--lang', lang], { tty: true, columns: 80, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toContain('\x1b');
    expectGolden(`screen-${name}.${lang}.txt`, r.stdout);
  });
});
