// The rules the twenty-fourth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';

describe('a school year (学年度) is the plan period, September to August', () => {
  it('20252026学年度学校工作计划范文: the dash the page lost is written again, the 范文 site label dropped (was: no 4-digit year)', () => {
    const page = [
      '20252026学年度学校工作计划范文',
      '第一章指导思想与年度定位',
      '1.2年度定位',
      '2025—2026学年定义为“质量跃升年、治理深化年、文化彰显年”。',
      '一、教学质量',
      '1.中考总分优秀率≥42%,低分率≤3%;',
    ].join('\n');
    const { plan } = importPlan(page, {});
    expect([plan.title, plan.period.start, plan.period.end]).toEqual(['2025—2026学年度学校工作计划', '2025-09-01', '2026-08-31']);
  });

  it('中学2022—2023学年度工作计划.docx runs from 2022-09-01 to 2023-08-31 (was the calendar year 2022)', () => {
    const page = ['中学2022—2023学年度工作计划.docx', '一、加强党建工作', '1.抓好“三会一课”,提升党员教育管理水平。', '2.开展主题党日活动。'].join('\n');
    const { plan } = importPlan(page, {});
    expect([plan.title, plan.period.start, plan.period.end]).toEqual(['中学2022—2023学年度工作计划', '2022-09-01', '2023-08-31']);
  });

  it('two years that are not one school year stay as they were', () => {
    const page = ['2023—2025年学校发展规划', '一、加强党建工作', '1.抓好“三会一课”,提升党员教育管理水平。'].join('\n');
    const { plan } = importPlan(page, {});
    expect([plan.period.start, plan.period.end]).toEqual(['2023-01-01', '2025-12-31']);
  });
});
