import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCsv, renderMarkdownTable, renderTable } from '../../src/render/table.js';
import { atoms, padEnd, safe, truncate, width, wrap } from '../../src/render/text.js';

describe('terminal text', () => {
  it.each([
    ['法律工作部', 10],
    ['abc', 3],
    ['7.4 各级技能竞赛', 16],
    ['（一）', 6],
    ['\x1b[31m滞后\x1b[39m', 4],
    ['🟢', 2],
    ['', 0],
  ])('width(%j) = %i', (s, w) => expect(width(s)).toBe(w));

  // The CJK fast paths end where the wide ranges end: the characters just outside are narrow.
  it.each([
    [0x4e00, 2], [0x9fff, 2], [0x4dbf, 2], [0x4dc0, 1], [0xa000, 2], [0x2e80, 2], [0x3000, 2], [0x303e, 2], [0x303f, 1],
    [0x3041, 2], [0xff00, 2], [0xff60, 2], [0xff61, 1], [0xffe0, 2], [0x1f600, 2], [0x20000, 2], [0x3fffe, 1], [0x10ffff, 1],
  ])('width of U+%s is %i', (cp, w) => expect(width(String.fromCodePoint(cp))).toBe(w));

  it('pads, truncates and wraps without cutting a double-width character', () => {
    expect(padEnd('办公室', 8)).toBe('办公室  ');
    expect(truncate('强化思想政治引领', 7)).toBe('强化思…');
    expect(width(truncate('强化思想政治引领', 7))).toBeLessThanOrEqual(7);
    const lines = wrap('推动市委和省总决策部署进企业、进车间、进班组', 9);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(9);
    expect(lines.join('')).toBe('推动市委和省总决策部署进企业、进车间、进班组');
    expect(wrap('record a reading for the target', 10)).toEqual(['record a', 'reading', 'for the', 'target']);
    // A number after Chinese text moves whole; a word after an ASCII bracket breaks at the space before it.
    expect(wrap('重点镇街试点10个', 13)).toEqual(['重点镇街试点', '10个']);
    expect(wrap('two names: 服务中心=职工服务中心 (repeatable)', 40)).toEqual(['two names: 服务中心=职工服务中心', '(repeatable)']);
    // No line ends in the space it broke at.
    expect(wrap('the lagging list, units; Markdown, or html', 25)).toEqual(['the lagging list, units;', 'Markdown, or html']);
  });

  it('never passes terminal escapes through', () => {
    expect(safe('标题\x1b]0;pwned\x07\x1b[2J')).toBe('标题\\x1B]0;pwned\\x07\\x1B[2J');
    expect(safe('a\nb\tc')).toBe('a b c');
  });

  it('aligns a Chinese table and wraps flex columns to the width', () => {
    const table = {
      columns: [{ header: '编号', align: 'right' as const }, { header: '事项', flex: true }, { header: '状态' }],
      rows: [
        ['1', '强化政治引领', '正常'],
        ['10', '着力构建和谐劳动关系,推动完善政府、工会、企业共同参与的协商协调机制', '滞后'],
      ],
    };
    const out = renderTable(table, { maxWidth: 40 }).trimEnd().split('\n');
    for (const l of out) expect(width(l)).toBeLessThanOrEqual(40);
    expect(out[0]).toMatch(/^编号 {2}事项\s+状态$/);
    expect(out[1]).toMatch(/^ {3}1 {2}强化政治引领\s+正常$/);
    expect(out.length).toBeGreaterThan(3);
  });

  it('neutralises CSV formulas and escapes Markdown cells', () => {
    const table = {
      columns: [{ header: 'a' }, { header: 'b' }],
      rows: [['=HYPERLINK("x")', '+1+cmd'], ['-2-3', '@SUM'], ['a|b', '<script>*x*</script>'], ['+13.3', '-2.5%']],
    };
    const csv = renderCsv(table);
    expect(csv).toContain(`"'=HYPERLINK(""x"")",'+1+cmd`);
    expect(csv).toContain("'-2-3,'@SUM");
    // A gap of +13.3 is written as the number 13.3; a negative one is neutralised like any other text.
    expect(csv).toContain("\r\n13.3,'-2.5%\r\n");
    const md = renderMarkdownTable(table);
    expect(md).toContain('a\\|b');
    expect(md).toContain('\\<script\\>\\*x\\*\\</script\\>');
  });
});

describe('line breaking rules (禁则)', () => {
  it('never starts a line with a closing mark', () => {
    const text = '以“八个一”为工作主抓手,推进工作落实。一是建立市、县联动的协调小组';
    for (let w = 4; w < 20; w++) {
      const lines = wrap(text, w);
      expect(lines.join('')).toBe(text);
      for (const l of lines.slice(1)) expect('，。、；：！？）》」』】〕”’…,.;:!?)]%').not.toContain(l[0]);
    }
  });
});

describe('wrapping numbers in Chinese text', () => {
  it('never splits a number across lines', () => {
    const text = '四是抓好试点工作,选树重点镇街试点10个,骨干样板企业20家;举办市级技能竞赛不少于50场次';
    for (let w = 6; w < 30; w++) {
      const lines = wrap(text, w);
      expect(lines.join('')).toBe(text);
      for (let i = 1; i < lines.length; i++) expect(/\d$/.test(lines[i - 1]!) && /^\d/.test(lines[i]!), `${w}: ${lines.join('|')}`).toBe(false);
    }
  });
});

describe('tables the size of a big plan', () => {
  // 65,000 items made `plan behind` die with "Maximum call stack size exceeded": the widest cell
  // was found with Math.max(...rows), one call argument per row.
  it('a table of 200,000 rows is laid out, its widest cell setting the column', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`${i + 1}`, i === 123_456 ? '推动市委和省总决策部署进企业' : '办公室', { text: '滞后', style: 'red' as const }]);
    const out = renderTable({ columns: [{ header: '编号', align: 'right' }, { header: '责任单位' }, { header: '状态' }], rows });
    const lines = out.split('\n');
    expect(lines).toHaveLength(200_002);
    expect(lines[0]).toBe(`${padEnd('  编号', 6)}  ${padEnd('责任单位', 28)}  状态`);
    expect(lines[200_000]).toBe(`200000  ${padEnd('办公室', 28)}  滞后`);
  });
});

// safe() first looks for a character to escape and atoms() cuts by index (a table of 2,000 rows
// printed each cell through two replacing passes and cut lists a character at a time): the same
// answers as the plain versions, on text with controls, bidi marks, CJK and surrogate pairs.
describe('safe and atoms agree with their plain versions', () => {
  const chars = fc.constantFrom('办', '公', '室', '、', ' ', ';', 'a', '7', '.', '\n', '\r', '\t', '\x1b', '\x85', '\u202e', '\u2028', '\ufeff', '🟢', '\ud83d', '≥');
  const text = fc.array(chars, { maxLength: 30 }).map((a) => a.join(''));
  it('safe', () => {
    // eslint-disable-next-line no-control-regex
    const control = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g;
    const plain = (s: string) => s.replace(/[\r\n\t]+/g, ' ').replace(control, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    fc.assert(
      fc.property(text, (s) => {
        expect(safe(s)).toBe(plain(s));
      }),
      { numRuns: 2000 },
    );
  });
  it('atoms', () => {
    const plain = (s: string, breakAt: string) => {
      const out: string[] = [];
      let cur = '';
      for (const ch of s) {
        cur += ch;
        if (breakAt.includes(ch)) {
          out.push(cur);
          cur = '';
        }
      }
      if (cur) out.push(cur);
      return out;
    };
    fc.assert(
      fc.property(text, fc.constantFrom("、", "、 ", "、;", " "), (s, breakAt) => {
        expect(atoms(s, breakAt)).toEqual(plain(s, breakAt));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wrap and straight quotes', () => {
  // plan import at 60 columns printed a warning's quote closed on a line of its own: …:"50万元以上 / ".
  it('never starts a line with the " that closes a quote, at any width; an opening one may', () => {
    const text = '事项 一-10:条件性表述(说明适用范围,不是要完成的目标),未作为指标导入(如需跟踪请手工添加指标):"50万元以上"';
    for (let w = 8; w <= 100; w++) {
      const lines = wrap(text, w);
      expect(lines.join(''), `${w}`).toBe(text);
      for (const l of lines.slice(1)) expect(l.startsWith('"') && !l.startsWith('"50'), `${w}: ${lines.join(' | ')}`).toBe(false);
    }
  });
});
