// Failure classes found by the sixth failure hunt (hunt6): real published pages of the core kinds the importer had
// never met (a 县's 具体措施 handed out by a notice, a Traditional repost of a 县 实施方案, a wiki's copy of a 省
// 三年行动方案, a mirror's page of a 县 report), each class tested on the real lines it came from
// (tests/fixtures/import/real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { readFixture } from './helpers.js';

const period = (text: string) => {
  const plan = importPlan(text).plan;
  return [plan.title, plan.period.start, plan.period.end];
};

describe('hunt6: a plan with no year in its title or items: the year the page gives it otherwise (stopped: "cannot tell the plan year")', () => {
  it('fangxian-cost-2023: the date the notice handing it out was signed, a line of its own (2023年6月30日)', () => {
    expect(period(readFixture('real/fangxian-cost-2023.txt'))).toEqual(['以控制成本为核心优化营商环境的具体措施', '2023-01-01', '2023-12-31']);
  });

  it('newton-guangdong-yingshang-2023: the month a lead says it was issued (2023年7月,…印發《…》), its 三年 running to 2025', () => {
    expect(period(readFixture('real/newton-guangdong-yingshang-2023.txt'))).toEqual(['廣東省最佳化營商環境三年行動方案', '2023-01-01', '2025-12-31']);
  });

  it('ushengzhilian-yingshang-2022: the latest year of the documents it carries out (營商辦發〔2021〕4號), not the repost\'s 時間:2022-06-08', () => {
    expect(period(readFixture('real/ushengzhilian-yingshang-2022.txt'))).toEqual(['營商環境九大對標提升行動實施方案', '2021-01-01', '2021-12-31']);
  });

  it('a part headed by the year\'s work (三、2024年主要工作安排) on a page with no title line', () => {
    const page = ['今年经济社会发展主要预期目标是:全县地区生产总值增长8%左右。', '三、2024年主要工作安排', '围绕上述目标,重点抓好以下九个方面工作:', '(一)坚持农业农村优先发展。完成耕地修复2000亩。', '(二)坚持工业强县。新增规上企业5家。'].join('\n');
    expect(importPlan(page).plan.period.start).toBe('2024-01-01');
  });

  it('still asks for the year when nothing on the page gives one; a signed date inside a sentence is no signature', () => {
    const none = ['某县优化营商环境具体措施', '一、降低成本', '(一)深化政务服务。(牵头单位:县行政审批局)', '(二)推行承诺制。(牵头单位:县市场监管局)'].join('\n');
    expect(() => importPlan(none)).toThrow(expect.objectContaining({ name: 'ImportError' }));
    const inSentence = ['某县优化营商环境具体措施', '会议于2023年6月30日召开。', '一、降低成本', '(一)深化政务服务。(牵头单位:县行政审批局)', '(二)推行承诺制。(牵头单位:县市场监管局)'].join('\n');
    expect(() => importPlan(inSentence)).toThrow(expect.objectContaining({ name: 'ImportError' }));
  });

  it('a title naming its length and a year of its own keeps the span its year gives (two-year 行动 from a titled year untouched)', () => {
    const titled = ['某市2024年优化营商环境三年行动方案', '一、主要任务', '1.落实市场准入负面清单。', '2.清理隐性壁垒。'].join('\n');
    expect(importPlan(titled).plan.period.end).toBe('2024-12-31');
  });
});
