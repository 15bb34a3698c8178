import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, SEED } from '../helpers.js';

interface ListJson {
  items: { id: string; section: string; departments: string[]; targets: { id: string; kind: string; target: number; unit: string }[] }[];
}

const AS_OF = ['--as-of', '2026-07-01'];

describe('plan import', () => {
  it('turns the seed into a plan that validates and lists like the sample plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-'));
    const r = await runCli(['import', SEED, '--period', '2026', '--id', 'union-2026', '--alias', '服务中心=职工服务中心', '--out', 'plans/imported.yaml', '--lang', 'zh'], { cwd: dir });
    // plans/ does not exist yet: import makes the file in it only if the folder is there
    expect(r.code).not.toBe(0);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'plans'));
    const ok = await runCli(['import', SEED, '--period', '2026', '--id', 'union-2026', '--alias', '服务中心=职工服务中心', '--out', 'plans/imported.yaml', '--lang', 'zh'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('');
    expect(ok.stderr).toMatch(/已导入 6 个部分、19 项事项、15 个单位、17 项指标/);
    expect(ok.stderr).toMatch(/第 \d+ 行:/);
    const validate = await runCli(['validate', ...AS_OF], { cwd: dir });
    expect(validate.code, validate.stdout).toBe(0);

    const imported = JSON.parse((await runCli(['list', '--json', ...AS_OF], { cwd: dir })).stdout) as ListJson;
    const sample = JSON.parse((await runCli(['list', '--json', ...AS_OF])).stdout) as ListJson;
    expect(imported.items.map((i) => [i.id, i.section, i.departments])).toEqual(sample.items.map((i) => [i.id, i.section, i.departments]));
    const targets = (j: ListJson) => j.items.flatMap((i) => i.targets.filter((t) => t.id.includes('.')).map((t) => `${t.id} ${t.kind} ${t.target} ${t.unit}`)).sort();
    expect(targets(imported)).toEqual(targets(sample));
    const again = await runCli(['import', SEED, '--period', '2026', '--out', 'plans/imported.yaml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists; use --force/);
    expect((await runCli(['import', SEED, '--period', '2026', '--out', 'plans/imported.yaml', '--force'], { cwd: dir })).code).toBe(0);
  });

  it('reads standard input, writes JSON, and refuses GBK, UTF-16 and binary input', async () => {
    const seed = readFileSync(SEED);
    const json = await runCli(['import', '-', '--format', 'json', '--period', '2026'], { stdin: seed });
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { sections: unknown[] }).sections).toHaveLength(6);
    const gbk = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xb9, 0xa4, 0xd7, 0xf7, 0xd2, 0xaa, 0xb5, 0xe3, 0x0a]); // 中文工作要点 in GBK
    const r1 = await runCli(['import', '-'], { stdin: gbk });
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(/looks like GBK/);
    const r2 = await runCli(['import', '-'], { stdin: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('一、', 'utf16le')]) });
    expect(r2.stderr).toMatch(/UTF-16/);
    const r3 = await runCli(['import', '-'], { stdin: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]) });
    expect(r3.code).toBe(1);
    expect(r3.stderr).toMatch(/binary/);
    for (const r of [r1, r2, r3]) expect(r.stdout).toBe('');
    const none = await runCli(['import', '-'], { stdin: '这是一段没有编号事项的文字。\n' });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^plan: cannot import: /);
    const bad = await runCli(['import', SEED, '--alias', '服务中心']);
    expect(bad.code).toBe(2);
  });

  const fixtures = readdirSync(join(ROOT, 'tests/fixtures/import')).filter((f) => f.endsWith('.txt'));

  it('says its warnings and hints in Chinese for a Chinese user', async () => {
    for (const file of [SEED, ...fixtures.map((f) => join(ROOT, 'tests/fixtures/import', f))]) {
      const r = await runCli(['import', file, '--period', '2026', '--lang', 'zh']);
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stderr.trim().split('\n').slice(1);
      expect(lines.length).toBeGreaterThan(0);
      // Whatever is left in English sits only inside the quotes (the document's own text).
      for (const line of lines) expect(line.replace(/"[^"]*"/g, '""'), line).not.toMatch(/\b(item|section|not|imported|unit|deadline|title)\b/);
    }
  });
  it.each(fixtures)('the %s layout imports to a plan that validates', async (name) => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-'));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'plans'));
    const text = readFileSync(join(ROOT, 'tests/fixtures/import', name));
    writeFileSync(join(dir, 'in.txt'), text);
    const r = await runCli(['import', 'in.txt', '--period', '2026', '--out', 'plans/p.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const v = await runCli(['validate', '--as-of', '2026-12-31'], { cwd: dir });
    expect(v.code, v.stdout).toBe(0);
  });
});
