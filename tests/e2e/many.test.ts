// Issue 20's "done when", run by the real binary: a folder with the sample plan and two more
// plans sharing units.yaml gives one unit's whole workload, one bulletin over all plans, and one
// workbook per unit that imports back into the right files.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { officePlans, ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin/plan.js');

function plan(dir: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--as-of', '2026-10-08'], { cwd: dir, env: { PATH: process.env.PATH ?? '', LANG: 'zh_CN.UTF-8' }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('many plans, the real binary', () => {
  it('one unit\'s workload, one bulletin, one workbook per unit that imports back', async () => {
    const { dir, plans } = officePlans();
    const list = plan(dir, ['list', '--dept', '法律工作部', '--all', '--format', 'json']);
    expect(list.code, list.stderr).toBe(0);
    expect(new Set((JSON.parse(list.stdout) as { items: { plan: string }[] }).items.map((i) => i.plan))).toEqual(new Set(['minsheng-2026', 'union-2026']));
    const report = plan(dir, ['report', '--all']);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain('关于xx市总工会各项工作计划');
    expect(plan(dir, ['sheet', 'export', '--all', '--out', 'sheets']).code).toBe(0);
    const file = join(dir, 'sheets', '法律工作部-2026-10填报表.xlsx');
    expect(readdirSync(join(dir, 'sheets'))).toContain('法律工作部-2026-10填报表.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('minsheng-2026')!;
    let r = 4;
    while (ws.getCell(`B${r}`).value !== '7.1') r++;
    ws.getCell(`J${r}`).value = 150;
    await wb.xlsx.writeFile(file);
    const back = plan(dir, ['sheet', 'import', file]);
    expect(back.code, back.stderr).toBe(0);
    expect(readFileSync(join(plans, 'minsheng-2026.yaml'), 'utf8')).toMatch(/\{ date: 2026-10-08, value: 150, by: 法律工作部/);
    expect(readFileSync(join(plans, 'union-2026.yaml'), 'utf8')).not.toContain('2026-10-08');
  });
});
