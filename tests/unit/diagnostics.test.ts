import { describe, expect, it } from 'vitest';
import type { LocatedProblem } from '../../src/core/problems.js';
import { codeFrame, DIAGNOSTICS, summaryLine, type DiagnosticsReport } from '../../src/render/diagnostics.js';
import { width } from '../../src/render/text.js';

const problem = (p: Partial<LocatedProblem>): LocatedProblem => ({ file: 'plans/p.yaml', line: 1, col: 1, severity: 'error', code: 'c', message: 'm', ...p });

describe('codeFrame', () => {
  it('puts the caret under the column by display width (Chinese is two columns wide)', () => {
    const source = 'a: 1\n        departments: [办公室, 法律工作]\n';
    const col = '        departments: [办公室, '.length + 1;
    const [line, caret] = codeFrame(source, 2, col);
    expect(line).toBe('  2 | ' + '        departments: [办公室, 法律工作]');
    expect(caret!.indexOf('^')).toBe('  2 | '.length + width('        departments: [办公室, '));
  });

  it('keeps long lines short around the column, and never echoes control characters', () => {
    const long = 'text: ' + '很长的条目原文'.repeat(40) + '法律工作' + '后文'.repeat(50);
    const col = long.indexOf('法律工作') + 1;
    const [line, caret] = codeFrame(long, 1, col);
    expect(width(line!)).toBeLessThanOrEqual(110);
    expect(line).toContain('…');
    // The caret is under 法 in the shown (cut) line.
    const at = caret!.indexOf('^');
    let w = 0;
    let shown = '';
    for (const ch of line!) {
      if (w >= at) break;
      w += width(ch);
      shown += ch;
    }
    expect(line!.slice(shown.length).startsWith('法律工作')).toBe(true);
    expect(codeFrame('id: "\x1b[31mx"\r\n', 1, 5)[0]).toBe('  1 | id: "\\x1B[31mx"');
  });

  it('shows nothing for a line that is not there or blank', () => {
    expect(codeFrame('a: 1\n', 7, 1)).toEqual([]);
    expect(codeFrame('a: 1\n\n', 2, 1)).toEqual([]);
  });
});

describe('formatters', () => {
  const report = (problems: LocatedProblem[], valid = false): DiagnosticsReport => ({ valid, files: 1, problems, sources: new Map([['plans/p.yaml', 'id: x\n']]) });

  it('github escapes what would end a workflow command', () => {
    const out = DIAGNOSTICS.github(report([problem({ file: 'a,b:c.yaml', message: '100% done\nnext', severity: 'warning' })]), { lang: 'en' });
    expect(out).toBe('::warning file=a%2Cb%3Ac.yaml,line=1,col=1,title=c::100%25 done%0Anext\n');
  });

  it('json is the stable contract: valid, and problems with six fields', () => {
    const out = JSON.parse(DIAGNOSTICS.json(report([problem({ line: 3, col: 4 })]), { lang: 'en' })) as unknown;
    expect(out).toEqual({ schema: 1, valid: false, problems: [{ file: 'plans/p.yaml', line: 3, col: 4, severity: 'error', code: 'c', message: 'm' }] });
  });

  it('the summary counts in words', () => {
    expect(summaryLine(report([]), 'en')).toBe('✔ no problems in 1 file');
    expect(summaryLine(report([problem({}), problem({ severity: 'warning' })]), 'en')).toBe('✖ 2 problems (1 error, 1 warning) in 1 file');
    expect(summaryLine(report([problem({ severity: 'warning' })], true), 'en')).toBe('⚠ 1 problem (0 errors, 1 warning) in 1 file');
    expect(summaryLine({ ...report([problem({})]), files: 3 }, 'zh')).toBe('✖ 3 个文件中有 1 个问题(1 个错误,0 个警告)');
  });
});
