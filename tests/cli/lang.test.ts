import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sampleText, tempPlans } from '../helpers.js';

// Under LANG=C.UTF-8 (Docker images, CI runners) or no LANG at all, the environment names no
// language: the plan's decides, for every command alike (the bulletin always did).
const UNNAMED = [{ LANG: 'C.UTF-8' }, { LANG: undefined }, { LC_ALL: 'POSIX', LANG: undefined }];

describe('one language picker', () => {
  it.each(UNNAMED)('a Chinese plan speaks Chinese on every command when the environment names no language (%j)', async (env) => {
    const { dir } = tempPlans();
    const opts = { cwd: dir, env: { ...env, PLAN_AS_OF: '2026-09-30' } };
    const list = await runCli(['list'], opts);
    expect(list.stdout.split('\n')[0]).toMatch(/^ *编号 /);
    expect(list.stderr).toContain('统计日期');
    expect((await runCli(['status'], opts)).stdout).toContain('滞后');
    expect((await runCli(['show', '7'], opts)).stdout).toContain('牵头单位');
    expect((await runCli(['report'], opts)).stdout).toContain('## 一、总体情况');
    const bad = await runCli(['list', '--dept', '法律工作'], opts);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^plan: 未知单位/);
    const progress = await runCli(['progress', '7.4', '--value', '2000', '--dry-run'], opts);
    expect(progress.stderr).toContain('未改动');
  });

  it('an English plan stays English, and a named language wins over the plan', async () => {
    const { dir } = tempPlans(sampleText().replace('title: xx市总工会2026年工作要点', 'title: Union work plan 2026'));
    const english = await runCli(['list'], { cwd: dir, env: { LANG: 'C.UTF-8' } });
    expect(english.stdout.split('\n')[0]).toMatch(/^\s*ID/);
    const chinese = await runCli(['list'], { cwd: dir, env: { LANG: 'C.UTF-8', PLAN_LANG: 'zh' } });
    expect(chinese.stdout.split('\n')[0]).toMatch(/^ *编号 /);
    const named = await runCli(['list'], { cwd: tempPlans().dir, env: { LANG: 'en_US.UTF-8' } });
    expect(named.stdout.split('\n')[0]).toMatch(/^\s*ID/);
    expect((await runCli(['list', '--lang', 'en'], { cwd: tempPlans().dir, env: { LANG: 'C.UTF-8' } })).stdout.split('\n')[0]).toMatch(/^\s*ID/);
  });

  // One language per run: help and commander's usage errors are worded before the command runs,
  // and used to be English under LANG=C.UTF-8 while the screens spoke the plan's Chinese.
  it.each([
    [{ LANG: 'C.UTF-8' }, 'zh'],
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8', PLAN_LANG: 'en' }, 'en'],
    [{ LANG: 'zh_CN.UTF-8', PLAN_LANG: 'en' }, 'en'],
    [{ LANG: 'en_US.UTF-8', PLAN_LANG: 'zh' }, 'zh'],
  ] as const)('help, usage errors and screens speak one language (%j: %s)', async (env, lang) => {
    const { dir } = tempPlans();
    const opts = { cwd: dir, env: { ...env, PLAN_AS_OF: '2026-09-30' } };
    const zh = lang === 'zh';
    const help = await runCli(['--help'], opts);
    expect(help.stdout.split('\n')[0]).toMatch(zh ? /^用法: plan/ : /^Usage: plan/);
    expect((await runCli(['list', '--help'], opts)).stdout).toMatch(zh ? /^用法: plan list/ : /^Usage: plan list/);
    const option = await runCli(['list', '--bogus'], opts);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe(zh ? "plan: 未知选项 '--bogus'\n" : "plan: unknown option '--bogus'\n");
    const command = await runCli(['lsit'], opts);
    expect(command.stderr).toBe(zh ? "plan: 未知命令 'lsit',是否应为 list?\n" : "plan: unknown command 'lsit'; did you mean list?\n");
    const date = await runCli(['list', '--as-of', '2026-02-30'], opts);
    expect(date.stderr).toMatch(zh ? /^plan: --as-of 必须是日期/ : /^plan: --as-of must be a date/);
    expect((await runCli(['list'], opts)).stdout.split('\n')[0]).toMatch(zh ? /^ *编号 / : /^\s*ID/);
  });

  it('--lang wins for help and usage errors too, typed either way, and --dir finds the plan whose language speaks', async () => {
    const { dir } = tempPlans();
    const c = { LANG: 'C.UTF-8' };
    expect((await runCli(['--lang', 'en', '--help'], { cwd: dir, env: c })).stdout).toMatch(/^Usage: plan/);
    expect((await runCli(['list', '--lang=en', '--bogus'], { cwd: dir, env: c })).stderr).toBe("plan: unknown option '--bogus'\n");
    expect((await runCli(['list', '--lang=zh', '--bogus'], { cwd: '/', env: { LANG: 'en_US.UTF-8' } })).stderr).toBe("plan: 未知选项 '--bogus'\n");
    // From a folder without plans/, --dir (either spelling) points at the Chinese plan.
    expect((await runCli(['--dir', `${dir}/plans`, 'list', '--bogus'], { cwd: '/', env: c })).stderr).toBe("plan: 未知选项 '--bogus'\n");
    expect((await runCli([`--dir=${dir}/plans`, 'status', '--help'], { cwd: '/', env: c })).stdout).toMatch(/^用法: plan status/);
  });

  // A clerk's first commands, before there is a plan: plan init writes a Chinese starter and plan
  // import reads a Chinese document, so they speak Chinese too, as do help and errors; a language the
  // user names (--lang, PLAN_LANG, LANG=en_US.UTF-8) still wins.
  it.each(UNNAMED)('with no plan yet, Chinese (%j)', async (env) => {
    const empty = mkdtempSync(join(tmpdir(), 'plan-lang-'));
    const none = await runCli(['list'], { cwd: empty, env });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^plan: 从 .* 向上没有找到 plans\/ 文件夹/);
    expect((await runCli(['--help'], { cwd: empty, env })).stdout).toMatch(/^用法: plan/);
    expect((await runCli(['import', '工作要点.docx'], { cwd: empty, env })).stderr).toBe('plan: 找不到文件 工作要点.docx\n');
    const init = await runCli(['init'], { cwd: empty, env });
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toBe('已创建 plans/work-2026.yaml\n已创建 package.json\n已创建 .github/workflows/plan.yml\n');
    expect(init.stderr).toMatch(/^首先:运行 npm install/);
    expect((await runCli(['init', '--lang', 'en'], { cwd: mkdtempSync(join(tmpdir(), 'plan-lang-')), env })).stdout).toMatch(/^created plans\/work-2026.yaml/);
    expect((await runCli(['--help'], { cwd: empty, env: { ...env, PLAN_LANG: 'en' } })).stdout).toMatch(/^Usage: plan/);
    expect((await runCli(['list'], { cwd: mkdtempSync(join(tmpdir(), 'plan-lang-')), env: { LANG: 'en_US.UTF-8' } })).stderr).toMatch(/^plan: no plans\/ folder/);
  });
});
