// The rules the twenty-sixth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';

describe('about so many before what is counted is a level (moe-2022)', () => {
  // (The page's line 5, as the news copy gave it.)
  const page = ['教育部2022年工作要点', "    10.加强和改进学校思想政治工作。全面实施时代新人培育工程。深化思想政治工作质量提升工程和“三全育人”综合改革,健全“国家—省级—高校”三级网络思政体系运行机制。推进职业院校“三全育人”典型学校建设。推进“一站式”学生社区综合管理模式,实现对1000所左右高校有效覆盖。持续推动各地各高校落实高校辅导员配备需求,加强高校辅导员素质能力提升精准赋能平台建设。开展“青春使命”“技能成才强国有我”“学习新思想做好接班人”“开学第一课”等主题教育活动,加强校园文化建设。推进绿色低碳发展系统纳入国民教育体系。发挥“五老”优势,继续开展“新时代好少年”主题教育读书活动、“读懂中国”活动。"].join('\n');

  it('实现对1000所左右高校有效覆盖 holds a level of 1000 所 (was: at least 1000 所, 左右 in its metric)', () => {
    const item = importPlan(page, { year: 2022 }).plan.sections[0]!.items[0]!;
    expect((item.targets ?? []).map((t) => [t.kind, t.target, t.unit])).toEqual([['level', 1000, '所']]);
  });
});
