import { describe, expect, it } from 'vitest';
import { ImportError, importPlan } from '../../../src/core/import/index.js';
import { schemaErrors } from './helpers.js';
import { importMessage } from '../../../src/render/screens/import.js';

const PLAN = ['xx局2026年工作要点', '一、强化服务', '1.推进工作，举办培训不少于10场次。（责任单位：办公室）', '2.落实责任。（责任单位：办公室、综合科）'].join('\n');

describe('importPlan', () => {
  it('returns a valid plan, a summary and no warnings for a clean document', () => {
    const r = importPlan(PLAN);
    expect(r.plan).toMatchObject({
      schema: 1,
      id: 'office-2026',
      title: 'xx局2026年工作要点',
      organization: 'xx局',
      period: { start: '2026-01-01', end: '2026-12-31' },
      departments: [{ name: '办公室' }, { name: '综合科' }],
    });
    expect(r.summary).toEqual({ sections: 1, items: 2, units: 2, targets: { at_least: 1, at_most: 0, level: 0, milestone: 0 } });
    expect(r.warnings).toEqual([]);
    expect(schemaErrors(r.plan)).toEqual([]);
  });

  it('takes id and year from the options', () => {
    const r = importPlan(PLAN, { id: 'office-2027', year: 2027 });
    expect(r.plan.id).toBe('office-2027');
    expect(r.plan.period).toEqual({ start: '2027-01-01', end: '2027-12-31' });
  });

  it('fills in a 20xx title with the year and says so', () => {
    const r = importPlan(PLAN.replace('2026', '20xx'), { year: 2026 });
    expect(r.plan.title).toBe('xx局2026年工作要点');
    expect(importMessage('en', r.hints[0]!)).toMatch(/20xx/);
  });

  it('reads a year written in Chinese numerals', () => {
    expect(importPlan(PLAN.replace('2026', '二〇二六')).plan.period.start).toBe('2026-01-01');
  });

  it('reports original line numbers, counting blank lines and CRLF', () => {
    const r = importPlan(`\uFEFFxx局2026年工作要点\r\n\r\n前言一段。\r\n\r\n1.推进工作。（责任单位：办公室）\r\n\r\n附件：名单\r\n`);
    expect(r.warnings.map((w) => w.line)).toEqual([3, 7]);
  });

  it('leaves departments empty (never a placeholder such as 待定) and warns for an item that names no unit', () => {
    const r = importPlan('xx局2026年工作要点\n1.推进工作。\n2.落实责任。（责任单位：办公室）');
    expect(r.plan.sections[0]?.items[0]?.departments).toEqual([]);
    expect(r.plan.departments.map((d) => d.name)).toEqual(['办公室']);
    expect(r.warnings.map((w) => ({ line: w.line, message: importMessage('en', w) }))).toEqual([{ line: 2, message: expect.stringMatching(/no 责任单位/) as unknown }]);
    expect(schemaErrors(r.plan)).toEqual([]);
  });

  it('qualifies item ids when numbering restarts under each section', () => {
    const r = importPlan('xx局2026年工作要点\n一、甲\n1.甲一。(责任单位:办公室)\n二、乙\n1.乙一。(责任单位:办公室)');
    expect(r.plan.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['一-1', '二-1']);
    expect(schemaErrors(r.plan)).toEqual([]);
  });

  it('creates a milestone for an item whose only measure is its deadline', () => {
    const r = importPlan('xx局2026年工作要点\n1.修订内部管理制度。\n牵头单位：办公室\n完成时限：2026年6月底前');
    expect(r.plan.sections[0]?.items[0]?.targets).toEqual([
      { id: '1.1', metric: '修订内部管理制度', kind: 'milestone', target: 100, unit: '%', due: '2026-06-30' },
    ]);
  });

  it('merges aliases only as asked, and hints at unused ones', () => {
    const text = 'xx局2026年工作要点\n1.甲。（责任单位：服务中心）\n2.乙。（责任单位：职工服务中心）';
    expect(importPlan(text).plan.departments.map((d) => d.name)).toEqual(['服务中心', '职工服务中心']);
    const merged = importPlan(text, { aliases: { 服务中心: '职工服务中心', 综合科: '办公室' } });
    expect(merged.plan.departments).toEqual([{ name: '职工服务中心', aliases: ['服务中心'] }]);
    expect(merged.hints.map((h) => importMessage('en', h)).some((h) => h.includes('综合科') && h.includes('not used'))).toBe(true);
  });

  it.each([
    ['empty input', ''],
    ['blank lines', '\n\n  \n'],
    ['prose without items', '今天天气很好。\n我们去公园散步。'],
    ['NUL bytes', 'xx局2026年工作要点\n1.推进\u0000工作。'],
    ['control characters', 'xx局2026年工作要点\n' + '\u0001\u0002\u0003\u0004'.repeat(20)],
  ])('throws ImportError for %s', (_label, input) => {
    expect(() => importPlan(input)).toThrow(ImportError);
  });

  it('throws ImportError asking for --period when no year can be found', () => {
    expect(() => importPlan('xx局工作要点\n1.推进工作。（责任单位：办公室）')).toThrow(/--period/);
    expect(() => importPlan('1.推进工作。（责任单位：办公室）')).toThrow(/--period/);
  });

  it('throws ImportError for a bad id or year option', () => {
    expect(() => importPlan(PLAN, { id: 'bad id' })).toThrow(ImportError);
    expect(() => importPlan(PLAN, { year: 26 })).toThrow(ImportError);
    const error = ((): unknown => {
      try {
        importPlan('');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect(error instanceof ImportError ? error.exitCode : undefined).toBe(1);
  });
});
