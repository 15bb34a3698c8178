// Failure classes found by the fifth failure hunt (hunt5): real published 区/县/市 政府工作报告 分解 pages and
// 部门 年度工作要点 from sites and provinces the corpus had not met, keyed before the importer ran on them; each class
// tested on the real lines it came from (tests/fixtures/import/real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems, readFixture, refusal } from './helpers.js';

describe('hunt5: a figure with no measure word capped by 以内, its comparator lost in a PDF\'s text (tongxiang-emergency-2024)', () => {
  const page = readFixture('real/tongxiang-emergency-2024.txt');

  it('…死 / 双下亿GDP / 0.0088 以内, is a cap of 0.0088, no unit, as the text gives none (was: dropped)', () => {
    const items = importedItems(page);
    expect(items[0]?.id).toBe('一');
    expect(items[0]?.targets[0]).toEqual(['at_most', 0.0088, undefined, undefined]);
    expect(items[0]?.targets).toContainEqual(['at_most', 1, '%', undefined]);
  });

  it('控制在N以内 still caps as before; a bare figure with 以内 that goes on into what it qualifies is no target', () => {
    const plan = ['某局2024年工作要点', '一、主要目标', '亿元GDP生产安全事故死亡率控制在0.02以内。', '二、重点工作', '对排名10以内的企业开展帮扶。'].join('\n');
    const items = importedItems(plan);
    expect(items.find((i) => i.id === '一')?.targets).toEqual([['at_most', 0.02, undefined, undefined]]);
    expect(items.find((i) => i.id === '二')?.targets).toEqual([]);
  });
});

describe('hunt5: a notice handing the tasks down with no addressee and no book named, 现将主要目标任务分解下发 (bozhou-notice-2025)', () => {
  it('the page that is only that notice and its own requirements is refused as the notice (was: its 一、强化责任意识 read as the plan)', () => {
    expect(refusal(readFixture('real/bozhou-notice-2025.txt'))?.key).toBe('imp_noticeOnly');
  });

  it('the plan after such a notice still imports, the notice\'s words kept out of it', () => {
    const page = [
      '某市人民政府办公室关于印发2025年政府工作报告主要目标任务分解的通知',
      '各县、区人民政府,市政府各部门:',
      '2025年《政府工作报告》已经市人大审议通过,经市政府同意,现将主要目标任务分解下发,请认真抓好落实。',
      '某市人民政府办公室',
      '2025年1月14日',
      '2025年政府工作报告主要目标任务分解',
      '1.地区生产总值增长6%。(牵头单位:市发展改革委)',
      '2.新增城镇就业1.5万人。(牵头单位:市人社局)',
    ].join('\n');
    const items = importedItems(page);
    expect(items.map((i) => i.id)).toEqual(['1', '2']);
    expect(items[1]?.targets).toEqual([['at_least', 15000, '人', undefined]]);
  });
});

describe('hunt5: how often a routine recurs in the year, 每季度召开1次协调会, is no number to reach (epb-office-2026)', () => {
  it('每季度召开1次协调会 gives no target; the item\'s 细化32项具体任务 stays one (was: at least 1 次 协调会)', () => {
    const items = importedItems(readFixture('real/epb-office-2026.txt'));
    expect(items.find((i) => i.id === '1')?.targets).toEqual([['at_least', 32, '项', undefined]]);
  });

  it('a monthly or weekly count is a routine too; the year\'s own count of them is not', () => {
    const plan = ['某局2025年工作要点', '1.加强督查。每月开展2次专项巡查,全年开展专项检查12次。', '2.强化学习。每周组织1次集中学习。'].join('\n');
    const items = importedItems(plan);
    expect(items[0]?.targets).toEqual([['at_least', 12, '次', '2025-12-31']]);
    expect(items[1]?.targets).toEqual([]);
  });
});

describe('hunt5: a document site\'s outline of the plan (提纲) above its title and preamble (jiguan-outline-2026)', () => {
  const page = readFixture('real/jiguan-outline-2026.txt');

  it('the line after the outline is the plan\'s title, not the last heading\'s text (was: 2026年工作要点 made up, the title glued to 八-三)', () => {
    const plan = importPlan(page).plan;
    expect(plan.title).toBe('市机关事务服务中心2026年度工作要点');
    const last = plan.sections.at(-1)?.items.at(-1);
    expect([last?.id, last?.text]).toEqual(['八-三', '深入开展经常性警示教育']);
    expect(plan.sections.flatMap((s) => s.items)).toHaveLength(27);
  });

  it('a heading with prose under it keeps the lines after it, a title-like line among them', () => {
    const plan = ['某局2026年工作要点', '一、强化党建', '(一)加强理论学习。坚持第一议题制度。', '(二)深化作风建设', '全局2026年度重点工作', '开展作风建设年活动。'].join('\n');
    const items = importPlan(plan).plan.sections.flatMap((s) => s.items);
    expect(items.at(-1)?.text).toContain('开展作风建设年活动');
  });
});
