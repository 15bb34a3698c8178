// The rules the ninth held-out batch asked for, each on lines of the real published text it came
// from (tests/fixtures/import/real/ once a document passes the bars, pending/ until then).
import { describe, expect, it } from 'vitest';
import { importedItems } from './helpers.js';

describe('牵头责任单位 / 主要协作单位 on lines of their own after each item (lingbi-health-2021)', () => {
  const page = [
    '县卫健委2021年政府工作报告任务分解',
    '',
    '1.落实积极应对人口老龄化国家战略,加快发展健康、养老、育幼、家政等服务业',
    '',
    '牵头责任单位:县卫健委、县民政局',
    '',
    '主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位',
    '',
    '2.加强重大公共卫生安全风险源头防控,切实保障人民群众生命安全',
    '',
    '牵头责任单位:县卫健委',
    '',
    '主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位',
  ].join('\n');

  it('reads 牵头责任单位 as the lead and 主要协作单位 as units that join', () => {
    const co = ['各乡镇人民政府', '经济开发区管委会', '县政府有关部门', '有关直属单位'];
    expect(importedItems(page)).toEqual([
      { id: '1', departments: ['县卫健委', '县民政局', ...co], lead: ['县卫健委', '县民政局'], targets: [] },
      { id: '2', departments: ['县卫健委', ...co], lead: ['县卫健委'], targets: [] },
    ]);
  });
});
