// The two files a new user tries first (examples/README.md): a Word document whose 一、 （一） 1. are
// Word's own list numbering, and an Excel table with a merged cell, both made by LibreOffice from
// real published texts in tests/fixtures/import/real/. What each import must give is written here
// by reading those texts, not by running the importer.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

interface Target { kind: string; target: number; unit: string; due?: string }
interface PlanJson {
  title: string;
  period: { start: string; end: string };
  sections: { id: string; items: { id: string; departments: string[]; lead?: string[]; leaders?: string[]; targets?: Target[] }[] }[];
}

const DOCX = join(ROOT, 'examples/任务分解方案.docx');
const XLSX = join(ROOT, 'examples/业绩指标表.xlsx');

/** Section, item, lead units, the other units, leaders, targets (kind target unit due: a target with no date of its own is due at the plan's end). */
type Row = [string, string, string[], string[], string[], string[]];
const flat = (p: PlanJson): Row[] =>
  p.sections.flatMap((s) =>
    s.items.map((i): Row => [
      s.id,
      i.id,
      i.lead ?? [],
      i.departments.filter((d) => !(i.lead ?? []).includes(d)),
      i.leaders ?? [],
      (i.targets ?? []).map((t) => `${t.kind} ${t.target} ${t.unit} ${t.due ?? p.period.end}`),
    ]),
  );

async function importJson(file: string, ...args: string[]) {
  const r = await runCli(['import', file, '--format', 'json', '--lang', 'zh', ...args], { cwd: mkdtempSync(join(tmpdir(), 'plan-examples-')) });
  expect(r.code, r.stderr).toBe(0);
  return { plan: JSON.parse(r.stdout) as PlanJson, stderr: r.stderr };
}

describe('examples/任务分解方案.docx (咸安区 2023, xianan-2023.txt up to item 12)', () => {
  it('imports with the sections, items, units, leaders and targets the text gives', async () => {
    const { plan, stderr } = await importJson(DOCX);
    expect(plan.title).toBe('2023年区《政府工作报告》确定的重点工作任务责任分解方案');
    expect(plan.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    // 1.–11. under 一、, then 二、 （一） and 12.: Word's numbering goes on across the headings.
    expect(flat(plan)).toEqual([
      ['一', '1', ['区发改局'], [], ['杜新国'], ['level 8 % 2023-12-31']],
      ['一', '2', ['区发改局'], [], ['杜新国'], ['level 16 % 2023-12-31']],
      ['一', '3', ['区科经局'], [], ['洪声耀'], ['level 10 % 2023-12-31']],
      ['一', '4', ['区商务局'], [], ['陈浩'], ['level 11 % 2023-12-31']],
      ['一', '5', ['区商务局'], [], ['陈浩'], ['level 15 % 2023-12-31']],
      ['一', '6', ['区财政局', '区税务局'], [], ['杜新国'], ['level 12 % 2023-12-31']],
      ['一', '7', ['区发改局', '区农业农村局'], [], ['杜新国', '丁玲'], []],
      ['一', '8', ['区人社局'], [], ['杜新国'], ['at_most 4.5 % 2023-12-31']],
      ['一', '9', ['区农业农村局'], [], ['丁玲'], ['level 230000 吨 2023-12-31']],
      ['一', '10', ['区发改局'], [], ['杜新国'], []],
      ['一', '11', ['市生态环境局咸安分局'], [], ['刘伍寿', '陈浩'], []],
      ['二', '12', ['区交通运输局'], ['区发改局', '区自然资源和规划局', '区林业局', '区经发集团', '相关乡镇办'], ['洪声耀'], []],
    ]);
    expect(stderr).toContain('已导入 2 个部分、12 项事项、13 个单位、8 项指标');
  });
});

describe('examples/业绩指标表.xlsx (工业和信息化部 2018年关键业绩指标, miit-kpi-2018.txt)', () => {
  it('imports each row with its lead unit, its target and its 完成时限', async () => {
    // The page names no title; its lead says "从2016年开始" (a start of the yearly publishing) before "2018年", the plan's year.
    const { plan } = await importJson(XLSX);
    expect(plan.period).toEqual({ start: '2018-01-01', end: '2018-12-31' });
    expect(flat(plan)).toEqual([
      ['一', '1', ['规划司'], [], [], ['milestone 100 % 2018-06-30']],
      ['一', '2', ['中小企业局'], [], [], ['at_least 80 个 2018-12-31', 'at_least 80 个 2018-12-31']],
      ['一', '3', ['节能与综合利用司'], [], [], ['at_least 400 项 2018-10-31']],
      ['一', '4', ['原材料工业司'], [], [], ['level 30000000 吨 2018-12-31']],
      ['一', '5', ['装备工业司'], [], [], ['level 100 个 2018-12-31']],
      ['一', '6', ['消费品工业司'], [], [], ['at_least 10 个 2018-12-31']],
      ['一', '7', ['信息化和软件服务业司'], [], [], ['at_least 120 个 2018-12-31']],
      ['一', '8', ['信息通信发展司'], [], [], ['level 98 % 2018-12-31']],
      // Row 9's 牵头负责司局 is row 8's cell merged down.
      ['一', '9', ['信息通信发展司'], [], [], ['level 85 % 2018-12-31']],
    ]);
  });
});

describe('the README shows the import of the example', () => {
  it('is what plan import examples/任务分解方案.docx prints, and the plan it writes validates', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const command = '$ plan import examples/任务分解方案.docx --out plans/xianan-2023.yaml\n';
    const start = readme.indexOf(command);
    expect(start).toBeGreaterThan(0);
    const shown = readme.slice(start + command.length, readme.indexOf('\n$ ', start + command.length) + 1);
    const dir = mkdtempSync(join(tmpdir(), 'plan-examples-'));
    cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
    const r = await runCli(['import', 'examples/任务分解方案.docx', '--out', 'plans/xianan-2023.yaml', '--lang', 'zh'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).toBe(shown);
    const v = await runCli(['validate', '--lang', 'zh'], { cwd: dir });
    expect(v.code, v.stdout).toBe(0);
  });
});
