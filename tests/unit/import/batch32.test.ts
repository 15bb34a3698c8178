// The rules the thirty-second held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importedItems } from './helpers.js';

const plan = (...lines: string[]) => ['2025年全市交通运输工作要点', '一、全力推动交通经济增长', ...lines].join('\n');
const targetsOf = (text: string) => importedItems(text, 2025).map((i) => i.targets.map(([kind, target, unit]) => [kind, target, unit]));

describe('a quote a copy never closes in its sentence (wuhan-transport-2025)', () => {
  const line = '(二)抓规划实施。推动《武汉市综合立体交通网规划》印发实施做好十四五”“十五五规划衔接,总结评估6个市级交通十四五专项规划落实情况。(责任部门:规划处、建设处)';

  it('masks nothing after it: 总结评估6个市级…规划 is a count to reach (was: no target)', () => {
    expect(targetsOf(plan(line))).toEqual([[['at_least', 6, '个']]]);
  });

  it('a quote closed in its sentence still hides the numbers in it', () => {
    expect(targetsOf(plan('(二)抓规划实施。做好“建成6个市级示范区”宣传。(责任部门:规划处)'))).toEqual([[]]);
  });
});

describe('评估 a number of things: a task on that many (wuhan-transport-2025)', () => {
  it('总结评估6个市级交通十四五专项规划落实情况 is at least 6 个', () => {
    expect(targetsOf(plan('(二)抓规划实施。做好十四五规划衔接,总结评估6个市级交通十四五专项规划落实情况。'))).toEqual([[['at_least', 6, '个']]]);
  });
});
