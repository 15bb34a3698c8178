// Failure classes found by the seventh failure hunt (hunt7): real published pages of institutions and
// organisations (科协, 总工会, 街道/乡镇, schools) the importer had never met, each class tested on the real
// lines it came from (tests/fixtures/import/real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { readFixture } from './helpers.js';

describe('hunt7: a bare title line (2022年工作要點) under a notice that hands the plan out by its whole name, 现将《…》印制下發 (changzhi-kexie-2022)', () => {
  const page = readFixture('real/changzhi-kexie-2022.txt');

  it('the title is the book the notice names, owner included (was: 2022年工作要點, the 長治市學技術 line before it garbled)', () => {
    const plan = importPlan(page).plan;
    expect([plan.title, plan.period.start, plan.period.end]).toEqual(['長治市科學技術協會2022年工作要點', '2022-01-01', '2022-12-31']);
    expect(plan.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['1', '2']);
  });

  it('a title line that names its owner, or a book that is not the same plan, stays as printed', () => {
    const own = ['各区县科协:', '现将《某市科协2022年工作要点》印制下发,请认真贯彻落实。', '某市科学技术协会', '2022年3月1日', '某市科协2022年度工作要点', '一、重点工作', '1、开展科普活动。'].join('\n');
    expect(importPlan(own).plan.title).toBe('某市科协2022年度工作要点');
    const other = ['各区县科协:', '现将《某市科协科普行动方案》印制下发,请认真贯彻落实。', '某市科学技术协会', '2022年3月1日', '2022年工作要点', '一、重点工作', '1、开展科普活动。'].join('\n');
    expect(importPlan(other).plan.title).toBe('2022年工作要点');
  });
});

describe('hunt7: a 范文 site\'s heading over one of the texts it gathers, 第一篇: 2023年…工作计划 (school-pieces-2023)', () => {
  const page = readFixture('real/school-pieces-2023.txt');

  it('the piece\'s title is the plan\'s, and 第一篇 no section over it (was: section 一 holding the preamble, 一、 renumbered 一-2, items 一-2-一-1…)', () => {
    const plan = importPlan(page).plan;
    expect(plan.title).toBe('2023年中学学校年度工作计划');
    expect(plan.sections.map((s) => s.id)).toEqual(['一']);
    expect(plan.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['1', '2', '3', '4']);
  });

  it('a 第一篇 line that is no title (a part of the plan named in words) stays a heading', () => {
    const parts = ['某中学2023年工作计划', '第一篇:德育工作', '1、开展主题班会。', '第二篇:教学工作', '1、开展公开课。'].join('\n');
    expect(importPlan(parts).plan.sections.map((s) => s.title)).toEqual(['德育工作', '教学工作']);
  });
});

describe('hunt7: (具体负责实施人:刘晓辉) after a heading names who carries out the items under it (school-pieces-2023)', () => {
  const page = readFixture('real/school-pieces-2023.txt');

  it('the person is the leader of items 1–4, and the label stays out of their titles (was: no leader, 师德建设:(具体负责实施人:刘晓辉)：… as titles)', () => {
    const items = importPlan(page).plan.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.leaders)).toEqual([['刘晓辉'], ['刘晓辉'], ['刘晓辉'], ['刘晓辉']]);
    expect(items[0]?.title).toBe('师德建设：建立以校长为组长的师德建设工作小组');
  });

  it('负责人 in prose, with no colon, names no one', () => {
    const prose = ['某中学2023年工作计划', '一、师德建设', '1、各科室负责人每月检查一次教案。'].join('\n');
    expect(importPlan(prose).plan.sections[0]?.items[0]?.leaders ?? []).toEqual([]);
  });
});

describe('hunt7: a news item listing what a speaker asked for as 一要… 二要… 三要… (dangshan-womenfed-2025)', () => {
  const page = readFixture('real/dangshan-womenfed-2025.txt');

  it('each 一要 / 二要 paragraph is an item, as 一是 / 二是 are (was: stopped, no numbered items)', () => {
    const plan = importPlan(page).plan;
    expect(plan.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['一', '二', '三', '四']);
    expect(plan.sections[0]?.items[1]?.title).toContain('常态化开展“乡村振兴巾帼行动”');
  });

  it('三要素 opening a paragraph numbers nothing', () => {
    const prose = ['某县妇联2025年工作要点', '三要素齐全的家庭档案,由各村妇联建立。'].join('\n');
    expect(() => importPlan(prose)).toThrow(expect.objectContaining({ name: 'ImportError' }));
  });
});

describe('hunt7: a meeting that sums up one year and lays out the next, 总结2024年…谋划2025年 (dangshan-womenfed-2025)', () => {
  const page = readFixture('real/dangshan-womenfed-2025.txt');

  it('the plan is the year it lays out (was: 2024, the first year its lead names)', () => {
    const plan = importPlan(page).plan;
    expect([plan.title, plan.period.start, plan.period.end]).toEqual(['2025年工作要点', '2025-01-01', '2025-12-31']);
  });

  it('a lead naming two years that are not one reviewed and the next keeps the first', () => {
    const lead = ['为全面总结2022年工作开展情况,科学谋划2025年工作重点,县妇联召开会议。', '一是加强思想引领。', '二是深化家庭建设。'].join('\n');
    expect(importPlan(lead).plan.period.start).toBe('2022-01-01');
  });
});

describe('hunt7: a table copied with spaces between cells, headed 重点工作任务分解 … 监督方式 (xuancheng-hitech-2021)', () => {
  const page = readFixture('real/xuancheng-hitech-2021.txt');

  it('read as a table: rows 1–3, 责任领导 the leaders, 责任部门 the units, 监督方式 (区委、区政府) no unit (was: stopped, no numbered items)', () => {
    const items = importPlan(page).plan.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.id)).toEqual(['1', '2', '3']);
    expect(items.map((i) => i.departments)).toEqual([['经济发展局'], ['科技中心', '经济发展局'], []]);
    expect(items.map((i) => i.leaders ?? [])).toEqual([['易承志'], ['冼进', '易承志'], []]);
  });
});
