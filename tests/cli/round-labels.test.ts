import { describe, expect, it } from 'vitest';
import { width } from '../../src/render/text.js';
import { runCli, sampleText, tempPlans } from '../helpers.js';

// A reporting round in English reads as English: the status line once said "Returns (06, due
// 2026-06-25)" and plan compliance headed its columns 01 02 … 06, the round ids' digits.
function planWith(cadence: string, dueDay: number): string {
  return sampleText().replace('  due_soon_days: 14', `  reporting: { cadence: ${cadence}, due_day: ${dueDay} }\n  due_soon_days: 14`);
}

describe('reporting rounds in English', () => {
  it.each([
    ['monthly', 25, 'Jun returns (due 2026-06-25)', ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'], '6月'],
    ['quarterly', 10, 'Q2 returns (due 2026-06-10)', ['Q1', 'Q2'], '2季度'],
    ['weekly', 5, 'Jun 22 returns (due 2026-06-26)', ['Jun 15', 'Jun 22'], '06-22'],
  ])('%s: the status line names the round, compliance heads its columns with it', async (cadence, day, line, headers, zh) => {
    const { dir } = tempPlans(planWith(cadence, day));
    const env = { PLAN_AS_OF: '2026-07-01', LANG: 'en_US.UTF-8' };
    const status = await runCli(['status'], { cwd: dir, env });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`${line}: on time `);
    const compliance = await runCli(['compliance'], { cwd: dir, env });
    const header = compliance.stdout.split('\n')[0]!;
    expect(header).toMatch(/^Unit /);
    expect(header).toContain(headers.join('  '));
    expect(header).not.toMatch(/ 0\d /);
    // Chinese as before.
    const zhStatus = await runCli(['status'], { cwd: dir, env: { ...env, LANG: 'zh_CN.UTF-8' } });
    expect(zhStatus.stdout).toContain(`报送(${zh},截止 `);
  });

  it('a week\'s line that does not fit 60 columns goes on in the next', async () => {
    const { dir } = tempPlans(planWith('weekly', 5));
    const r = await runCli(['status'], { cwd: dir, tty: true, columns: 60, env: { PLAN_AS_OF: '2026-07-01', NO_COLOR: '1' } });
    for (const l of r.stdout.split('\n')) expect(width(l), l).toBeLessThanOrEqual(60);
    expect(r.stdout).toContain('Jun 22 returns (due 2026-06-26):\n  on time ');
  });

  it('escalations count rounds in words', async () => {
    const { dir } = tempPlans(sampleText().replace('  due_soon_days: 14', '  reporting: { cadence: monthly, due_day: 25 }\n  escalation: [{ status: behind, rounds: 3, action: 约谈 }]\n  due_soon_days: 14'));
    const r = await runCli(['escalations'], { cwd: dir, env: { PLAN_AS_OF: '2026-07-01' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ \d+ rounds since \d\d-\d\d: behind×/);
  });
});
