import { describe, expect, it } from 'vitest';
import { mdCell } from '../../src/render/table.js';

// mdCell returns most cells untouched without running its escapes: every character those escapes
// change must still take the slow path.
describe('mdCell', () => {
  it('gives a cell with nothing to escape back as it is', () => {
    for (const s of ['法律工作部', '2026-09-30', '7.4', '开展培训 12 场次', '序时\t进度', '']) expect(mdCell(s)).toBe(s);
  });
  it('escapes Markdown specials, line breaks, control and direction characters, and a leading sign', () => {
    expect(mdCell('a|b')).toBe('a\\|b');
    expect(mdCell('**重点**')).toBe('\\*\\*重点\\*\\*');
    for (const c of '\\|*_`[]<>#~') expect(mdCell(`职工${c}服务`)).toBe(`职工\\${c}服务`);
    expect(mdCell('第一行\n第二行')).toBe('第一行<br>第二行');
    expect(mdCell('第一行\r\n第二行')).toBe('第一行<br>第二行');
    expect(mdCell('a\rb')).toBe('a<br>b');
    expect(mdCell('a\u0007b')).toBe('a\\\\x07b');
    expect(mdCell('a\u0085b')).toBe('a\\\\x85b');
    for (const c of ['\u2028', '\u2029', '\u202e', '\u2066', '\ufeff']) expect(mdCell(`部${c}门`)).not.toBe(`部${c}门`);
    expect(mdCell('-10.3')).toBe('\\-10.3');
    expect(mdCell('  =SUM(A1)')).toBe('  \\=SUM(A1)');
    expect(mdCell('+5')).toBe('\\+5');
  });
});
