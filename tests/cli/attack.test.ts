import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED, runCli, tempPlans } from '../helpers.js';
import { makeZip, zipParts, type ZipPart } from '../zip.js';

/**
 * Issue 22: the attacks that once succeeded, one test (or a few) each, numbered as in the issue.
 * Each reproduces the attack through the public surface and holds the tool to: nothing lost,
 * nothing run, nothing hung, one clear line on stderr.
 */

const BIN = join(ROOT, 'bin/plan.js');
const MINI = readFileSync(join(ROOT, 'tests/fixtures/bad/mini.yaml'), 'utf8');
const ENV = { PLAN_AS_OF: '2026-11-25', PLAN_CACHE: '0', PLAN_LOCK_TIMEOUT_MS: '2000' };
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

function realEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...ENV, LANG: 'en_US.UTF-8', NO_COLOR: '1', ...extra };
  delete env.PLAN_DEBUG;
  return env;
}

function expectOneLine(r: { stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.stderr).toMatch(/^[^\n]+\n$/);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/internal error|please report|\n\s+at |TypeError|RangeError/);
}

/** The mini plan with a unit (and an item in it) named `name`. */
function planWithUnit(name: string): string {
  const quoted = JSON.stringify(name);
  return MINI.replace('  - name: 法律工作部\n', `  - name: 法律工作部\n  - name: ${quoted}\n`).replace('departments: [办公室, 法律工作部]', `departments: [${quoted}, 办公室]`);
}

describe('1: shell completion never runs plan text', () => {
  const evil = '$(touch PWNED)`touch PWNED2`';

  it('plan validate accepts the unit, and __complete prints it as data with no control character', async () => {
    const { dir } = tempPlans(planWithUnit(evil + '\x1b[31m'));
    const r = await runCli(['__complete', '--', 'list', '--dept', ''], { cwd: dir, env: ENV });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout.split('\n')).toContain('办公室');
  });

  it('bash: pressing TAB on a unit named $(…) and `…` runs nothing; the candidate is inserted quoted', async () => {
    const { dir } = tempPlans(planWithUnit(evil));
    const bin = mkdtempSync(join(tmpdir(), 'plan-bin-'));
    writeFileSync(join(bin, 'plan'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
    const script = (await runCli(['completion', 'bash'])).stdout;
    writeFileSync(join(dir, 'completion.bash'), script);
    const r = spawnSync('bash', ['-c', 'source ./completion.bash; COMP_WORDS=(plan list --dept "$1"); COMP_CWORD=3; _plan; printf "%s\\n" "${COMPREPLY[@]}"', 'x', '$'], {
      cwd: dir,
      env: realEnv({ PATH: `${bin}:${process.env.PATH ?? ''}` }),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
    expect(existsSync(join(dir, 'PWNED2'))).toBe(false);
    // The one candidate starting with $ comes back escaped, so the command line holds it as text.
    expect(r.stdout.trim()).toBe('\\$\\(touch\\ PWNED\\)\\`touch\\ PWNED2\\`');
  });

  it('zsh and fish scripts never evaluate candidates (compadd quotes; fish lists lines)', async () => {
    const zsh = (await runCli(['completion', 'zsh'])).stdout;
    expect(zsh).toMatch(/compadd -a candidates/);
    expect(zsh).not.toMatch(/compadd -Q|eval/);
    const fish = (await runCli(['completion', 'fish'])).stdout;
    expect(fish).not.toMatch(/eval/);
  });
});

describe('10: plan import - has the same size limit as a file', () => {
  it('17 MB on standard input: exit 1, one line, nothing on stdout', async () => {
    const big = Buffer.alloc(17 * 1024 * 1024, '一、总体要求\n');
    const r = await runCli(['import', '-'], { stdin: big, env: ENV });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expectOneLine(r, /^plan: \(stdin\) is > 16\.0 MB; plans are limited to 16\.0 MB/);
  });

  it('the real binary stops reading standard input at the limit', () => {
    const r = spawnSync(process.execPath, [BIN, 'import', '-'], { input: Buffer.alloc(40 * 1024 * 1024, '一、总体要求\n'), env: realEnv(), encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expectOneLine(r, /^plan: \(stdin\) is > 16\.0 MB; plans are limited to 16\.0 MB/);
  });
});

describe('11: duplicate keys are found in linear time', () => {
  // 100,000 keys under one mapping took 129 s (yaml's uniqueKeys compares each key with all before it).
  const keys = (n: number) => Array.from({ length: n }, (_, i) => `  k${i}: ${i}\n`).join('');

  it('an unknown field holding 100,000 keys: plan list says so at its line', async () => {
    const { dir } = tempPlans(MINI + 'extra:\n' + keys(100_000));
    const r = await runCli(['list'], { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    expectOneLine(r, /^plans\/union-2026\.yaml:23:1: .*unknown field "extra"/);
  });

  it('the same with one key repeated at the end: the duplicate is found at its line', async () => {
    const { dir } = tempPlans(MINI + 'extra:\n' + keys(100_000) + '  k5: 1\n');
    const r = await runCli(['validate', '--format', 'json'], { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as { problems: { line: number; code: string }[] };
    expect(j.problems.find((p) => p.code === 'duplicate-key')?.line).toBe(100_024);
  });
});

describe('12: a huge key is neither compiled into a regular expression nor echoed whole', () => {
  it('a 300 KB unknown top-level key: one short line, the key cut with …', async () => {
    const key = 'k'.repeat(300 * 1024);
    const { dir } = tempPlans(MINI + `${key}: 1\n`);
    const r = await runCli(['list'], { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    expectOneLine(r, /^plans\/union-2026\.yaml:23:1: .*kkk…/);
    expect(r.stderr.length).toBeLessThan(1000);
  });

  it('a 3 MB plan (past the positional parse) with a 300 KB key: placed at its line, cut short', async () => {
    const key = '键'.repeat(300 * 1024);
    const pad = '# 填充\n'.repeat(400_000);
    const { dir } = tempPlans(MINI + pad + `${key}: 1\n`);
    const r = await runCli(['validate', '--format', 'json'], { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/internal error|Invalid regular expression/);
    const j = JSON.parse(r.stdout) as { problems: { line: number; message: string }[] };
    expect(j.problems[0]!.line).toBe(400_023);
    expect(j.problems[0]!.message.length).toBeLessThan(1000);
    expect(j.problems[0]!.message).toMatch(/键…/);
  });
});

describe('13/14: init and export into impossible folders: one line, never a hang', () => {
  it.each([['init', '/proc/x'], ['init', '/proc/x/y'], ['sheet', 'export', '--all', '--out', '/proc/x/']])('plan %s %s …: exit 1, one line, in time', (...args: string[]) => {
    const { dir } = tempPlans();
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: realEnv(), encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expectOneLine(r, /^plan: could not (create|write) .*\/proc\/x/);
  });

  it.each([
    { name: 'ENOTDIR: a file where a folder should be', arg: 'afile/plans', pattern: /could not create afile\/plans: a file is in the way/ },
    { name: 'ENAMETOOLONG', arg: 'x'.repeat(300), pattern: /could not create x+…?: the name is too long \(ENAMETOOLONG\)/ },
    { name: 'EACCES: read-only folder', arg: 'ro/plans', pattern: /could not create ro\/plans: permission denied/ },
  ])('init, $name: exit 1, one line', async ({ arg, pattern }) => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-init-'));
    writeFileSync(join(dir, 'afile'), 'x');
    spawnSync('mkdir', [join(dir, 'ro')]);
    spawnSync('chattr', ['+i', join(dir, 'ro')]);
    const ro = spawnSync('sh', ['-c', `touch ${join(dir, 'ro', 'probe')} 2>/dev/null`]).status !== 0;
    if (arg.startsWith('ro/') && !ro) {
      // Root without chattr: the fault hook stands in for a folder the process may not write.
      const r = await runCli(['init', arg], { cwd: dir, env: { ...ENV, PLAN_FAULT: 'mkdir:eacces' } });
      expect(r.code).toBe(1);
      expectOneLine(r, pattern);
      return;
    }
    const r = await runCli(['init', arg], { cwd: dir, env: ENV });
    spawnSync('chattr', ['-i', join(dir, 'ro')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expectOneLine(r, pattern);
  });

  it('init, ENOSPC on the starter plan: one line, no half-written plan left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-init-'));
    const r = await runCli(['init'], { cwd: dir, env: { ...ENV, PLAN_FAULT: 'temp-written:enospc' } });
    expect(r.code).toBe(1);
    expectOneLine(r, /^plan: could not write plans\/work-2026\.yaml: no space left on the device/);
    expect(readdirSync(join(dir, 'plans'))).toEqual([]);
  });
});

describe('18: a long or tricky unit name still gives one valid file name', () => {
  const long = (end: string) => '中华全国总工会'.repeat(14) + end; // 99 characters, 297 bytes
  const units = [long('甲'), long('乙'), '法律\u202e工作部'];
  const text = MINI.replace('  - name: 法律工作部\n', units.map((u) => `  - name: ${JSON.stringify(u)}\n`).join('')).replace('departments: [办公室, 法律工作部]', `departments: ${JSON.stringify(units)}`);

  it('sheet export --all: every unit gets its file, each name at most 255 bytes, no bidi control', async () => {
    const { dir } = miniPlans(text);
    expect((await runCli(['validate'], { cwd: dir, env: ENV })).code).toBe(0);
    const r = await runCli(['sheet', 'export', '--all', '--out', 'sheets'], { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    const names = readdirSync(join(dir, 'sheets')).sort();
    expect(names).toHaveLength(3);
    for (const n of names) expect(Buffer.byteLength(n)).toBeLessThanOrEqual(255);
    expect(names).toContain('法律工作部-2026-11填报表.xlsx');
    // The two long names share 98 characters: cut, each marked with its own hash.
    const cut = names.filter((n) => /^(中华全国总工会)+[中华全国总工]*~[0-9a-f]{8}-2026-11填报表\.xlsx$/.test(n));
    expect(cut).toHaveLength(2);
    expect(r.stderr).not.toMatch(/\u202e/);
  });

  it('the sheet of a long-named unit comes back in: nothing lost on the way', async () => {
    const { dir } = miniPlans(text);
    const e = await runCli(['sheet', 'export', '--dept', long('甲'), '--out', 'sheets'], { cwd: dir, env: ENV });
    expect(e.code, e.stderr).toBe(0);
    const [name] = readdirSync(join(dir, 'sheets'));
    const r = await runCli(['sheet', 'import', join('sheets', name!)], { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
  });

  it('remind --out: a long unit name gives a valid file name too', async () => {
    const { dir } = miniPlans(text);
    const r = await runCli(['remind', '--out', 'msgs'], { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    const names = readdirSync(join(dir, 'msgs'));
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) {
      expect(Buffer.byteLength(n)).toBeLessThanOrEqual(255);
      expect(n).not.toMatch(/\u202e/);
    }
  });
});

describe('19: what sheet export writes comes back equal through sheet import', () => {
  // YAML escapes: a unit with C0 and DEL controls, a title with CR LF, a literal _x0041_ and a lone
  // surrogate, a measurement unit with a lone low surrogate and a backspace, a metric ending in CR.
  const unit = '法律\u0001工作部\u007f';
  const title = '第一项\r\n第二行 _x0041_ \ud800 end';
  const text = MINI.replace('  - name: 法律工作部\n', '  - name: "法律\\u0001工作部\\u007f"\n')
    .replace('departments: [办公室, 法律工作部]', 'departments: [办公室, "法律\\u0001工作部\\u007f"]')
    .replace('title: 第一项', 'title: "第一项\\r\\n第二行 _x0041_ \\ud800 end"')
    .replace('unit: 场', 'unit: "场\\udc00\\u0008"')
    .replace('metric: 活动', 'metric: "活动\\r"');

  it('every unit\'s sheet, untouched, imports with nothing to record; the texts read back equal', async () => {
    const { dir } = miniPlans(text);
    expect((await runCli(['validate'], { cwd: dir, env: ENV })).code).toBe(0);
    const e = await runCli(['sheet', 'export', '--all', '--out', 'sheets'], { cwd: dir, env: ENV });
    expect(e.code, e.stderr).toBe(0);
    const files = readdirSync(join(dir, 'sheets'));
    expect(files).toHaveLength(2);
    for (const f of files) {
      const r = await runCli(['sheet', 'import', join('sheets', f)], { cwd: dir, env: ENV });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/nothing to record/);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'sheets', files.find((f) => f.startsWith('法律'))!));
    const cells = (ws: ExcelJS.Worksheet) => {
      const out: unknown[] = [];
      ws.eachRow((row) => row.eachCell((c) => void out.push(c.value)));
      return out;
    };
    // The task as shown (CR, CR LF, the literal _x0041_, the lone surrogate), the unit as the hidden sheet holds it.
    expect(cells(wb.worksheets[0]!).some((c) => typeof c === 'string' && c.includes(title))).toBe(true);
    expect(cells(wb.getWorksheet('_plan')!)).toContain(unit);
  });

  it('a filled sheet of that unit records its reading (the value typed into the XML, as Excel saves it)', async () => {
    const { dir, file } = miniPlans(text);
    expect((await runCli(['sheet', 'export', '--dept', unit, '--out', 'law.xlsx'], { cwd: dir, env: ENV })).code).toBe(0);
    const parts = zipParts(readFileSync(join(dir, 'law.xlsx')));
    const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
    const xml = sheet.data.toString('utf8');
    // 1.1 is the first row under the header: its 本次累计 (column J) is an empty styled cell.
    const patched = xml.replace(/<c r="J4"([^>]*?)\/>/, '<c r="J4"$1><v>20</v></c>');
    expect(patched).not.toBe(xml);
    sheet.data = Buffer.from(patched);
    writeFileSync(join(dir, 'law.xlsx'), makeZip(parts));
    const r = await runCli(['sheet', 'import', 'law.xlsx'], { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/value: 20/);
  });
});

describe('20: no raw escape or line break from an argument reaches the terminal', () => {
  it.each([
    [['--bogus\x1b[2J'], /unknown option '--bogus\\x1B\[2J'/],
    [['bogus\x1b]0;x\x07'], /unknown command 'bogus\\x1B\]0;x\\x07'/],
    [['--lang', 'x\x1b[31m', 'list'], /'x\\x1B\[31m' is invalid/],
    [['completion', 'ba\x1bsh'], /'ba\\x1Bsh' is invalid/],
    [['behind', '--fail-on', 'x\ny'], /x y/],
    [['show', '1\n\x1b[31mforged'], /1 \\x1B\[31mforged/],
    [['list', '--dept', '办公\n室'], /办公 室/],
  ])('plan %j: one line, escaped', async (argv, pattern) => {
    const r = await runCli(argv, { env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expectOneLine(r, pattern);
  });

  it.each([['list'], ['show', '1'], ['report']])('plan %s --format json: plan text with C1 and bidi controls is escaped, and parses back equal', async (...args: string[]) => {
    const title = '第一项\u009b31m\u202e反\u2028行';
    const { dir } = miniPlans(MINI.replace('title: 第一项', `title: ${JSON.stringify(title)}`));
    const r = await runCli([...args, '--format', 'json'], { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).not.toMatch(/\u2028/);
    expect(r.stdout).toContain('\\u009b31m\\u202e反\\u2028行');
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    if (args[0] === 'list') expect((JSON.parse(r.stdout) as { items: { title: string }[] }).items[0]!.title).toBe(title);
  });

  it('init prints a folder name with an escape escaped (on stdout too)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-init-'));
    const r = await runCli(['init', 'pl\x1b[31mans'], { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toMatch(/created pl\\x1B\[31mans\/work-2026\.yaml/);
  });
});

const WRITE = ['progress', '1.1', '--value', '20', '--date', '2026-04-30', '--by', '办公室'];

function miniPlans(text = MINI): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'plan-attack-'));
  mkdirSync(join(dir, 'plans'));
  const file = join(dir, 'plans', 'mini.yaml');
  writeFileSync(file, text);
  return { dir, file };
}

describe('2: a plan edited by someone else between the read and the rename is not overwritten', () => {
  it('edited once in the window: read again, the edit kept and the reading added', async () => {
    const { dir, file } = miniPlans();
    const r = await runCli(WRITE, { cwd: dir, env: { ...ENV, PLAN_FAULT: 'before-rename:edit' } });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# edited meanwhile\n');
    expect(text).toMatch(/\{ date: 2026-04-30, value: 20, by: 办公室[,}]/);
    expect(readdirSync(join(dir, 'plans'))).toEqual(['mini.yaml']);
  });

  it('edited after the run first read it (for its language) and before the lock: read again under the lock, the edit kept', async () => {
    const { dir, file } = miniPlans();
    // LANG=C: the language is the plan's, so the plan is read before the command takes its lock.
    const r = await runCli(WRITE, { cwd: dir, env: { ...ENV, LANG: 'C.UTF-8', PLAN_FAULT: 'locked:edit' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/已记入/);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# edited meanwhile\n');
    expect(text).toMatch(/\{ date: 2026-04-30, value: 20, by: 办公室[,}]/);
  });

  it('edited every time: refused with one line, the other editor’s text stays', async () => {
    const { dir, file } = miniPlans();
    const r = await runCli(WRITE, { cwd: dir, env: { ...ENV, PLAN_FAULT: 'before-rename:edit-always' } });
    expect(r.code).toBe(1);
    expectOneLine(r, /^plan: plans\/mini\.yaml was changed by someone else while plan was writing it; nothing was written/);
    expect(readFileSync(file, 'utf8')).toBe(MINI + '# edited meanwhile\n# edited meanwhile\n');
    expect(readdirSync(join(dir, 'plans'))).toEqual(['mini.yaml']);
  });
});

describe('3: a reading never lands in text an alias shares', () => {
  const shared = MINI.replace('            progress:\n', '            progress: &p\n') +
    '      - id: "2"\n        title: 第二项\n        departments: [办公室]\n        targets:\n          - id: "2.1"\n            metric: 培训\n            kind: at_least\n            target: 50\n            unit: 人\n            progress: *p\n';

  it('progress: &p on 1.1 and *p on 2.1: plan progress 1.1 is refused, the file unchanged', async () => {
    const { dir, file } = miniPlans(shared);
    expect((await runCli(['validate'], { cwd: dir, env: ENV })).code).toBe(0);
    const r = await runCli(WRITE, { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    expectOneLine(r, /^plan: the reading would also change another part of plans\/mini\.yaml \(text shared through a YAML anchor/);
    expect(readFileSync(file, 'utf8')).toBe(shared);
  });

  it('an alias elsewhere (a shared unit list) does not stop a reading', async () => {
    const text = MINI.replace('departments: [办公室, 法律工作部]', 'departments: &units [办公室, 法律工作部]') + '      - id: "2"\n        title: 第二项\n        departments: *units\n';
    const { dir, file } = miniPlans(text);
    const r = await runCli(WRITE, { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('value: 20');
  });
});

describe('4: ids a reference cannot tell apart are refused, never silently merged', () => {
  const item = (id: string, title: string) => `      - id: "${id}"\n        title: ${title}\n        departments: [办公室]\n`;

  it.each([
    ['an item 1.1 beside target 1.1 of item 1', MINI + item('1.1', '冒名事项'), /^plans\/mini\.yaml:23:13 +error +ambiguous-id +id 1\.1 and target 1\.1 are the same reference \(1\.1\): plan could not tell them apart; give one of them another id$/m],
    ['items 1 and １ (full width)', MINI + item('１', '全角事项'), /^plans\/mini\.yaml:23:13 +error +ambiguous-id +id １ and item 1 are the same reference \(1\)/m],
    ['target ２.1 beside item 2.1', MINI.replace('id: "1.1"', 'id: "２.1"') + item('2.1', '事项'), /error +ambiguous-id +id 2\.1 and target ２\.1 are the same reference \(2\.1\)/],
  ])('%s: validate fails at the id, and plan progress refuses to guess', async (_, text, pattern) => {
    const { dir, file } = miniPlans(text);
    const v = await runCli(['validate'], { cwd: dir, env: ENV });
    expect(v.code).toBe(1);
    expect(v.stdout + v.stderr).toMatch(pattern);
    const w = await runCli(['progress', '1.1', '--value', '20', '--date', '2026-04-30', '--by', '办公室'], { cwd: dir, env: ENV });
    expect(w.code).not.toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('in Chinese too; an id written only in full width is found when typed either way', async () => {
    const { dir } = miniPlans(MINI + item('１', '全角事项'));
    const v = await runCli(['validate'], { cwd: dir, env: { ...ENV, LANG: 'zh_CN.UTF-8' } });
    expect(v.stdout + v.stderr).toContain('编号 １ 与事项 1 在引用中相同（1），无法区分；请给其中一个改用其他编号');
    const only = miniPlans(MINI.replace('id: "1"', 'id: "３"').replace('id: "1.1"', 'id: "３.1"'));
    expect((await runCli(['validate'], { cwd: only.dir, env: ENV })).code).toBe(0);
    for (const ref of ['3', '３']) {
      const r = await runCli(['show', ref], { cwd: only.dir, env: ENV });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('第一项');
    }
  });
});

describe('5/6: a write keeps the link, the owner and the group', () => {
  it('a symlinked plan is written through to its target; the link stays a link', async () => {
    const { dir } = miniPlans();
    const real = join(dir, 'real-mini.yaml');
    renameSync(join(dir, 'plans', 'mini.yaml'), real);
    symlinkSync(real, join(dir, 'plans', 'mini.yaml'));
    const r = await runCli(WRITE, { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'plans', 'mini.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toContain('value: 20');
    expect(readdirSync(join(dir, 'plans'))).toEqual(['mini.yaml']);
    expect(readdirSync(dir).sort()).toEqual(['plans', 'real-mini.yaml']);
  });

  it.skipIf(process.getuid?.() !== 0)('as root, a plan owned by 1234:5678 keeps its owner and group (and mode)', async () => {
    const { dir, file } = miniPlans();
    chownSync(file, 1234, 5678);
    chmodSync(file, 0o640);
    const r = await runCli(WRITE, { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    const st = statSync(file);
    expect([st.uid, st.gid, st.mode & 0o777]).toEqual([1234, 5678, 0o640]);
    // And a report rewritten over a file of another owner.
    const out = join(dir, 'report.md');
    writeFileSync(out, 'old');
    chownSync(out, 4321, 8765);
    expect((await runCli(['report', '--out', 'report.md'], { cwd: dir, env: ENV })).code).toBe(0);
    expect([statSync(out).uid, statSync(out).gid]).toEqual([4321, 8765]);
  });
});

describe('7: --out writes regular files and new names, streams to FIFOs and devices, refuses the rest', () => {
  it.each([
    ['report', '--out'],
    ['import', `${SEED}`, '--period', '2026', '--out'],
    ['sheet', 'export', '--dept', '办公室', '--out'],
  ])('plan %s … /dev/null: /dev/null stays a character device', async (...args: string[]) => {
    const { dir } = miniPlans();
    const r = await runCli([...args, '/dev/null'], { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('report --out a FIFO: the report streams into it, the FIFO stays', async () => {
    const { dir } = miniPlans();
    const fifo = join(dir, 'out.md');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
    let got = '';
    reader.stdout.setEncoding('utf8').on('data', (c: string) => (got += c));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const r = await runCli(['report', '--out', 'out.md'], { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    await closed;
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(got).toMatch(/测试计划/);
  });

  it('report --out a symlink: the target is written, the link stays', async () => {
    const { dir } = miniPlans();
    symlinkSync(join(dir, 'target.md'), join(dir, 'link.md'));
    writeFileSync(join(dir, 'target.md'), 'old');
    const r = await runCli(['report', '--out', 'link.md'], { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.md'), 'utf8')).toMatch(/测试计划/);
  });

  it.each([
    { what: 'a symlink to a missing file', make: (p: string) => symlinkSync('/nonexistent/x.md', p), pattern: /it is a symbolic link to a missing file/ },
    { what: 'a socket', make: (p: string) => spawnSync('python3', ['-c', `import socket;s=socket.socket(socket.AF_UNIX);s.bind(${JSON.stringify(p)})`]), pattern: /it is a socket/ },
  ])('report --out $what: refused with one line, left as it was', async ({ make, pattern }) => {
    const { dir } = miniPlans();
    const p = join(dir, 'out.md');
    make(p);
    if (!existsSync(p) && !lstatSync(p, { throwIfNoEntry: false })) return; // no python3 for the socket
    const before = lstatSync(p);
    const r = await runCli(['report', '--out', 'out.md'], { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    expectOneLine(r, pattern);
    const after = lstatSync(p);
    expect([after.ino, after.mode]).toEqual([before.ino, before.mode]);
  });
});

describe('15: 46 concurrent writers with the default lock timeout all land', () => {
  it('46 × plan progress 7.4 --add 1 at once: every one exits 0, the total is 46 more, no advice to delete a lock', async () => {
    const { dir, file } = tempPlans();
    const env: NodeJS.ProcessEnv = { ...realEnv() };
    delete env.PLAN_LOCK_TIMEOUT_MS;
    const runs = Array.from({ length: 46 }, () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'progress', '7.4', '--add', '1', '--by', '经济工作部', '--person', '测试', '--date', '2026-10-15', '--as-of', '2026-10-15', '-q'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
        child.on('close', (code) => resolve({ code, stderr }));
      }),
    );
    const results = await Promise.all(runs);
    expect(results.filter((r) => r.code !== 0).map((r) => r.stderr)).toEqual([]);
    expect(results.map((r) => r.stderr).join('')).not.toMatch(/delete/);
    const readings = readFileSync(file, 'utf8').match(/\{ date: 2026-10-15, value: \d+[^}]*person: 测试[^}]*\}/g) ?? [];
    expect(readings).toHaveLength(46);
    expect(readings[45]).toMatch(/value: 1196\b/);
    expect(readdirSync(join(dir, 'plans'))).toEqual(['union-2026.yaml']);
  }, 300_000);
});

describe('16: stale locks are taken over; a live one is waited for and never called deletable', () => {
  const ownStart = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')[19];
  const hourAgo = new Date(Date.now() - 3_600_000);
  it.each([
    { name: 'a live unrelated pid (reused), written before that process started', lock: (l: string) => { writeFileSync(l, `${process.pid}\n${hostname()}\n`); utimesSync(l, hourAgo, hourAgo); } },
    { name: 'a live pid whose recorded start time is another process’s', lock: (l: string) => writeFileSync(l, `${process.pid}\n${hostname()}\n1\n`) },
    { name: 'a lock that is an (empty) folder', lock: (l: string) => mkdirSync(l) },
    { name: 'a lock that is a dangling symbolic link', lock: (l: string) => symlinkSync(join(tmpdir(), 'no-such-lock-target'), l) },
    { name: 'a foreign host’s lock with an mtime a day ahead', lock: (l: string) => { writeFileSync(l, `4242\nsome-other-host\n`); const later = new Date(Date.now() + 86_400_000); utimesSync(l, later, later); } },
  ])('$name: taken over, the reading lands, no lock left', async ({ lock }) => {
    const { dir, file } = miniPlans();
    lock(`${file}.lock`);
    const r = await runCli(WRITE, { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('value: 20');
    expect(readdirSync(join(dir, 'plans'))).toEqual(['mini.yaml']);
  });

  it('a live lock (this process, its own start time): a clear timeout that says it is running, never "delete"', async () => {
    const { dir, file } = miniPlans();
    writeFileSync(`${file}.lock`, `${process.pid}\n${hostname()}\n${ownStart}\n`);
    const r = await runCli(WRITE, { cwd: dir, env: { ...ENV, PLAN_LOCK_TIMEOUT_MS: '200' } });
    expect(r.code).toBe(1);
    expectOneLine(r, new RegExp(`^plan: plans/mini\\.yaml is locked by another plan process \\(mini\\.yaml\\.lock\\); try again when it has finished \\(pid ${process.pid} is running`));
    expect(r.stderr).not.toMatch(/delete/);
    expect(readFileSync(file, 'utf8')).toBe(MINI);
  });
});

describe('17: a full disk leaves no temp file (lock or plan) behind', () => {
  it.each(['lock-opened', 'temp-opened', 'temp-written'])('PLAN_FAULT=%s:enospc: one line, nothing left but the plan', async (point) => {
    const { dir, file } = miniPlans();
    const r = await runCli(WRITE, { cwd: dir, env: { ...ENV, PLAN_FAULT: `${point}:enospc` } });
    expect(r.code).toBe(1);
    expectOneLine(r, /^plan: could not write plans\/mini\.yaml: no space left on the device/);
    expect(readdirSync(join(dir, 'plans'))).toEqual(['mini.yaml']);
    expect(readFileSync(file, 'utf8')).toBe(MINI);
  });

  it('a real full file system (a 64 KB tmpfs, as root): one line, nothing left but the plan', async () => {
    const mnt = mkdtempSync(join(tmpdir(), 'plan-tiny-'));
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]).status === 0;
    // Without the right to mount, the fault hook above stands in.
    if (!mounted) return;
    try {
      mkdirSync(join(mnt, 'plans'));
      writeFileSync(join(mnt, 'plans', 'mini.yaml'), MINI);
      // Fill it up.
      try {
        writeFileSync(join(mnt, 'fill'), Buffer.alloc(1024 * 1024));
      } catch {
        /* ENOSPC: full */
      }
      const r = await runCli(WRITE, { cwd: mnt, env: ENV });
      expect(r.code).toBe(1);
      expectOneLine(r, /^plan: could not write plans\/mini\.yaml: no space left on the device/);
      expect(readdirSync(join(mnt, 'plans'))).toEqual(['mini.yaml']);
      expect(readFileSync(join(mnt, 'plans', 'mini.yaml'), 'utf8')).toBe(MINI);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});

describe('8: the audit gate follows a moved plan and a renamed target, and the workflow init writes is strict', () => {
  /** git with a fixed identity, and no user or system config to depend on. */
  function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=plan test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' },
      encoding: 'utf8',
    });
  }

  /** The sample plan adopted in a fresh repository. */
  function adopted(): { dir: string; file: string } {
    const r = tempPlans();
    git(r.dir, 'init', '-q');
    git(r.dir, 'add', '.');
    git(r.dir, 'commit', '-qm', 'adopt the plan');
    return r;
  }

  const EDITED = (s: string) => s.replace('{ date: 2026-09-30, value: 1150,', '{ date: 2026-09-30, value: 1250,');

  it.each([
    ['git mv, not committed', (dir: string) => git(dir, 'mv', 'plans/union-2026.yaml', 'plans/union-2026-revised.yaml'), 'HEAD'],
    ['git mv, committed', (dir: string) => (git(dir, 'mv', 'plans/union-2026.yaml', 'plans/union-2026-revised.yaml'), git(dir, 'commit', '-qm', 'rename')), 'HEAD~1'],
    ['a plain mv (untracked): found by its plan id', (dir: string) => renameSync(join(dir, 'plans/union-2026.yaml'), join(dir, 'plans/union-2026-revised.yaml')), 'HEAD'],
  ])('%s, then a historic reading edited: still an error', async (_, move, ref) => {
    const { dir } = adopted();
    move(dir);
    const moved = join(dir, 'plans/union-2026-revised.yaml');
    writeFileSync(moved, EDITED(readFileSync(moved, 'utf8')));
    const r = await runCli(['validate', '--against', ref], { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/plans\/union-2026-revised\.yaml:\d+:\d+ +error +reading-edited +the reading of 2026-09-30 was 1150 in HEAD(~1)? and is now 1250/);
    expect(r.stderr).toContain(`plans/union-2026-revised.yaml: compared with ${ref}:plans/union-2026.yaml, the same plan before it was moved`);
  });

  it('target 7.4 renamed 7.4x (its readings edited on the way): an error, not a warning', async () => {
    const { dir, file } = adopted();
    writeFileSync(file, EDITED(readFileSync(file, 'utf8')).replace('- id: "7.4"', '- id: "7.4x"'));
    const r = await runCli(['validate', '--against', 'HEAD', '--format', 'json'], { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    const problems = (JSON.parse(r.stdout) as { problems: { severity: string; code: string; message: string }[] }).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'reading-removed',
        message: 'target 7.4 (各级技能竞赛活动) and its 3 readings are gone since HEAD: readings are the audit trail, never removed; if it was renamed, give it back the id 7.4',
      }),
    );
  });

  it('the workflow plan init writes gates pull requests with --strict (a warning fails too)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-init-'));
    expect((await runCli(['init'], { cwd: dir, env: ENV })).code).toBe(0);
    const wf = readFileSync(join(dir, '.github/workflows/plan.yml'), 'utf8');
    expect(wf).toContain('npx --no plan validate --strict --format github --against origin/${{ github.base_ref }}');
    // The starter plan passes the strict gate as it is.
    expect((await runCli(['validate', '--strict'], { cwd: dir, env: ENV })).code).toBe(0);
  });
});

describe('9/21/22: a spreadsheet is read the way the zip library reads it, within limits, and cell by cell', () => {
  const MB = 1024 * 1024;
  const huge = (mb: number) => Buffer.alloc(mb * MB, '<si><t>炸</t></si>');

  /** A filled 填报表 of 法律工作部 (720 for 10.1, a text in the footer's 填报日期), taken apart: its zip entries, the date cell. */
  async function filledSheet(): Promise<{ dir: string; file: string; parts: { name: string; data: Buffer }[]; dateCell: string }> {
    const { dir, file } = tempPlans();
    const r = await runCli(['sheet', 'export', '--dept', '法律工作部', '--out', 'law.xlsx'], { cwd: dir, env: { ...ENV, LANG: 'zh_CN.UTF-8' } });
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'law.xlsx'));
    const ws = wb.worksheets[0]!;
    let dateCell = '';
    ws.eachRow((x, n) => {
      if (x.getCell('B').value === '10.1') ws.getCell(`J${n}`).value = 720;
      if (x.getCell('C').value === '填报日期') dateCell = `D${n}`;
    });
    ws.getCell(dateCell).value = 'DATE';
    return { dir, file, parts: zipParts(Buffer.from(await wb.xlsx.writeBuffer())), dateCell };
  }

  /** The sheet's XML with the shared-string cell `cell` rewritten by `edit` (attributes, value). */
  function patchCell(parts: { name: string; data: Buffer }[], cell: string, edit: (attrs: string) => string): void {
    const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
    const xml = sheet.data.toString('utf8');
    const patched = xml.replace(new RegExp(`<c r="${cell}"([^>]*?) t="s"([^>]*)><v>\\d+</v></c>`), (_, a: string, b: string) => `<c r="${cell}"${a}${b}${edit('')}</c>`);
    expect(patched).not.toBe(xml);
    sheet.data = Buffer.from(patched);
  }

  it.each([
    ['the end record claims one entry; the bomb is the second', (bomb: ZipPart) => makeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, bomb], { claim: 1 })],
    ['1 KB prepended: every offset is off', (bomb: ZipPart) => makeZip([bomb], { prepend: Buffer.alloc(1024, 'MZ') })],
    ['70 KB after the end record', (bomb: ZipPart) => makeZip([bomb], { append: Buffer.alloc(70 * 1024, 'x') })],
  ])('a shared-strings bomb, %s: refused in one line, the plan untouched', async (_, build) => {
    const { dir, file } = tempPlans();
    const before = readFileSync(file);
    writeFileSync(join(dir, 'bomb.xlsx'), build({ name: 'xl/sharedStrings.xml', data: huge(200) }));
    const r = await runCli(['sheet', 'import', 'bomb.xlsx'], { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('bomb.xlsx: xl/sharedStrings.xml in the file unpacks to more than 8 MB (a zip bomb?); it was not read');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('entries each under the cap that together pass it: refused by the total, shared strings counted', async () => {
    const { dir } = tempPlans();
    const parts: ZipPart[] = [0, 1, 2, 3].map((i) => ({ name: i === 0 ? 'xl/sharedStrings.xml' : `xl/worksheets/sheet${i}.xml`, data: huge(7), size: 100 }));
    writeFileSync(join(dir, 'bomb.xlsx'), makeZip(parts));
    const r = await runCli(['import', 'bomb.xlsx'], { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    expectOneLine(r, /^bomb\.xlsx: the file unpacks to more than 24 MB \(a zip bomb\?\); it was not read\n$/);
    expect(r.stdout).toBe('');
  });

  it('a real filled sheet behind prepended bytes is still read (the archive is found as Excel finds it)', async () => {
    const { dir, parts, dateCell } = await filledSheet();
    patchCell(parts, dateCell, () => '><v>46346</v>');
    writeFileSync(join(dir, 'a.xlsx'), makeZip(parts, { prepend: Buffer.alloc(512, 0x20) }));
    const r = await runCli(['sheet', 'import', 'a.xlsx', '--dry-run', '--format', 'json'], { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).sheets[0].recorded[0].reading).toMatchObject({ date: '2026-11-20', value: 720 });
  });

  it.each(['2026-11-20', '2026-11-20T00:00:00', '2026-11-20T00:00:00Z'])('21: a date cell written as t="d" (%s) is that date, not 1905-07-18', async (iso) => {
    const { dir, parts, dateCell } = await filledSheet();
    patchCell(parts, dateCell, () => ` t="d"><v>${iso}</v>`);
    writeFileSync(join(dir, 'a.xlsx'), makeZip(parts));
    const r = await runCli(['sheet', 'import', 'a.xlsx', '--format', 'json'], { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).sheets[0].recorded[0].reading).toMatchObject({ date: '2026-11-20', value: 720, by: '法律工作部' });
  });

  it('22: a shared-string index out of range: the cell is named, no TypeError, nothing written', async () => {
    const { dir, file, parts, dateCell } = await filledSheet();
    const before = readFileSync(file);
    patchCell(parts, dateCell, () => ' t="s"><v>999</v>');
    writeFileSync(join(dir, 'a.xlsx'), makeZip(parts));
    const r = await runCli(['sheet', 'import', 'a.xlsx'], { cwd: dir, env: { ...ENV, LANG: 'zh_CN.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(`a.xlsx: 填报表!${dateCell}：共享字符串 999 不存在（工作簿已损坏）`);
    expect(r.stderr).not.toMatch(/TypeError|Cannot read/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
