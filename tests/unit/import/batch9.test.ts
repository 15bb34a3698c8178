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

describe('a table one cell per line with section headings as rows of their own, rows numbered as in a longer list (qiaocheng-edu-2025)', () => {
  const page = [
    '名称: 谯城区教育局2025年政府工作报告重点工作任务分解表',
    '文号:',
    '发文日期: 2025-06-13',
    '谯城区教育局2025年政府工作报告重点工作任务分解表',
    '',
    '序号',
    '',
    '重点工作任务',
    '',
    '主要责任单位',
    '',
    '协同配合单位',
    '',
    '一、2025年经济社会发展的主要预期目标',
    '',
    '3',
    '',
    '固定资产投资增长7.5%左右。',
    '',
    '区发改委',
    '',
    '区工信局、区住建局,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。',
    '',
    '二、全力以赴扩投资、优服务,筑牢经济增长根基',
    '',
    '六、全力以赴惠民生、增福祉,加快社会事业发展',
    '',
    '68',
    '',
    '持续推进学前教育普及普惠、义务教育优质均衡发展,加快建设黎明小学、亳州四中等扩建教学楼项目。',
    '',
    '区教育局',
    '',
    '区政府有关部门,各乡镇人民政府、街道办事处。',
    '',
    '69',
    '',
    '深化与海亮集团合作,积极引进优质教育资源。',
    '',
    '区教育局',
    '',
    '区投资促进中心。',
    '',
    '73',
    '',
    '大力推进“安心托幼”,全区托位数提高至560',
  ].join('\n');

  it('keeps the headings as sections (二、 without rows is no item), reads rows 3, 68, 69, 73, 主要责任单位 as the lead (before: the table was not read, the headings became items)', () => {
    const { plan } = importPlan(page, {});
    expect(plan.sections.map((s) => [s.id, s.items.map((i) => i.id)])).toEqual([
      ['一', ['3']],
      ['六', ['68', '69', '73']],
    ]);
    const items = importedItems(page);
    expect(items[0]).toEqual({
      id: '3',
      departments: ['区发改委', '区工信局', '区住建局', '各乡镇人民政府', '街道办事处', '谯城经开区管委会', '魏武国控集团'],
      lead: ['区发改委'],
      targets: [['level', 7.5, '%', undefined]],
    });
    // A unit cell closing on a full stop is still the unit column's.
    expect(items[2]).toMatchObject({ id: '69', departments: ['区教育局', '区投资促进中心'], lead: ['区教育局'] });
  });

  it('takes the title the page prints, not the metadata block\'s 名称: line repeating it', () => {
    expect(importPlan(page, {}).plan.title).toBe('谯城区教育局2025年政府工作报告重点工作任务分解表');
  });
});

describe('a 股 of a county bureau in a unit column, rows of a longer list (huaiyuan-agri-2023)', () => {
  const page = [
    '农业农村局2023年11月承担政府重点工作完成情况',
    '',
    '序号',
    '目标任务',
    '牵头责任单位',
    '计划完成时间',
    '6',
    '农村常住居民人均可支配收入与经济增长同步。',
    '经管站',
    '2023年底',
    '52',
    '建成高标准农田8.3万亩,确保粮食总产稳定在120万吨以上。',
    '农田建设管理股、农业股',
    '2023年底',
  ].join('\n');

  it('reads 农田建设管理股、农业股 as the lead units of row 52 (before: 经管站 carried down from row 6)', () => {
    expect(importedItems(page).map((i) => [i.id, i.departments, i.lead])).toEqual([
      ['6', ['经管站'], ['经管站']],
      ['52', ['农田建设管理股', '农业股'], ['农田建设管理股', '农业股']],
    ]);
  });
});

describe('farm measures and a verb of striving for a title (jining-agri-2023)', () => {
  const page = [
    '2023年度全市农业农村重点工作任务',
    '',
    '1. 粮食播种面积和产量。积极开展“吨粮县”建设。稳定播种面积、提升粮食单产,粮食播种面积不低于1079万亩、总产量稳定在97亿斤以上,水稻繁种面积2万亩。',
    '',
    '3. 生猪生产稳定度。争创2个国家生猪调出大县。充分发挥14个国家级、42个省级、111个市级生猪产能调控基地带动作用,做好生猪存栏、出栏等监测预警,指导养殖场科学饲养、稳定效益。全市能繁母猪存栏量稳定在16.38万头,规模猪场保有量稳定在1274家。',
  ].join('\n');

  it('reads 斤 and 头 as units (was: a level with no unit), 争创2个… as a count to reach, and not the bases already there', () => {
    expect(importedItems(page).map((i) => i.targets.map((t) => t.slice(0, 3)))).toEqual([
      [
        ['at_least', 10790000, '亩'],
        ['level', 9700000000, '斤'],
        ['at_least', 20000, '亩'],
      ],
      [
        ['at_least', 2, '个'],
        ['level', 163800, '头'],
        ['level', 1274, '家'],
      ],
    ]);
  });
});
