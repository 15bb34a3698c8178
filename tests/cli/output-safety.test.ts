import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, type RunResult } from '../helpers.js';

/**
 * Plan text is shown, never obeyed: a plan whose titles, units, ids, notes and unit
 * names hold ESC [31m, OSC 8 hyperlinks, BEL, CR, a C1 CSI, bidi overrides (U+202E, U+2066) and
 * spreadsheet formulas goes through every command and format that prints text. JSON is data (it
 * escapes C0 itself) and is not checked here.
 */

const ESCAPES = join(ROOT, 'tests/fixtures/bad/escapes.yaml');

/** A raw control character, bidi control or stray BOM; CR only outside CRLF. Tabs and newlines are fine. */
// eslint-disable-next-line no-control-regex
const RAW = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|\r(?!\n)/u;
// eslint-disable-next-line no-control-regex
const SGR = /\x1b\[\d+(?:;\d+)*m/g;

function setup(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-escapes-'));
  mkdirSync(join(dir, 'plans'));
  cpSync(ESCAPES, join(dir, 'plans', 'escapes.yaml'));
  return dir;
}

/** The first raw character of s (a CSV's leading BOM aside), shown, or undefined. */
function firstRaw(s: string): string | undefined {
  const m = RAW.exec(s.replace(/^\ufeff/, ''));
  if (!m) return undefined;
  const i = m.index;
  return `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} in …${JSON.stringify(s.slice(Math.max(0, i - 30), i + 10))}`;
}

function expectSafe(r: RunResult, color = false): void {
  expect(r.stderr).not.toMatch(/internal error/);
  const strip = (s: string) => (color ? s.replace(SGR, '') : s);
  expect(firstRaw(strip(r.stdout)), 'stdout').toBeUndefined();
  expect(firstRaw(strip(r.stderr)), 'stderr').toBeUndefined();
}

const AS_OF = ['--as-of', '2026-11-25'];
const ESC_ITEM = '1\x1b[5m';
const ESC_UNIT = 'U\x1b[31mnit';

const TEXT_RUNS: { name: string; args: string[]; exit: number }[] = [
  { name: 'status', args: ['status'], exit: 0 },
  { name: 'list', args: ['list'], exit: 0 },
  { name: 'list --targets', args: ['list', '--targets'], exit: 0 },
  { name: 'list csv', args: ['list', '--format', 'csv'], exit: 0 },
  { name: 'list md', args: ['list', '--format', 'md'], exit: 0 },
  { name: 'list --targets csv', args: ['list', '--targets', '--format', 'csv'], exit: 0 },
  { name: 'list --targets md', args: ['list', '--targets', '--format', 'md'], exit: 0 },
  { name: 'list --dept (escaped unit)', args: ['list', '--dept', ESC_UNIT], exit: 0 },
  { name: 'list --search', args: ['list', '--search', 'red'], exit: 0 },
  { name: 'show target', args: ['show', '1.1'], exit: 0 },
  { name: 'show item with an escaped id', args: ['show', ESC_ITEM], exit: 0 },
  { name: 'show item 2', args: ['show', '2'], exit: 0 },
  { name: 'depts', args: ['depts'], exit: 0 },
  { name: 'depts csv', args: ['depts', '--format', 'csv'], exit: 0 },
  { name: 'depts md', args: ['depts', '--format', 'md'], exit: 0 },
  { name: 'depts NAME', args: ['depts', ESC_UNIT], exit: 0 },
  { name: 'behind', args: ['behind'], exit: 0 },
  { name: 'behind csv', args: ['behind', '--format', 'csv'], exit: 0 },
  { name: 'behind md', args: ['behind', '--format', 'md'], exit: 0 },
  { name: 'report md', args: ['report'], exit: 0 },
  { name: 'report html', args: ['report', '--format', 'html'], exit: 0 },
  { name: 'validate', args: ['validate'], exit: 0 },
  { name: 'validate github', args: ['validate', '--format', 'github'], exit: 0 },
  { name: 'progress --dry-run', args: ['progress', '1.1', '--value', '20', '--person', 'x', '--dry-run'], exit: 0 },
  { name: 'progress, reading note with escapes', args: ['progress', '2.1', '--value', '2', '--person', '\x1b[31mby', '--problems', '\x1b[2Jp', '--note', '\x1b]8;;http://x\x07n\u202e'], exit: 0 },
  // Errors quote the plan's text and the arguments.
  { name: 'depts: unknown unit, did-you-mean an escaped one', args: ['depts', 'U'], exit: 2 },
  { name: 'list --dept unknown', args: ['list', '--dept', 'Z\x1b[2J'], exit: 2 },
  { name: 'show unknown ref', args: ['show', '9\x1b[31m'], exit: 2 },
  { name: 'progress: a lower value needs --correction', args: ['progress', '1.1', '--value', '5', '--person', 'x'], exit: 2 },
  { name: 'progress: an item with several targets lists them', args: ['progress', ESC_ITEM, '--value', '5', '--person', 'x'], exit: 2 },
];

describe('plan text with terminal escapes is shown escaped, never raw', () => {
  for (const lang of ['en', 'zh'] as const) {
    it.each(TEXT_RUNS)(`${lang}: $name`, async ({ args, exit }) => {
      const dir = setup();
      const r = await runCli([...args, ...AS_OF, '--lang', lang], { cwd: dir });
      expect(r.code, r.stderr).toBe(exit);
      expectSafe(r);
    });
  }

  it.each(TEXT_RUNS.filter((r) => !/csv|md|html|github/.test(r.name)))('with colors on, the only escape sequences are our own: $name', async ({ args }) => {
    const dir = setup();
    const r = await runCli([...args, ...AS_OF], { cwd: dir, tty: true, env: { FORCE_COLOR: '1' } });
    expectSafe(r, true);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout.replace(SGR, '')).not.toMatch(/\x1b/);
  });

  it('the escapes are visible as text (\\x1B, \\x07, \\x202E), the rest of the text intact', async () => {
    const dir = setup();
    const list = await runCli(['list', ...AS_OF], { cwd: dir });
    expect(list.stdout).toContain('Item \\x1B[31mred\\x1B[0m \\x202Eevil \\x07 \\x9B31m');
    const show = await runCli(['show', '1.1', ...AS_OF], { cwd: dir });
    expect(show.stdout).toContain('N\\x1B]8;;http://e/\\x07ote\\x1B]8;;\\x07');
    const err = await runCli(['depts', 'U', ...AS_OF], { cwd: dir });
    expect(err.stderr).toMatch(/^plan: unknown unit "U"; did you mean .*U\\x1B\[31mnit/);
    expect(err.stderr.split('\n')).toHaveLength(2);
  });

  it('an import of text with escapes: its notes and warnings are escaped (the YAML on stdout is data)', async () => {
    const dir = setup();
    writeFileSync(join(dir, 'in.txt'), '某单位2026年工作要点\n一、总体\n1. 开展\x1b[31m活动\x1b]8;;http://x\x07不少于100场\u202e。(责任单位:办公\x1b[0m室)\n');
    const r = await runCli(['import', 'in.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(firstRaw(r.stderr)).toBeUndefined();
    // C0 controls are escaped by YAML itself.
    expect(r.stdout).not.toMatch(/[\x07\x1b]/); // eslint-disable-line no-control-regex
  });
});

describe('CSV for Excel: no cell starts a formula', () => {
  /** RFC 4180 cells (quoted or not) of a CSV text. */
  function cells(csv: string): string[] {
    const out: string[] = [];
    const re = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/gy;
    const text = csv.replace(/^\ufeff/, '');
    let m: RegExpExecArray | null;
    while (re.lastIndex < text.length && (m = re.exec(text))) {
      const raw = m[1]!;
      out.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
      if (m[0] === '') break;
    }
    return out;
  }

  it.each([
    ['list', '--format', 'csv'],
    ['list', '--targets', '--format', 'csv'],
    ['depts', '--format', 'csv'],
    ['behind', '--format', 'csv'],
  ])('plan %s %s %s', async (...args) => {
    const dir = setup();
    const r = await runCli([...args, ...AS_OF], { cwd: dir });
    expect(r.code).toBe(0);
    const all = cells(r.stdout);
    expect(all.length).toBeGreaterThan(10);
    for (const c of all) expect(c, c).not.toMatch(/^[=+\-@\t\r]/);
    // A gap (+90.1 on the screen) is the plain number 90.1, which Excel reads as one.
    if (args[0] === 'behind') expect(all).toContain('90.1');
    // The formulas of the plan are there, neutralised.
    expect(all.some((c) => /^'[=+\-@]/.test(c))).toBe(true);
  });

  it("every formula of the plan appears only behind a '", async () => {
    const dir = setup();
    const targets = cells((await runCli(['list', '--targets', '--format', 'csv', ...AS_OF], { cwd: dir })).stdout);
    expect(targets).toContain("'=cmd|' /C calc'!A0");
    expect(targets).toContain("'+SUM(A1:A9)");
    expect(targets).toContain("'-2+3");
    const items = cells((await runCli(['list', '--format', 'csv', ...AS_OF], { cwd: dir })).stdout);
    expect(items).toContain("'@two");
    // A unit list joins the names with 、 (the formula inside it starts no cell); the unit alone is neutralised.
    expect(items.some((c) => c.includes('=HYPERLINK'))).toBe(true);
    expect(items.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  });
});

describe('Markdown and HTML escape plan text', () => {
  it('report md: pipes, HTML, emphasis and links are escaped in cells; no raw tag', async () => {
    const dir = setup();
    const md = (await runCli(['report', ...AS_OF], { cwd: dir })).stdout;
    expect(md).not.toContain('<script>');
    expect(md).toContain('Pipe\\|\\*bold\\*\\<script\\>');
    const list = (await runCli(['list', '--format', 'md', ...AS_OF], { cwd: dir })).stdout;
    expect(list).not.toContain('<script>');
    for (const line of list.trimEnd().split('\n')) expect(line.split(/(?<!\\)\|/).length, line).toBe(8); // 6 columns
  });

  it('report html: no tag from the plan, no script, every escape shown as text', async () => {
    const dir = setup();
    const html = (await runCli(['report', '--format', 'html', ...AS_OF], { cwd: dir })).stdout;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/href="http:\/\/evil/);
  });

  it('the sample plan itself is unchanged by the escaping (no false positives)', async () => {
    const r = await runCli(['list', '--format', 'md', '--as-of', '2026-09-30']);
    expect(r.stdout).not.toContain('\\x');
    expect(readFileSync(join(ROOT, 'plans/union-2026.yaml'), 'utf8')).toContain('title: 强化思想政治引领');
  });
});
