// The rules the ninth held-out batch asked for, each on lines of the real published text it came
// from (tests/fixtures/import/real/ once a document passes the bars, pending/ until then).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
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

describe('a breadcrumb ending on its separator and metadata labels with their values after a space (zhejiang-health-2024)', () => {
  const page = [
    '当前位置:',
    '舟山市卫生健康委员会> 法定主动公开内容> 政府专项信息> 行政决策预公开> 重大决策公开制度>',
    '索引号 001008009005020/2024-196819',
    '组配分类 重大决策公开制度 发布机构 浙江省卫生健康委',
    '生成日期 2024-05-09 公开方式 主动公开',
    '2024年省政府工作报告重点工作和民生实事进展情况(一季度)',
    '发布日期:2024-05-09 来源:浙江省卫生健康委 访问次数: 字号:[ ]',
    '',
    '',
    '序号',
    '',
    '任务内容',
    '',
    '进展情况',
    '',
    '1',
    '',
    '为全省60岁以上老年人免费接种流感疫苗',
    '',
    '制定下发项目实施方案。',
    '',
    '2',
    '',
    '为全省重点人群免费开展结直肠癌筛查,2024年重点筛查60岁以上人群',
    '',
    '开展项目工作推进会,已完成342384例重点人群结直肠癌筛查',
    '',
    '3',
    '',
    '在公共场所新增配置自动体外除颤仪1万台',
    '',
    '完成项目方案制定、预算编制。',
  ];

  it('are page furniture: the title line is found and the table imports (before: no title line, the import stopped)', () => {
    const { plan } = importPlan(page.join('\n'), {});
    expect(plan.title).toBe('2024年省政府工作报告重点工作和民生实事进展情况(一季度)');
    expect(importedItems(page.join('\n'))).toEqual([
      { id: '1', departments: [], targets: [] },
      { id: '2', departments: [], targets: [] },
      { id: '3', departments: [], targets: [['at_least', 10000, '台', undefined]] },
    ]);
  });
});
