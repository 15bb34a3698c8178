import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generatePlan } from '../bench/generate.mjs';
import { ROOT, runCli } from '../helpers.js';

const gen = generatePlan as (items: number, seed?: number) => string;

function bigPlan(items = 1000): { dir: string; file: string; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'plan-scale-'));
  mkdirSync(join(dir, 'plans'));
  const file = join(dir, 'plans', `bench-${items}.yaml`);
  const text = gen(items);
  writeFileSync(file, text);
  return { dir, file, text };
}

describe('big plans (regions instead of a whole positional parse)', () => {
  it('places a problem deep in a 1,000-item plan on its exact line', async () => {
    const { dir, file, text } = bigPlan();
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l === '      - id: "777"');
    const deps = lines.findIndex((l, i) => i > at && l.startsWith('        departments: ['));
    lines[deps] = lines[deps]!.replace('[', '[法律工作, ');
    writeFileSync(file, lines.join('\n'));
    const r = await runCli(['validate', '--as-of', '2026-12-31'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`plans/bench-1000.yaml:${deps + 1}:${lines[deps].indexOf('法律工作') + 1}  error  unknown-unit`);
    expect(r.stdout).toContain('did you mean 法律工作部');
  });

  it('records a reading in a 1,000-item plan as one inserted line', async () => {
    const { dir, file, text } = bigPlan();
    const r = await runCli(['progress', '500.1', '--value', '1', '--correction', '--date', '2026-10-01', '--as-of', '2026-10-01', '--person', '测试'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const before = text.split('\n');
    const after = readFileSync(file, 'utf8').split('\n');
    expect(after.length).toBe(before.length + 1);
    const i = after.findIndex((l, k) => l !== before[k]);
    expect(after[i]).toMatch(/^ +- \{ date: 2026-10-01, value: 1, by: [^,]+, person: 测试, correction: true \}$/);
    expect([...after.slice(0, i), ...after.slice(i + 1)]).toEqual(before);
    expect(after.slice(0, i).reverse().find((l) => l.includes('id: "500.1"'))).toBeDefined();
    expect((await runCli(['validate', '--as-of', '2026-10-01'], { cwd: dir })).code).toBe(0);
  });
});

describe('the plan cache', () => {
  const run = (dir: string, cache: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'bin/plan.js'), ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', PLAN_CACHE_DIR: cache, LANG: 'en_US.UTF-8' }, encoding: 'utf8', maxBuffer: 1 << 28 });

  it('gives the same output warm as cold, and never serves an edited file from it', () => {
    const { dir, file, text } = bigPlan();
    const cache = join(dir, 'cache');
    const cold = run(dir, cache, 'status', '--as-of', '2026-07-01', '--json');
    expect(cold.status).toBe(0);
    expect(readdirSync(cache).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    const warm = run(dir, cache, 'status', '--as-of', '2026-07-01', '--json');
    expect(warm.stdout).toBe(cold.stdout);
    const off = spawnSync(process.execPath, [join(ROOT, 'bin/plan.js'), 'status', '--as-of', '2026-07-01', '--json'], { cwd: dir, env: { PATH: process.env.PATH ?? '', PLAN_CACHE: '0' }, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(off.stdout).toBe(cold.stdout);

    writeFileSync(file, text.replace('  - name: 办公室', '  - name: 办公厅'));
    const edited = run(dir, cache, 'status', '--as-of', '2026-07-01');
    expect(edited.status).toBe(1);
    expect(edited.stderr).toMatch(/unknown unit "办公室"/);

    writeFileSync(file, text);
    for (const f of readdirSync(cache)) writeFileSync(join(cache, f), '{ not json');
    const corrupt = run(dir, cache, 'status', '--as-of', '2026-07-01', '--json');
    expect(corrupt.stdout).toBe(cold.stdout);
  });
});

describe('RegionFinder', () => {
  it('finds an item\'s own text and proves it against the data, or declines', async () => {
    const { RegionFinder } = await import('../../src/yaml/region.js');
    const { load, CORE_SCHEMA } = await import('js-yaml');
    const text = gen(1000);
    const data = load(text, { schema: CORE_SCHEMA }) as { sections: { items: { id: string }[] }[] };
    const finder = new RegionFinder(text, data);
    const region = finder.find(['sections', 3, 'items', 5, 'targets', 0, 'kind']);
    expect(region).toBeDefined();
    expect(region!.path).toEqual([0, 'targets', 0, 'kind']);
    expect(region!.text.startsWith(`      - id: "${data.sections[3]!.items[5]!.id}"`)).toBe(true);
    expect(text.slice(region!.start, region!.start + region!.text.length)).toBe(region!.text);
    // Data that does not match the text (as after an edit) is declined, never guessed.
    const stale = structuredClone(data);
    (stale.sections[3]!.items[5] as { title?: string }).title = '别的标题';
    expect(new RegionFinder(text, stale).find(['sections', 3, 'items', 5, 'title'])).toBeUndefined();
    expect(finder.find(['departments', 2, 'name'])?.path).toEqual(['departments', 2, 'name']);
  });
});
