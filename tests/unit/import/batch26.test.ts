// The rules the twenty-sixth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { findTargets } from '../../../src/core/import/targets.js';
import { stext } from '../../../src/core/import/text.js';
import { refusal } from './helpers.js';

describe('a news lead saying a body published its year\'s plan names the title (cnipa-2023)', () => {
  const page = (lead: string) =>
    [
      lead,
      '国家知识产权局2023年工作的总体思路是:坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。',
      '一、全面深入学习贯彻党的二十大精神。深入学习贯彻党的二十大精神,全面加强党的建设。',
    ].join('\n');

  it('近日,国家知识产权局发布2023年工作要点 gives 国家知识产权局2023年工作要点 (was: the fallback 2023年工作要点)', () => {
    const { plan } = importPlan(page('近日,国家知识产权局发布2023年工作要点。其中提到,大力提升知识产权审查质量效率。'), {});
    expect([plan.title, plan.period.start, plan.period.end]).toEqual(['国家知识产权局2023年工作要点', '2023-01-01', '2023-12-31']);
  });

  it('a lead that names no body before 发布 gives no title of its own', () => {
    const { plan } = importPlan(page('近日,我们看到2023年工作要点。其中提到,大力提升知识产权审查质量效率。'), {});
    expect(plan.title).toBe('2023年工作要点');
  });
});

describe('a yearly plan of a 五年规划 runs for the years its preamble names 年度 (cnipa-ipplan-2021)', () => {
  const page = (aim: string) =>
    [
      '知識產權強國建設綱要和“十四五”規劃實施年度推進計劃',
      `為貫徹落實《知識產權強國建設綱要(2021—2035年)》和《“十四五”國家知識產權保護和運用規劃》,深入實施知識產權強國戰略,加快建設知識產權強國,${aim},制定本計劃。`,
      '一、完善知識產權制度',
      '(一)完善知識產權法律法規規章',
      '1.推進專利法實施細則修改。(市場監管總局、農業農村部、知識產權局負責)',
    ].join('\n');

  it('明確2021—2022年度重點任務 is 2021 to 2022, not the 十四五 (was: 2021–2025)', () => {
    const { plan } = importPlan(page('明確2021—2022年度重點任務和工作措施'), {});
    expect([plan.period.start, plan.period.end]).toEqual(['2021-01-01', '2022-12-31']);
  });

  it('with no year named 年度, the 十四五 still gives the five years', () => {
    const { plan } = importPlan(page('明確重點任務和工作措施'), {});
    expect([plan.period.start, plan.period.end]).toEqual(['2021-01-01', '2025-12-31']);
  });
});

describe('a lead saying what work was done (开展了以下工作) reviews the year before (cnipa-report-2023)', () => {
  const page = (lead: string) =>
    [
      '国家知识产权局局长申长雨在2023年全国知识产权局局长会议上的工作报告(摘编)',
      '来源:国家知识产权局',
      '2022年知识产权工作主要进展和新时代十年历史性成就',
      lead,
      '(一)坚决贯彻落实中央部署,认真践行“两个维护”。',
      '一是坚决贯彻落实习近平总书记重要指示精神。制定2022年贯彻落实习近平总书记在十九届中央政治局第二十五次集体学习时重要讲话精神131条措施,逐一建立工作台账,逐项抓好工作落实。',
    ].join('\n');

  it('一年来,…重点开展了以下工作: over what was done is refused as a work report (was: imported as a plan)', () => {
    expect(refusal(page('2022年是党和国家历史上极为重要的一年。一年来,全国知识产权系统推动知识产权工作取得新的重要进展。重点开展了以下工作:'))?.key).toBe('imp_workReport');
  });

  it('a lead setting the work to do is no review', () => {
    expect(refusal(page('2023年是全面贯彻落实党的二十大精神的开局之年。重点抓好以下工作:'))).toBeUndefined();
  });
});

describe('about so many before what is counted is a level (moe-2022)', () => {
  // (The page's line 5, as the news copy gave it.)
  const page = ['教育部2022年工作要点', "    10.加强和改进学校思想政治工作。全面实施时代新人培育工程。深化思想政治工作质量提升工程和“三全育人”综合改革,健全“国家—省级—高校”三级网络思政体系运行机制。推进职业院校“三全育人”典型学校建设。推进“一站式”学生社区综合管理模式,实现对1000所左右高校有效覆盖。持续推动各地各高校落实高校辅导员配备需求,加强高校辅导员素质能力提升精准赋能平台建设。开展“青春使命”“技能成才强国有我”“学习新思想做好接班人”“开学第一课”等主题教育活动,加强校园文化建设。推进绿色低碳发展系统纳入国民教育体系。发挥“五老”优势,继续开展“新时代好少年”主题教育读书活动、“读懂中国”活动。"].join('\n');

  it('实现对1000所左右高校有效覆盖 holds a level of 1000 所 (was: at least 1000 所, 左右 in its metric)', () => {
    const item = importPlan(page, { year: 2022 }).plan.sections[0]!.items[0]!;
    expect((item.targets ?? []).map((t) => [t.kind, t.target, t.unit])).toEqual([['level', 1000, '所']]);
  });
});

describe('a change in percentage points the task sets is a target (moe-2022, school-kpi-2025)', () => {
  const targetsOf = (text: string, year = 2022) =>
    findTargets(stext(text, 1), { year, start: `${year}-01-01`, end: `${year}-12-31`, fallbackMetric: '' }).targets.map((t) => [t.kind, t.target, t.unit]);
  const notesOf = (text: string, year = 2022) => findTargets(stext(text, 1), { year, start: `${year}-01-01`, end: `${year}-12-31`, fallbackMetric: '' }).notes.map((n) => n.code);

  it('比2021年下降0.5到1个百分点 is at least 0.5 个百分点, the range held by its floor (was: a relative change, skipped)', () => {
    const line = '强化高校学生体质健康促进工作,实现儿童青少年总体近视率比2021年下降0.5到1个百分点。';
    expect(targetsOf(line)).toEqual([['at_least', 0.5, '个百分点']]);
    // (比2021年 is the base the change is measured from, no report of 2021.)
    expect(findTargets(stext(line, 1), { year: 2022, start: '2022-01-01', end: '2022-12-31', fallbackMetric: '' }).targets[0]?.metric).toBe('儿童青少年总体近视率比2021年下降');
    expect(targetsOf('实现近视率下降0.5—1个百分点。')).toEqual([['at_least', 0.5, '个百分点']]);
    expect(targetsOf('实现近视率下降0.5-1个百分点。')).toEqual([['at_least', 0.5, '个百分点']]);
  });

  it('近视率年降幅≥1个百分点 is at least 1 个百分点 (school-kpi-2025 line 19; was: skipped)', () => {
    expect(targetsOf('④学生体质健康测试优良率≥58%,近视率年降幅≥1个百分点;', 2025)).toEqual([
      ['at_least', 58, '%'],
      ['at_least', 1, '个百分点'],
    ]);
  });

  it('比上年提高3个百分点以上 at least; 下降不超过1个百分点 / 1个百分点以内 at most', () => {
    expect(targetsOf('全市义务教育巩固率比上年提高3个百分点以上。')).toEqual([['at_least', 3, '个百分点']]);
    expect(targetsOf('城镇调查失业率上升不超过1个百分点。')).toEqual([['at_most', 1, '个百分点']]);
    expect(targetsOf('城乡收入差距缩小1个百分点以内。')).toEqual([['at_most', 1, '个百分点']]);
  });

  it('a change reported as done (已 / 共 / a year before the plan\'s) stays a warning, no target', () => {
    expect(targetsOf('2021年全国儿童青少年总体近视率下降0.9个百分点。')).toEqual([]);
    expect(notesOf('2021年全国儿童青少年总体近视率下降0.9个百分点。')).toEqual(['imp_relative']);
    expect(targetsOf('近视率已下降0.9个百分点。')).toEqual([]);
  });

  it('points with no direction or comparator before them are no change set (高出全省2个百分点的学校)', () => {
    expect(targetsOf('对近视率高出全省平均水平2个百分点的学校进行约谈。')).toEqual([]);
  });
});
