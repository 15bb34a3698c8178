import { describe, expect, it } from 'vitest';
import { jsonText } from '../../src/render/json.js';

// jsonText looks once for a character it escapes and runs the replacing pass only when it finds
// one: both paths must give what the one pass gave.
describe('jsonText', () => {
  const ESCAPED = ['\u007f', '\u0085', '\u009b', '\u009f', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069'];

  it('gives text with nothing to escape as JSON.stringify does, indented, with one newline', () => {
    const value = { schema: 1, title: '法律工作部 2026 年工作要点', note: '第一行\n第二行\t"引号"', ids: ['1.1', '2'], n: null };
    expect(jsonText(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
    // The characters just outside the escaped ranges stay raw.
    for (const c of ['~', '\u00a0', '\u2027', '\u202f', '\u2065', '\u206a', '中']) expect(jsonText({ c })).toBe(`{\n  "c": "${c}"\n}\n`);
  });

  it('escapes each of DEL, the C1 controls, the line separators and the bidi controls, wherever they are, and parses back equal', () => {
    for (const c of ESCAPED) {
      const value = { [`键${c}`]: `前${c}后${c}`, list: [c] };
      const text = jsonText(value);
      const code = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      expect(text).not.toContain(c);
      expect(text).toContain(`"键${code}": "前${code}后${code}"`);
      expect(JSON.parse(text)).toEqual(value);
    }
    // Twice in a row: nothing of the first call's search is left over for the second.
    expect(jsonText(['\u202e'])).toBe('[\n  "\\u202e"\n]\n');
    expect(jsonText(['\u202e'])).toBe('[\n  "\\u202e"\n]\n');
  });
});
