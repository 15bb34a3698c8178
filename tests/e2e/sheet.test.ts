import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROOT, tempPlans } from '../helpers.js';

const BIN = join(ROOT, 'bin/plan.js');

function plan(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', LANG: 'zh_CN.UTF-8', PLAN_AS_OF: '2026-11-25' },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the real binary: plan sheet', () => {
  it('loads exceljs (kept out of the bundle) and runs export → fill → import', async () => {
    const { dir, file } = tempPlans();
    const ex = plan(['sheet', 'export', '--dept', '法律工作部'], dir);
    expect(ex.stderr).toBe('已写入 法律工作部-2026-11填报表.xlsx（7 行）\n');
    expect(ex.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, '法律工作部-2026-11填报表.xlsx'));
    wb.worksheets[0]!.getCell('J6').value = 720;
    await wb.xlsx.writeFile(join(dir, 'filled.xlsx'));
    const im = plan(['sheet', 'import', 'filled.xlsx'], dir);
    expect(im.stderr).toBe('已录入 1 条到 plans/union-2026.yaml\n');
    expect(im.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('- { date: 2026-11-25, value: 720, by: 法律工作部 }');
    // The bundle does not carry exceljs: it is required on demand from node_modules.
    expect(readFileSync(join(ROOT, 'dist/plan-core.cjs'), 'utf8')).not.toContain('Guyon Roche');
  });
});
