import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const load = async <T>(file: string) => (await import(pathToFileURL(join(ROOT, file)).href)) as T;
const { boundaryConfigs } = await load<{ boundaryConfigs: () => Linter.Config[] }>('eslint.boundaries.mjs');
const { default: config } = await load<{ default: Linter.Config[] }>('eslint.config.mjs');

/** The layer rules alone (no type information needed), as eslint.config.mjs applies them. */
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...boundaryConfigs()],
});

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

describe('layer boundaries (no-restricted-imports)', () => {
  it('eslint.config.mjs applies them', () => {
    const rules = config.filter((c) => c.rules?.['no-restricted-imports']);
    expect(rules.map((c) => c.files)).toEqual(boundaryConfigs().map((c) => c.files));
  });

  it.each([
    ['src/core/status.ts', "import { readTextFile } from '../store/read.js';"],
    ['src/core/import/index.ts', "import { parseYaml } from '../../yaml/parse.js';"],
    ['src/core/sheet.ts', "import { createHash } from 'node:crypto';"],
    ['src/core/sheet.ts', "import type { CellValue } from 'exceljs';"],
    ['src/yaml/emit.ts', "import { writeNewFile } from '../store/write.js';"],
    ['src/yaml/parse.ts', "import { readFileSync } from 'node:fs';"],
    ['src/store/xlsx.ts', "import type { SheetLayout } from '../render/sheet.js';"],
    ['src/render/status.ts', "import { openPlan } from '../store/load.js';"],
    ['src/render/text.ts', "import { scalar } from '../yaml/splice.js';"],
    ['src/i18n/index.ts', "import { padEnd } from '../render/text.js';"],
    ['src/commands/depts.ts', "import { targetSummary } from './list.js';"],
    ['src/commands/list.ts', "import type { App } from '../cli.js';"],
    ['src/commands/report.ts', "import { statSync } from 'node:fs';"],
  ])('%s: %s is refused', async (file, code) => {
    const found = await problems(file, `${code}\nexport const x = 1;\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-imports: /);
  });

  it.each([
    ['src/core/status.ts', "import { dayNumber } from './dates.js';"],
    ['src/yaml/analyze.ts', "import { checkPlan } from '../core/check.js';"],
    ['src/store/load.ts', "import { analyzePlan } from '../yaml/analyze.js';"],
    ['src/render/status.ts', "import type { Status } from '../core/status.js';"],
    ['src/commands/list.ts', "import type { App } from '../context.js';"],
    ['src/commands/index.ts', "import { defineList } from './list.js';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await problems(file, `${code}\nexport const x = 1;\n`)).toEqual([]);
  });

  it("the README's Layout says exactly the arrows the rules allow", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const para = /^Allowed: [\s\S]*?\n\n/m.exec(readme)?.[0] ?? '';
    const said = new Map([...para.matchAll(/`(\w+) -> ([^`]*)`/g)].map((m) => [m[1]!, m[2]!.split(', ').map((s) => s.replace(' (types)', '')).filter((s) => s !== 'nothing').sort()]));
    const layers = ['commands', 'report', 'render', 'store', 'yaml', 'core', 'i18n'];
    expect([...said.keys()].sort()).toEqual([...layers].sort());
    for (const layer of layers) {
      const allowed: string[] = [];
      for (const target of [...layers, 'errors', 'context'].filter((x) => x !== layer)) {
        const spec = target === 'errors' || target === 'context' ? `../${target}.js` : `../${target}/x.js`;
        if (!(await problems(`src/${layer}/zz.ts`, `import { y } from '${spec}';\nexport const x = y;\n`)).length) allowed.push(target);
      }
      expect(allowed.sort(), layer).toEqual(said.get(layer));
    }
  });
});
