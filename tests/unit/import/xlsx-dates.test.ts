// plan import of an Excel task table whose deadline column some tools write as t="d" cells (an
// ISO date as text): read as that date, not as the number 2026 (issue 22, defect 21).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readImportSource } from '../../../src/store/import-source.js';
import { makeZip, zipParts } from '../../zip.js';

async function table(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务分解表');
  ws.addRow(['序号', '工作任务', '责任单位', '完成时限']);
  ws.addRow([1, '开展职工技能竞赛活动', '经济工作部', 'DEADLINE']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('plan import of an .xlsx with ISO date cells', () => {
  it('a t="d" deadline cell is read as its date', async () => {
    const parts = zipParts(await table());
    const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
    const xml = sheet.data.toString('utf8');
    const patched = xml.replace(/<c r="D2"([^>]*?) t="s"([^>]*)><v>\d+<\/v><\/c>/, '<c r="D2"$1 t="d"$2><v>2026-11-20T00:00:00</v></c>');
    expect(patched).not.toBe(xml);
    sheet.data = Buffer.from(patched);
    const source = await readImportSource(makeZip(parts), '任务分解表.xlsx');
    expect(source.kind).toBe('xlsx');
    expect(source.text.split('\n')[1]).toBe('1\t开展职工技能竞赛活动\t经济工作部\t2026年11月20日');
  });
});
