// The rules the twenty-first held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems } from './helpers.js';

describe('a time limit: N个工作日内 caps the time the work takes (xingning-business-2020)', () => {
  const plan = (task: string) => ['2020年兴宁区优化营商环境实施方案', '二、目标任务', `(一)开办企业。${task}简化登记手续,配合自治区落实市场主体住所(经营场所)申报承诺制度改革。`].join('\n');

  it('开办企业0.5个工作日内完成 is at most 0.5 个工作日 (was: at least, 内完成 its metric)', () => {
    const plan1 = importPlan(plan('开办企业0.5个工作日内完成。'), { year: 2020 }).plan;
    const targets = plan1.sections.flatMap((s) => s.items).flatMap((i) => i.targets ?? []);
    expect(targets.map((t) => [t.kind, t.target, t.unit])).toEqual([['at_most', 0.5, '个工作日']]);
    expect(targets[0]?.metric).toContain('开办企业');
  });

  it('so is 24小时之内办结', () => {
    expect(importedItems(plan('不动产登记24小时之内办结。'), 2020)[0]?.targets).toEqual([['at_most', 24, '小时', undefined]]);
  });
});

describe('a count of people with no measure word that the clause’s verb acts on (kunming-livelihood-2023)', () => {
  const plan = (task: string) => ['昆明市2023年10件惠民实事', `二、 ${task}`, '牵头单位:市水务局', '完成时限:2023年12月31日前'].join('\n');

  it('提升3万农村人口供水保障水平 is at least 30000, the unit left empty as written (was: a rise, and a milestone for the sentence)', () => {
    expect(importedItems(plan('实施农村供水保障工程,提升3万农村人口供水保障水平。'))[0]?.targets).toEqual([['at_least', 30000, undefined, '2023-12-31']]);
  });

  it('a rise of a level named after the figure is still no count: 提升3万元', () => {
    expect(importedItems(plan('实施农村供水保障工程,人均收入提升3万元。'))[0]?.targets.filter(([kind]) => kind !== 'milestone')).toEqual([]);
  });
});

describe('a rate per so many people: the unit as written with what it is per (kunming-livelihood-2023)', () => {
  const plan = ['昆明市2023年10件惠民实事', '三、 加大食品药品安全监管力度。食品安全抽检量不少于4批次/千人,食品评价性抽检合格率达到98%以上,开展药品抽检800批次。', '牵头单位:市市场监管局'].join('\n');

  it('不少于4批次/千人 is at least 4 批次/千人 (was: none, the clause going on after 批次)', () => {
    expect(importedItems(plan, 2023)[0]?.targets).toEqual([
      ['at_least', 4, '批次/千人', undefined],
      ['at_least', 98, '%', undefined],
      ['at_least', 800, '批次', undefined],
    ]);
  });
});

describe('units in 〔…〕 after a sentence, bare or cut off by the copy (liaoning-2025)', () => {
  const task = '  二、抓住“两重”建设机遇,提升项目谋划质量。加快推进300个省级重大项目、6000个亿元以上项目建设。';
  const plan = (units: string) => ['2025年省《政府工作报告》重点工作分工方案(一)', '', task + units].join('\n');

  it('〔A、B、…、省数据局(省营商局) where the page stops: the names before the cut (was: no units)', () => {
    expect(importedItems(plan('〔省委军民融合办、省发展改革委、省科技厅、省数据局(省营商局)'))[0]?.departments).toEqual(['省委军民融合办', '省发展改革委', '省科技厅', '省数据局(省营商局)']);
  });

  it('〔A、B〕 closed: the same units (was: only a labelled 〔责任单位:…〕 counted)', () => {
    expect(importedItems(plan('〔省发展改革委、省交通运输厅〕'))[0]?.departments).toEqual(['省发展改革委', '省交通运输厅']);
  });
});

describe('a bare count with 左右 and no word before it saying more or less is a level (liaoning-2025)', () => {
  const plan = [
    '2025年省《政府工作报告》重点工作分工方案(一)',
    '  一、对规模以上工业增加值增长4.5%以上、城镇新增就业47万人左右、城镇调查失业率5.5%左右、粮食产量500亿斤左右、单位地区生产总值能耗完成国家下达任务等经济社会发展预期目标完成情况进行监测和督导。(省发展改革委、省农业农村厅等按职责分工负责)',
  ].join('\n');

  it('城镇新增就业47万人左右 and 粮食产量500亿斤左右 are levels (was: at least, 增加值 read as the task verb)', () => {
    expect(importedItems(plan)[0]?.targets).toEqual([
      ['level', 4.5, '%', undefined],
      ['level', 470000, '人', undefined],
      ['level', 5.5, '%', undefined],
      ['level', 50000000000, '斤', undefined],
    ]);
  });

  it('达到2000名左右 keeps the least its words give', () => {
    const more = `${plan.split('\n')[0]}\n  一、培育新型职业农民达到2000名左右。(省农业农村厅负责)`;
    expect(importedItems(more)[0]?.targets).toEqual([['at_least', 2000, '名', undefined]]);
  });
});

describe('a programme under way taken deeper names its count, no number to reach (liaoning-2025)', () => {
  const plan = (line: string) => ['2025年省《政府工作报告》重点工作分工方案(一)', `  二、${line}〔省发展改革委〕`].join('\n');

  it('深入实施15项重大工程 holds no target (was: at least 15 项); 加快推进300个省级重大项目建设 still does', () => {
    expect(importedItems(plan('抓住“两重”建设机遇,深入实施15项重大工程,提升项目谋划质量。加快推进300个省级重大项目建设。'))[0]?.targets).toEqual([['at_least', 300, '个', undefined]]);
  });
});

describe('batch 21, fixc: heads over heads — the deepest numbered level carries the tasks (chuxiong-livelihood-2021)', () => {
  // 一、 / (一) / 1. / (1) headings with no prose and no unit, the tasks ①② under them, each closed by its roles.
  const plan = [
    '楚雄州2021年8项民生工程和10件惠民实事工作方案',
    '一、工作任务',
    '(一)实施8项民生工程',
    '1.城乡居民增收工程',
    '(1)增加城镇居民收入',
    '①以就业促增收,增加城镇居民工资性收入。全面落实就业优先政策,稳定就业岗位,加大就业帮扶,提供全方位公共就业服务,帮助就业困难人员实现就业1.39万人、就业困难人员实现就业0.78万人。(牵头部门:州人力资源和社会保障局;责任单位:州就业工作领导小组各成员单位,10县市人民政府)',
    '②以创业促发展,增加城镇居民经营性收入。继续加大创业担保贷款政策措施落实力度,全面落实税收、金融、人才等支持创业政策扶持创业。(牵头部门:州财政局;责任单位:10县市人民政府)',
  ].join('\n');

  it('①② under (1) under 1. are the items, numbered under their heads 1-1-1, 1-1-2, each with its own units and targets (was: one item 1-1 holding both)', () => {
    expect(importedItems(plan)).toEqual([
      {
        id: '1-1-1',
        departments: ['州人力资源和社会保障局', '州就业工作领导小组各成员单位', '10县市人民政府'],
        lead: ['州人力资源和社会保障局'],
        targets: [
          ['at_least', 13900, '人', undefined],
          ['at_least', 7800, '人', undefined],
        ],
      },
      { id: '1-1-2', departments: ['州财政局', '10县市人民政府'], lead: ['州财政局'], targets: [] },
    ]);
  });

  it('a (1) that is a task with parts listed under it stays the item, ① inside it', () => {
    const parts = plan.replace('(1)增加城镇居民收入', '(1)增加城镇居民收入,完成以下任务:');
    expect(importedItems(parts).map((i) => i.id)).toEqual(['1-1']);
  });
});

describe('batch 21, fixc: a table copied one cell per line, its task column headed 主要工作举措, the copy stopping inside a row (liaozhong-2024)', () => {
  // The caption, the header and rows 4–5 as the page gives them: one cell a line, a blank line between cells.
  const cells = [
    '2024年政府工作报告主要工作任务分解表',
    '序号',
    '主要工作举措',
    '牵头单位',
    '配合单位',
    '责任领导',
    '一、做大做强主导产业',
    '4',
    '聚焦装备制造及配套产业,扶持远程摩擦、昌盛电气、银丰铸造等一批重点增资项目扩产,带动区域内装备制造及配套企业提档升级。',
    '区工业和信息化局',
    '沈阳近海经济区管委会、各镇政府(街道办事处)',
    '冯冬昌',
    '5',
    '聚焦保税加工和现代物流产业,大力发展“保税+”新业态,促进外贸业态融合和贸易产业融合,推动长燊科技集成电路生产线建设,加快白俄罗斯乳制品等项目的建设进度。',
    '沈',
  ];
  const table = cells.join('\n\n');

  it('主要工作举措 heads the task column, as 工作举措 does (was: the column dropped, the rows without their text and row 5, the task alone, lost)', () => {
    const items = importPlan(table).plan.sections.flatMap((s) => s.items);
    expect(items.map((i) => [i.id, i.title])).toEqual([
      ['4', '聚焦装备制造及配套产业'],
      ['5', '聚焦保税加工和现代物流产业'],
    ]);
    expect(importedItems(table)[0]).toEqual({ id: '4', departments: ['区工业和信息化局', '沈阳近海经济区管委会', '各镇政府(街道办事处)'], lead: ['区工业和信息化局'], leaders: ['冯冬昌'], targets: [] });
  });

  it('the copy stopping after row 5\'s finished sentence, in the next cell (沈): a unit cut short, left out and told, not more of the task', () => {
    const r = importPlan(table);
    const five = r.plan.sections.flatMap((s) => s.items).find((i) => i.id === '5');
    expect(five?.text).toMatch(/的建设进度。$/);
    expect(five?.departments).toEqual([]);
    expect(r.warnings.filter((w) => w.code === 'imp_unitCut')).toEqual([expect.objectContaining({ item: '5', params: { name: '沈' } })]);
  });
});
