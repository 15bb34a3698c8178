import { describe, expect, it } from 'vitest';
import { minTableWidth, renderFitted, renderTable, type Table } from '../../src/render/table.js';
import { width } from '../../src/render/text.js';

/** Issue 16.6: tables that fit, give the room to the column that needs it, and split no name or number. */

// Items 7 and 8 of the sample: a long title, a long list of units, several targets.
const TABLE: Table = {
  columns: [
    { header: '编号', align: 'right' },
    { header: '标题', flex: true },
    { header: '牵头单位', flex: true, breakAt: '、' },
    { header: '责任单位', flex: true, breakAt: '、' },
    { header: '指标', flex: true, breakAt: '、' },
    { header: '状态' },
  ],
  rows: [
    ['7', '开展“产业工人队伍建设改革年”活动', '办公室', '经济工作部、组织与基层工作部、财贸工会、职工中专', '7.1 ≥10个、7.2 ≥20家、7.3 ≥50场次、7.4 ≥2000场次', '● 滞后 · 未填报'],
    ['8', '搭建职工教育培训平台', '办公室', '经济工作部、职工中专', '8.1 ≥10个、8.2 ≥1000场次、8.3 ≥100000人次', '● 滞后 · 未填报'],
    ['9', '打好劳模工匠培育、选树、服务组合拳', '宣传教育部', '经济工作部、职工中专', '9.1 ≥230000吨', '✔ 已完成'],
  ],
};

const ATOMS = ['组织与基层工作部', '经济工作部', '职工中专', '财贸工会', '宣传教育部', '7.4 ≥2000场次', '8.3 ≥100000人次', '9.1 ≥230000吨', '● 滞后 · 未填报'];

/** The text of one column of a rendered table, line by line (cells are separated by two spaces or more). */
function column(out: string, header: string): string[] {
  const lines = out.trimEnd().split('\n');
  const head = lines[0]!;
  const start = width(head.slice(0, head.indexOf(header)));
  const next = /\S/.exec(head.slice(head.indexOf(header) + header.length))?.index;
  const end = next === undefined ? Infinity : start + width(header) + next;
  return lines.slice(1).map((l) => {
    let col = 0;
    let cell = '';
    for (const ch of l) {
      if (col >= start && col < end) cell += ch;
      col += width(ch);
    }
    return cell.trim();
  });
}

describe('renderTable at a width', () => {
  it.each([80, 90, 100, 120])('at %i columns every line fits and no unit, target or status is split', (cols) => {
    const out = renderTable(TABLE, { maxWidth: cols });
    for (const line of out.split('\n')) expect(width(line), line).toBeLessThanOrEqual(cols);
    const cells = ['牵头单位', '责任单位', '指标', '状态'].flatMap((h) => column(out, h)).join('\n');
    for (const atom of ATOMS) {
      const whole = TABLE.rows.flat().map(String).join("、").split(atom).length - 1;
      expect(cells.split(atom).length - 1, `${atom} at ${cols}`).toBe(whole);
    }
  });

  it('gives the room to the title that needs it, not to a column that merely has it', () => {
    const out = renderTable(TABLE, { maxWidth: 120 });
    const lines = out.trimEnd().split('\n');
    // Two lines a row: the long title wraps once, as the unit and target lists beside it do.
    expect(lines).toHaveLength(1 + 2 * 3);
    expect(column(out, '标题').filter(Boolean)).toEqual(['开展“产业工人队伍', '建设改革年”活动', '搭建职工教育培训平台', '打好劳模工匠培育、', '选树、服务组合拳']);
    // Short unit names are not padded into a wide column while the title wraps.
    const at = (h: string) => width(lines[0]!.slice(0, lines[0]!.indexOf(h)));
    expect(at('责任单位') - at('牵头单位')).toBe(width('宣传教育部') + 2);
    expect(column(out, '指标').filter(Boolean)).toContain('9.1 ≥230000吨');
    // Piped, nothing wraps.
    expect(renderTable(TABLE).trimEnd().split('\n')).toHaveLength(4);
  });

  it('is narrowest with its longest unit name and target whole; below that, names must split', () => {
    const min = minTableWidth(TABLE);
    expect(min).toBe(4 + 2 + 8 + 2 + width('宣传教育部') + 2 + width('组织与基层工作部、') + 2 + width('8.3 ≥100000人次') + 2 + width('● 滞后 · 未填报'));
    const tight = renderTable(TABLE, { maxWidth: min - 4 });
    for (const line of tight.split('\n')) expect(width(line)).toBeLessThanOrEqual(min - 4);
  });

  it('renderFitted takes the fullest version that fits, and the full one when piped', () => {
    const narrow: Table = { columns: TABLE.columns.filter((c) => c.header !== '指标'), rows: TABLE.rows.map((r) => r.filter((_, i) => i !== 4)) };
    expect(renderFitted([TABLE, narrow], { maxWidth: 120 })).toBe(renderTable(TABLE, { maxWidth: 120 }));
    expect(renderFitted([TABLE, narrow], { maxWidth: 60 })).toBe(renderTable(narrow, { maxWidth: 60 }));
    expect(renderFitted([TABLE, narrow])).toBe(renderTable(TABLE));
  });

  it('a column group is one label over its columns', () => {
    const out = renderTable({
      columns: [{ header: '单位' }, { header: '牵头★', align: 'right', group: '滞后事项' }, { header: '参与', align: 'right', group: '滞后事项' }, { header: '最近填报' }],
      rows: [['组织与基层工作部', '1', '4', '2026-06-30']],
    });
    expect(out).toBe(['                   滞后事项', '单位              牵头★  参与  最近填报', '组织与基层工作部      1     4  2026-06-30', ''].join('\n'));
  });
});
