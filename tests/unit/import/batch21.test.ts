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
