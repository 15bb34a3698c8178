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
