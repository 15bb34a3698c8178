import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

/**
 * Issue 16.1: a plan typed by hand with bare section and item ids (`- id: 7`, `id: 一`), as the
 * design's own example writes it, works with every command; the ids are the strings "7" and "一".
 */

const BARE = readFileSync(join(ROOT, 'tests/fixtures/valid/bare-ids.yaml'), 'utf8');
const AS_OF = '2026-07-01';

function planDir(text = BARE): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'plan-bare-'));
  mkdirSync(join(dir, 'plans'));
  const file = join(dir, 'plans', 'quzf-2026.yaml');
  writeFileSync(file, text);
  return { dir, file };
}

const cli = (dir: string, args: string[]) => runCli([...args, '--as-of', AS_OF], { cwd: dir });

interface ItemJson {
  id: string;
  section: string;
  targets: { id: string; item: string }[];
}

describe('bare section and item ids (issue 16.1)', () => {
  it('validate passes the plan: no id-not-string, no warning', async () => {
    const { dir } = planDir();
    const r = await cli(dir, ['validate', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toEqual({ schema: 1, valid: true, problems: [] });
    expect(r.code).toBe(0);
  });

  it('list reads `- id: 10` and `id: 2` as the strings "10" and "2"', async () => {
    const { dir } = planDir();
    const r = await cli(dir, ['list', '--format', 'json']);
    expect(r.code).toBe(0);
    const items = (JSON.parse(r.stdout) as { items: ItemJson[] }).items;
    expect(items.map((i) => [i.section, i.id])).toEqual([
      ['一', '1'],
      ['一', '2'],
      ['2', '10'],
    ]);
    expect(items[2]!.targets.map((t) => [t.item, t.id])).toEqual([
      ['10', '10.1'],
      ['10', '10.2'],
    ]);
  });

  it('list --section 2 and show 10 find the bare ids', async () => {
    const { dir } = planDir();
    const list = await cli(dir, ['list', '--section', '2']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('新建改扩建公办幼儿园');
    expect(list.stdout).not.toContain('新增规模以上工业企业');
    const show = await cli(dir, ['show', '10', '--format', 'json']);
    expect(show.code).toBe(0);
    expect((JSON.parse(show.stdout) as { item: ItemJson }).item).toMatchObject({ id: '10', section: '2' });
  });

  it('behind, depts and status name the items by their string ids', async () => {
    const { dir } = planDir();
    const behind = await cli(dir, ['behind', '--format', 'json']);
    expect((JSON.parse(behind.stdout) as { targets: { item: string }[] }).targets.map((t) => t.item).sort()).toEqual(['1', '10', '10', '2']);
    const depts = await cli(dir, ['depts', '--format', 'json']);
    const units = (JSON.parse(depts.stdout) as { departments: { name: string; lead: string[] }[] }).departments;
    expect(units.find((u) => u.name === '区教育局')?.lead).toEqual(['10']);
    const status = await cli(dir, ['status']);
    expect(status.code).toBe(0);
  });

  it('progress on a bare item writes the reading and keeps `- id: 2` bare; the plan stays valid', async () => {
    const { dir, file } = planDir();
    const r = await cli(dir, ['progress', '2', '--percent', '40', '--by', '区交通运输局', '--date', '2026-06-30']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('recorded in plans/quzf-2026.yaml\n');
    const lines = BARE.split('\n');
    const at = lines.indexOf('        departments: [区交通运输局]') + 1;
    const expected = [...lines.slice(0, at), '        progress:', '          - { date: 2026-06-30, value: 40, by: 区交通运输局, recorded: 2026-07-01 }', ...lines.slice(at)];
    expect(readFileSync(file, 'utf8')).toBe(expected.join('\n'));
    const v = await cli(dir, ['validate', '--format', 'json']);
    expect(JSON.parse(v.stdout)).toEqual({ schema: 1, valid: true, problems: [] });
  });

  it('progress on a target of a bare item adds a block reading in the style of its neighbour', async () => {
    const { dir, file } = planDir();
    const r = await cli(dir, ['progress', '1', '--value', '9', '--by', '区发展改革委', '--date', '2026-06-30']);
    expect(r.code).toBe(0);
    const anchor = '                by: 区发展改革委';
    const lines = BARE.split('\n');
    const at = lines.indexOf(anchor) + 1;
    const added = ['              - date: 2026-06-30', '                value: 9', anchor, '                recorded: 2026-07-01'];
    expect(readFileSync(file, 'utf8')).toBe([...lines.slice(0, at), ...added, ...lines.slice(at)].join('\n'));
    expect(readFileSync(file, 'utf8')).toContain('\n      - id: 1\n');
  });

  it('a bare id that is not a plain whole number is still refused with "quote it"', async () => {
    for (const [written, read] of [
      ['7.10', '7.1'],
      ['7.0', '7'],
      ['007', '7'],
    ]) {
      const { dir } = planDir(BARE.replace('      - id: 2\n', `      - id: ${written}\n`));
      const r = await cli(dir, ['validate']);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`plans/quzf-2026.yaml:31:13  error  id-not-string  sections[0].items[1].id must be a string: YAML reads the bare ${written} as the number ${read}; quote it: "${written}"`);
      // Every other command refuses the plan with the same line.
      const list = await cli(dir, ['list']);
      expect(list.code).toBe(1);
      expect(list.stderr).toContain('plans/quzf-2026.yaml:31:13');
    }
  });

  it('a bare target id stays refused: target ids are quoted', async () => {
    const { dir } = planDir(BARE.replace('          - id: "10.2"', '          - id: 10.2'));
    const r = await cli(dir, ['validate', '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { problems: { code: string; message: string }[] }).problems).toEqual([
      expect.objectContaining({ code: 'id-not-string', message: expect.stringContaining('quote it: "10.2"') as string }),
    ]);
  });
});
