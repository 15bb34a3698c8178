import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type * as Analyze from '../../src/yaml/analyze.js';
import { runCli, tempPlans } from '../helpers.js';

/**
 * A write checks the items it changed, not the whole plan again (yaml/analyze.ts,
 * changedItemsSound). Differential through the real commands: random sequences of progress,
 * extend and close run on two copies of the sample, one checked as every write is and one with
 * the whole plan's checks only, must print the same, exit the same and leave the same bytes.
 */
const state = vi.hoisted(() => ({ whole: false, taken: 0 }));
vi.mock('../../src/yaml/analyze.js', async (importOriginal) => {
  const real = await importOriginal<typeof Analyze>();
  return {
    ...real,
    changedItemsSound: (...args: Parameters<typeof real.changedItemsSound>) => {
      if (state.whole) return false;
      const sound = real.changedItemsSound(...args);
      if (sound) state.taken++;
      return sound;
    },
  };
});

// Mostly what the commands take (so that many writes reach the check), some they refuse first.
const milestone = fc.constantFrom('1', '2', '2.1', '4', '13', '19');
const measured = fc.constantFrom('3.1', '3.2', '7.4', '８.１', '10.2');
const ref = fc.oneof({ arbitrary: milestone, weight: 3 }, { arbitrary: measured, weight: 3 }, { arbitrary: fc.constantFrom('3', '7', '99'), weight: 1 });
const date = fc.oneof({ arbitrary: fc.constantFrom('2026-10-15', '2026-11-20', '2026-12-20'), weight: 4 }, { arbitrary: fc.constantFrom('2026-03-31', '2026-12-31', '2027-01-15', '2025-12-31'), weight: 1 });
const unit = fc.constantFrom('办公室', '经济工作部', '法律工作部', '不存在的部');
const note = fc.constantFrom('进展', '#2 场在"职工之家"', "资金: 'a'", '- 继续', '');
const command = fc.oneof(
  fc.tuple(measured, fc.constantFrom('--value', '--add'), fc.constantFrom('0', '3', '2600', '120', '1,200'), date, fc.option(unit, { nil: undefined }), note, fc.boolean()).map(([r, how, n, d, by, text, correction]) => [
    'progress', r, how, n, '--date', d, ...(by ? ['--by', by] : []), ...(text ? ['--note', text] : []), ...(correction ? ['--correction'] : []),
  ]),
  fc.tuple(milestone, fc.constantFrom('--percent', '--done'), fc.constantFrom('30', '100', '120'), date, note).map(([r, how, n, d, text]) => ['progress', r, how, ...(how === '--done' ? [] : [n]), '--date', d, ...(text ? ['--note', text] : [])]),
  fc.tuple(ref, date, note, fc.boolean()).map(([r, to, reason, approved]) => ['extend', r, '--to', to.replace(/^2026/, '2027'), '--reason', reason || '资金未到位', ...(approved ? ['--approved'] : [])]),
  fc.tuple(ref).map(([r]) => ['extend', r, '--approve']),
  fc.tuple(ref, fc.constantFrom('https://example.org/验收', '验收报告.pdf'), date).map(([r, evidence, d]) => ['close', r, '--evidence', evidence, '--date', d]),
);

describe('writes: the check of the changed items and the whole check agree, through the commands', () => {
  it('random progress, extend and close sequences: the same output, exit code and bytes either way', async () => {
    let written = 0;
    let refused = 0;
    state.taken = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 4 }), fc.constantFrom('2026-11-25', '2026-12-31', '2026-12-31'), async (commands, asOf) => {
        const changed = tempPlans();
        const whole = tempPlans();
        for (const argv of commands) {
          const args = [...argv, '--as-of', asOf];
          state.whole = false;
          const a = await runCli(args, { cwd: changed.dir });
          state.whole = true;
          const b = await runCli(args, { cwd: whole.dir });
          // (a warning names the folder it looked in for the evidence)
          expect({ ...a, stderr: a.stderr.replaceAll(changed.dir, 'DIR') }, args.join(' ')).toEqual({ ...b, stderr: b.stderr.replaceAll(whole.dir, 'DIR') });
          expect(readFileSync(changed.file, 'utf8')).toBe(readFileSync(whole.file, 'utf8'));
          if (a.code === 0) written++;
          else refused++;
        }
      }),
      { numRuns: 40 },
    );
    // Not vacuous (about 30–40 writes and 55 refusals in a run): many writes went through the check
    // of the changed items, and many commands were refused.
    expect(state.taken).toBeGreaterThan(12);
    expect(written).toBeGreaterThan(12);
    expect(refused).toBeGreaterThan(20);
  });
});
