// The rules the twenty-seventh held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importedItems } from './helpers.js';

describe('a lead cell of two units, one a line, before the 配合 cell’s list (qiaocheng-2025, a table copied with spaces)', () => {
  const table = (rows: string[]) =>
    ['谯城区2025年政府工作报告重点工作任务分解表', '序号 重点工作任务 主要责任单位 协同配合单位', '一、2025年经济社会发展的主要预期目标', ...rows].join('\n');

  it('区财政局 / 区税务局 both lead, the list after them the 配合 units (was: 区税务局 read as 配合)', () => {
    const items = importedItems(
      table([
        '1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。',
        '2 一般公共预算收入增长5%左右。 区财政局',
        '区税务局',
        '区政府有关部门,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。',
      ]),
      2025,
    );
    expect(items.map((i) => [i.id, i.lead])).toEqual([
      ['1', ['区发改委']],
      ['2', ['区财政局', '区税务局']],
    ]);
    expect(items[1]?.departments).toEqual(['区财政局', '区税务局', '区政府有关部门', '各乡镇人民政府', '街道办事处', '谯城经开区管委会', '魏武国控集团']);
  });

  it('so when the copy stops inside the list: 区人社局 / 区农业农村局 lead', () => {
    const items = importedItems(
      table([
        '5 规模以上工业增加值增长10%左右。 区工信局 区农业农村局、区商务局、区药发中心,各乡镇人民政府、街道办事处,谯城经开区管委会。',
        '6 城镇、农村常住居民人均可支配收入分别增长5.2%、8%左右。 区人社局',
        '区农业农村局',
        '区发改委,各乡镇人民政府、街道办事处,谯城经开',
      ]),
      2025,
    );
    expect(items.map((i) => [i.id, i.lead])).toEqual([
      ['5', ['区工信局']],
      ['6', ['区人社局', '区农业农村局']],
    ]);
  });

  it('a lone unit before a lone unit stays lead and 配合 (no list after them)', () => {
    const items = importedItems(table(['1 地区生产总值增长6.5%左右。 区发改委', '区统计局', '2 一般公共预算收入增长5%左右。 区财政局 区税务局']), 2025);
    expect(items.map((i) => [i.id, i.lead])).toEqual([
      ['1', ['区发改委']],
      ['2', ['区财政局']],
    ]);
  });

  it('a page’s number between a row’s lines, - 2 - / 第 3 页, is no unit (was: "-", "2" read as units, the 配合 units as lead)', () => {
    const items = importedItems(
      table([
        '3 固定资产投资增长7.5%左右。 区发改委 区工信局、',
        '- 2 -',
        '区住建局、区交通局,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。',
        '4 社会消费品零售总额增长8.2%左右。 区商务局 区发改委、区市场监管局。',
        '5 规模以上工业增加值增长10%左右。 区工信局 区农业农村局、',
        '第 3 页',
        '区商务局、区药发中心,各乡镇人民政府、街道办事处,谯城经开区管委会。',
      ]),
      2025,
    );
    expect(items.map((i) => [i.id, i.lead, i.departments])).toEqual([
      ['3', ['区发改委'], ['区发改委', '区工信局', '区住建局', '区交通局', '各乡镇人民政府', '街道办事处', '谯城经开区管委会', '魏武国控集团']],
      ['4', ['区商务局'], ['区商务局', '区发改委', '区市场监管局']],
      ['5', ['区工信局'], ['区工信局', '区农业农村局', '区商务局', '区药发中心', '各乡镇人民政府', '街道办事处', '谯城经开区管委会']],
    ]);
  });
});
