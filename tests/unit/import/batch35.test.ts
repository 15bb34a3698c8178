// The rules the thirty-fifth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importedItems } from './helpers.js';

/** zhuji-2023's table as the page copies it: one cell a line, blank lines between, the 分块 column never printed. */
const ZHUJI = (rows: string[], head = '主要工作') =>
  ['2023年《政府工作报告》主要目标任务分解清单', '', '分块', '', '序号', '', head, '', '责任单位', '', ...rows.flatMap((r) => [r, ''])].join('\n');

describe('a 责任清单 table whose task column is headed 主要工作, ▲ before the lead unit (zhuji-2023)', () => {
  const rows = ['1', '生产总值增长7.5%左右', '▲发改局,各部门,各镇乡(街道)', '2', '一般公共预算收入增长7.5%', '▲税务局,财政局,各镇乡(街道)', '9', '紧扣创成“浙江制造天工鼎”目标,实施制造强市“229”计划,确保工业强市稳居全省第一方阵', '经信局,相关部门,各镇乡(街道)'];

  it('主要工作 heads the task column: its cells are the items\' text, their figures targets (was: 事项1, no target)', () => {
    const items = importedItems(ZHUJI(rows.slice(0, 6)), 2023);
    expect(items.map((i) => i.targets)).toEqual([[['level', 7.5, '%', undefined]], [['level', 7.5, '%', undefined]]]);
  });

  it('▲ before a unit marks the lead, as ★ does, and is no part of its name (was: ▲发改局, no lead)', () => {
    const items = importedItems(ZHUJI(rows.slice(0, 6)), 2023);
    expect(items.map((i) => [i.departments, i.lead])).toEqual([
      [['发改局', '各部门', '各镇乡(街道)'], ['发改局']],
      [['税务局', '财政局', '各镇乡(街道)'], ['税务局']],
    ]);
  });

  it('a row with no ▲ has no lead', () => {
    const items = importedItems(ZHUJI(rows), 2023);
    expect(items[2]).toMatchObject({ id: '9', departments: ['经信局', '相关部门', '各镇乡(街道)'] });
    expect(items[2]?.lead).toBeUndefined();
  });

  it('a header word that names no column (主要问题) still leaves the column unread', () => {
    expect(importedItems(ZHUJI(rows.slice(0, 3), '主要问题'), 2023)[0]?.targets).toEqual([]);
  });
});

describe('the page ending inside the last row\'s unit cell (zhuji-2023, row 10)', () => {
  const last = ['10', '开展招商选资竞赛活动,力争引进10亿元以上项目8个,其中50亿元以上项目2个、100亿元以上项目1个,实际利用外资2.25亿美元以上。', '▲招商投资促进中心,各部门,各镇乡('];

  it('the names before the cut are the row\'s units, the cut name dropped (was: the cell run into the text, no unit)', () => {
    const item = importedItems(ZHUJI(['1', '生产总值增长7.5%左右', '▲发改局,各部门,各镇乡(街道)', ...last]), 2023)[1];
    expect(item).toMatchObject({ id: '10', departments: ['招商投资促进中心', '各部门'], lead: ['招商投资促进中心'] });
    expect(item?.targets).toEqual([
      ['at_least', 8, '个', undefined],
      ['at_least', 2, '个', undefined],
      ['at_least', 1, '个', undefined],
      ['at_least', 2.25, '亿美元', undefined],
    ]);
  });
});
