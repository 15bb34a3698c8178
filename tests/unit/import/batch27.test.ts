// The rules the twenty-seventh held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
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

describe('a 文库 preview’s first page on one line: (1) measures under a 1. heading (town-projects-2024)', () => {
  // The title line and the page as the site gave it (its PDF line breaks turned into spaces), up to 2.'s first measure.
  const TOWN = [
    '2024年镇委建设项目推进工作方案',
    '',
    '2024年镇委建设项目推进工作方案 一、背景与目标 随着城市化进程的不断推进,本镇面临着经济发展、生态环 境改善、社会建设等方面的挑战和机遇。为了更好地推进镇级建 设项目的推进工作,提高本镇的整体发展水平,制定本方案。 2024年的建设项目推进工作目标如下: 1.继续推进城市化建设,提高基础设施建设水平; 2.加强乡村振兴工作,提升农村经济发展速度和质量; 3.着力解决环境治理问题,推动生态环境持续改善; 4.加强社会建设,提升居民生活品质。 二、项目推进措施与计划 1.推进城市化建设 (1)加快完成城市基础设施建设项目,包括道路、桥梁、给 排水等方面,提高通行效率和城市品质。 (2)加强公共设施建设,扩大教育、医疗、文化等公共服务 覆盖面,提升居民幸福感。 (3)开展土地整备工作,推动城市扩容和土地资源合理利 用。 (4)加强城市管理,提升市容市貌,增加城市的魅力和吸引 力。 2.强化乡村振兴工作 (1)制定乡村振兴规划,确定重点领域和项目。 第1页共4页',
  ].join('\n');
  const items = () => importPlan(TOWN).plan.sections.flatMap((s) => s.items.map((i) => ({ section: s.id, id: i.id, title: i.title })));

  it('(1) after a space is a measure of its own, the 1. before it their heading (was: (1)–(4) run into 1.推进城市化建设)', () => {
    expect(items().filter((i) => i.section === '二').map((i) => i.title)).toEqual([
      '推进城市化建设：加快完成城市基础设施建设项目',
      '推进城市化建设：加强公共设施建设',
      '推进城市化建设：开展土地整备工作,推动城市扩容和土地资源合理利用',
      '推进城市化建设：加强城市管理,提升市容市貌,增加城市的魅力和吸引力',
      '强化乡村振兴工作：制定乡村振兴规划,确定重点领域和项目',
    ]);
  });

  it('1. heading the measures under 二、 after the goals 1.–4. under 一、: the numbering starts over, ids qualified (was: 1-1…2-1)', () => {
    expect(items().filter((i) => i.section === '二').map((i) => i.id)).toEqual(['二-1-1', '二-1-2', '二-1-3', '二-1-4', '二-2-1']);
  });

  it('the goals 1.–4. the section introduces with 工作目标如下:, no number, unit or date, the measures after them: no items, said once (was: 一-1…一-4)', () => {
    const r = importPlan(TOWN);
    expect(r.plan.sections.map((s) => s.id)).toEqual(['二']);
    expect(r.warnings.filter((w) => w.code === 'imp_goalsOnly').map((w) => w.params.id)).toEqual(['一']);
  });
});
