import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

describe('the published package', () => {
  it('ships the built CLI, its code cache, its unminified twin for PLAN_DEBUG, the commands bundled apart, the schema validators, the bundled Word writer, the yaml library and js-yaml with their code caches, the schema, the sample plan and the two example files to import; nothing else', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path).sort();
    expect(files).toEqual(['README.md', 'bin/plan.js', 'dist/docx.cjs', 'dist/js-yaml.cjs', 'dist/js-yaml.cjs.cache', 'dist/plan-core.cjs', 'dist/plan-core.cjs.cache', 'dist/plan-debug.cjs', 'dist/plan-rest.cjs', 'dist/plan-rest.cjs.cache', 'dist/validators.cjs', 'dist/validators.cjs.cache', 'dist/yaml.cjs', 'dist/yaml.cjs.cache', 'examples/README.md', 'examples/业绩指标表.xlsx', 'examples/任务分解方案.docx', 'package.json', 'plans/union-2026.yaml', 'schemas/plan.schema.json', 'schemas/units.schema.json']);
  });

  it('lists as dependencies every package the bundles require at run time', () => {
    const bundle = ['plan-core.cjs', 'plan-rest.cjs', 'validators.cjs'].map((f) => readFileSync(join(ROOT, 'dist', f), 'utf8')).join('\n');
    const required = new Set([...bundle.matchAll(/(?<![\w'"])require\("([^"./][^"]*)"\)/g)].map((m) => m[1]!).filter((m) => !m.startsWith('node:') && !builtinModules.includes(m)));
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect([...required].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  // V8 keeps a source with one non-ASCII character as a two-byte string: twice the bytes at every start.
  it.each([
    ['plan-core.cjs', '\\u5e74'],
    ['plan-rest.cjs', '\\u5e74'],
    ['validators.cjs', '\\u7763'],
  ])('%s is pure ASCII (the CJK of regex literals, strings and comments written as \\u escapes)', (file, escaped) => {
    const bundle = readFileSync(join(ROOT, 'dist', file), 'latin1');
    expect(bundle.search(/[^\0-\x7f]/)).toBe(-1);
    expect(bundle).toContain(escaped);
  });
});
