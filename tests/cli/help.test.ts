import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { EXAMPLES, helpStrings, suggestSimilar } from '../../src/help.js';
import { enHelp as en } from '../../src/i18n/en.js';
import { zhHelp as zh } from '../../src/i18n/zh.js';
import type { HelpKey } from '../../src/i18n/index.js';
import { width } from '../../src/render/text.js';
import { ROOT, runCli, SEED, tempPlans } from '../helpers.js';

describe('help', () => {
  it('every description, option and argument of every command is a help text of the catalogues, in both languages', async () => {
    const ctx = { cwd: ROOT, env: {}, stdout: { write: () => true }, stderr: { write: () => true }, now: () => new Date() };
    const strings = async (lang: 'en' | 'zh') => helpStrings((await buildProgram(ctx, ['--lang', lang])).program, lang);
    const [inEn, inZh] = [await strings('en'), await strings('zh')];
    const { stdout } = await runCli(['--help']);
    expect(stdout).toContain('--as-of');
    expect(inEn.length).toBeGreaterThan(90);
    expect(inZh.length).toBe(inEn.length);
    // Each description is one key's text in both catalogues: a description given as a plain
    // string (English in the Chinese help) is found here.
    const helpKeys = Object.keys(en()).filter((k) => k.startsWith('help_')) as HelpKey[];
    const unkeyed = inEn.map((s, i) => [s, inZh[i]!]).filter(([e, z]) => !helpKeys.some((k) => en()[k] === e && zh()[k] === z));
    expect(unkeyed).toEqual([]);
    expect(inZh.filter((s) => !/[\u4e00-\u9fff]/.test(s))).toEqual([]);
  });

  it.each(['status', 'list', 'show', 'depts', 'behind', 'progress', 'validate'])('plan %s --help shows real examples and the exit codes, in both languages', async (cmd) => {
    const en = await runCli([cmd, '--help']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/Examples:\n {2}plan /);
    expect(en.stdout).toContain('Exit codes: 0 success');
    expect(en.stdout).toContain('Global Options:');
    const zh = await runCli([cmd, '--help', '--lang', 'zh']);
    expect(zh.stdout).toMatch(/^用法: plan /);
    expect(zh.stdout).toContain('示例:');
    expect(zh.stdout).toContain('退出码:0 成功');
    expect(zh.stdout).not.toContain('display help for command');
  });

  it('every example runs on the sample plan without a usage error', async () => {
    for (const [cmd, list] of Object.entries(EXAMPLES)) {
      for (const [line] of list) {
        if (/[>|<]/.test(line) || cmd === 'completion' || line.includes('--against')) continue;
        // Each in a fresh copy of the sample: examples write files (reports, sheets, plans).
        const { dir } = tempPlans();
        await runCli(['sheet', 'export', '--all', '--out', 'sheets/'], { cwd: dir, env: { PLAN_AS_OF: '2026-10-15' } });
        copyFileSync(SEED, join(dir, '工作要点.txt'));
        const argv = line.split(' ').slice(1);
        const dry = argv[0] === 'progress' ? [...argv, '--dry-run', '--as-of', '2026-10-15'] : argv;
        const cwd = cmd === 'init' ? mkdtempSync(join(tmpdir(), 'plan-init-')) : dir;
        const r = await runCli(dry, { cwd, env: { PLAN_AS_OF: '2026-10-15' } });
        expect(r.code, `${line}\n${r.stderr}`).not.toBe(2);
      }
    }
  });

  it.each(['zh', 'en'])('every help screen fits 80 columns, or COLUMNS, in %s (a Chinese character takes two)', async (lang) => {
    const { program } = await buildProgram({ cwd: ROOT, env: {}, stdout: { write: () => true }, stderr: { write: () => true }, now: () => new Date() }, []);
    const paths: string[][] = [[]];
    const visit = (c: (typeof program.commands)[number], path: string[]) => {
      for (const s of c.commands) {
        paths.push([...path, s.name()]);
        visit(s, [...path, s.name()]);
      }
    };
    visit(program, []);
    expect(paths.length).toBeGreaterThan(12);
    for (const cols of [80, 100]) {
      for (const p of paths) {
        const r = await runCli([...p, '--help', '--lang', lang], { env: { COLUMNS: String(cols) } });
        expect(r.code).toBe(0);
        if (lang === 'zh') expect(r.stdout, p.join(' ')).not.toMatch(/choices:|default:/);
        for (const line of r.stdout.split('\n')) {
          expect(width(line), `${p.join(' ')}: ${line}`).toBeLessThanOrEqual(cols);
          expect(line, `${p.join(' ')}: trailing space`).not.toMatch(/ $/);
        }
      }
    }
  });

  it('groups the commands, and the options of progress, under headings in both languages', async () => {
    const en = await runCli(['--help', '--lang', 'en']);
    expect(en.stdout.match(/^[A-Z][^\n]*:$/gm)).toEqual(['Options:', 'Look up:', 'Record and report:', 'Follow up (督办):', 'Check and set up:', 'Examples:']);
    const zh = await runCli(['progress', '--help', '--lang', 'zh']);
    expect(zh.stdout.match(/^\S[^\n]*:$/gm)).toEqual(['参数:', '数值(四选一):', '填报信息:', '选项:', '全局选项:', '示例:']);
  });

  it('progress --done is completion, not 销号: its help points to plan close, in both languages', async () => {
    // Help wraps long descriptions: compare with the line breaks and indentation folded to one space.
    const zh = (await runCli(['progress', '--help', '--lang', 'zh'])).stdout;
    expect(zh.replace(/\s+/g, ' ')).toContain('--done 里程碑完成(记为100%);督查室核实销号用 plan close');
    expect(zh).not.toMatch(/--done[^\n]*--note 销号/);
    const en = (await runCli(['progress', '--help', '--lang', 'en'])).stdout;
    expect(en.replace(/\s+/g, ' ')).toContain('--done mark a milestone complete (100%); 销号 by the office is plan close');
  });

  it('an unknown command or option suggests the closest one, in the user\'s language', async () => {
    const cmd = await runCli(['stauts']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toBe("plan: unknown command 'stauts'; did you mean status?\n");
    const opt = await runCli(['list', '--dpet', '法律工作部', '--lang', 'zh']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toBe("plan: 未知选项 '--dpet',是否应为 --dept?\n");
    const missing = await runCli(['list', '--dept']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("plan: option '-d, --dept <name>' argument missing\n");
  });
  it.each([
    [['close', '7.4', '--lang', 'zh'], "plan: 缺少必需选项 '--evidence <path-or-url...>'\n"],
    [['completion', 'tcsh', '--lang', 'zh'], "plan: 参数 'shell' 的值 'tcsh' 无效,可选:bash, zsh, fish。\n"],
    [['completion', 'tcsh'], "plan: command-argument value 'tcsh' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish.\n"],
    [['show', '7', '8'], "plan: too many arguments for 'show'. Expected 1 argument but got 2.\n"],
    [['show', '7', '8', '--lang', 'zh'], "plan: 'show' 的参数过多,应为 1 个,实际 2 个。\n"],
    [['remind', '--robot', 'feishu', '--lang', 'zh'], "plan: 选项 '--robot <kind>' 的值 'feishu' 无效,可选:dingtalk, wecom。\n"],
    [['show', '--lang', 'zh'], "plan: 缺少必需参数 'ref'\n"],
    [['sta', '--lang', 'zh'], "plan: 未知命令 'sta',是否应为 status?\n"],
    [['list', '--s', 'x'], "plan: unknown option '--s'\n"],
  ])('commander\'s usage errors are worded by key: %j', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(message);
  });

  it.each([
    ['stauts', ['status', 'show', 'list'], ['status']],
    ['--dpet', ['--dept', '--date', '--dir'], ['--dept']],
    ['--dat', ['--date', '--data'], ['--data', '--date']],
    ['xyz', ['status', 'list'], []],
  ])('suggests what commander would for %s', (word, candidates, want) => {
    expect(suggestSimilar(word, candidates)).toEqual(want);
  });
});

describe('shell completion', () => {
  it('prints scripts for bash, zsh and fish; refuses others', async () => {
    expect((await runCli(['completion', 'bash'])).stdout).toContain('complete -o default -F _plan plan');
    expect((await runCli(['completion', 'zsh'])).stdout).toMatch(/^#compdef plan/);
    expect((await runCli(['completion', 'fish'])).stdout).toContain('complete -c plan');
    expect((await runCli(['completion', 'tcsh'])).code).toBe(2);
  });

  it('completes commands, options, unit names and item ids from the current plan', async () => {
    const c = async (...words: string[]) => (await runCli(['__complete', '--', ...words])).stdout.trim().split('\n');
    expect(await c('')).toEqual(expect.arrayContaining(['status', 'list', 'progress', 'report']));
    expect(await c('list', '--dept', '')).toEqual(expect.arrayContaining(['法律工作部', '服务中心', '职工服务中心']));
    expect(await c('progress', '')).toEqual(expect.arrayContaining(['7', '7.4', '12.1']));
    expect(await c('list', '--')).toEqual(expect.arrayContaining(['--dept', '--section', '--as-of']));
    expect(await c('behind', '--fail-on', '')).toEqual(['overdue', 'behind', 'at_risk']);
  });

  it('offers for --format exactly the formats the command takes (issue 16.8)', async () => {
    const c = async (...words: string[]) => (await runCli(['__complete', '--', ...words])).stdout.trim().split('\n');
    // The command's own refusal of a bogus format names what it takes: the two lists agree.
    const takes = async (argv: string[]) => {
      const r = await runCli([...argv, '--format', 'bogus']);
      expect(r.code, argv.join(' ')).toBe(2);
      return /one of ([\w|]+)/.exec(r.stderr)?.[1]?.split('|');
    };
    const commands: [string[], string[]][] = [
      [['status'], ['table', 'json']],
      [['list'], ['table', 'json', 'csv', 'md']],
      [['show', '7'], ['table', 'json']],
      [['depts'], ['table', 'json', 'csv', 'md']],
      [['behind'], ['table', 'json', 'csv', 'md']],
      [['progress', '7.4', '--value', '1200', '--dry-run'], ['table', 'json']],
      [['report'], ['md', 'html', 'docx', 'json']],
      [['validate'], ['text', 'json', 'github']],
      [['import', 'tests/fixtures/seed/000_668d129e6c332627.txt'], ['yaml', 'json']],
      [['sheet', 'export'], ['table', 'json']],
      [['sheet', 'import', 'x.xlsx'], ['table', 'json']],
      [['remind'], ['table', 'md', 'json']],
    ];
    for (const [argv, formats] of commands) {
      const path = argv.filter((w) => /^[a-z]+$/.test(w) && w !== 'x').slice(0, argv[0] === 'sheet' ? 2 : 1);
      expect(await c(...path, '--format', ''), argv.join(' ')).toEqual(formats);
      expect(await takes(argv), argv.join(' ')).toEqual(formats);
      // ...and so does the command's --help (the global option once said "commands say which they take", and none did).
      const help = (await runCli([...path, '--help'], { columns: 200, env: { COLUMNS: '200' } })).stdout;
      expect(help.replace(/--format <format> +/, '--format <format> '), argv.join(' ')).toContain(`--format <format> output format of this command: ${formats.join('|')} (default: ${formats[0]!})`);
    }
    // Before the command is typed, only what every command takes.
    expect(await c('--format', '')).toEqual(['json']);
  });

  // show, progress and remind took --format text where list took --format table: the screen is
  // `table` on every command now, and the word documented before still works (no script breaks).
  it.each([
    [['show', '7']],
    [['progress', '7.4', '--value', '1200', '--dry-run']],
    [['remind', '--dept', '法律工作部']],
    [['list', '--dept', '法律工作部']],
    [['status']],
  ])('--format table and --format text print the same screen as no --format (%j)', async (argv) => {
    const { dir } = tempPlans();
    const opts = { cwd: dir, env: { PLAN_AS_OF: '2026-09-30' } };
    const plain = await runCli(argv, opts);
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toBe('');
    for (const word of ['table', 'text']) {
      const r = await runCli([...argv, '--format', word], opts);
      expect(r.code, word).toBe(0);
      expect(r.stdout, word).toBe(plain.stdout);
    }
  });

  it('validate keeps the design\'s --format text and takes table for it', async () => {
    const text = await runCli(['validate', '--format', 'text']);
    expect(text.code).toBe(0);
    expect((await runCli(['validate', '--format', 'table'])).stdout).toBe(text.stdout);
  });

  it('the bash script completes unit names in a real bash', () => {
    const bin = mkdtempSync(join(tmpdir(), 'plan-bin-'));
    symlinkSync(join(ROOT, 'bin/plan.js'), join(bin, 'plan'));
    const script = 'source <(plan completion bash); COMP_WORDS=(plan list --dept 法律); COMP_CWORD=3; _plan; printf "%s\\n" "${COMPREPLY[@]}"';
    const r = spawnSync('bash', ['-c', script], { cwd: ROOT, env: { PATH: `${bin}:${process.env.PATH ?? ''}` }, encoding: 'utf8' });
    expect(r.stdout.trim().split('\n')).toEqual(['法律工作部']);
  });
});
