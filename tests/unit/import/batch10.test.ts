// The rules the tenth held-out batch asked for, each on lines of the real published text it came
// from (tests/fixtures/import/real/ once a document passes the bars, pending/ until then).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems } from './helpers.js';

describe('a table header over two lines, its second line no title (fenghua-2025)', () => {
  const page = [
    '发布机构 | 区发改局 | 发文日期 | 2025-08-07 |',
    '2025年区十大民生实事项目进展表(截至6月底)',
    '序号 | 项目名称 | 起止 年限 | 子项目 | 具体内容 | 具体完成情况 | 2025年进展情况 | ||',
    '截至6月底进展 | 7月工作计划 | |||||||',
    '1 | 一、优质教育综合提升工程 | 2024- 2025 | 完成奉化高级中学食堂建设 | 用地面积为7165.96平方米,建筑面积4286.2平方米,主要建设内容为新建一幢食堂和一幢配套配电房 | 当年完成 | 装饰工程及附属工程施工 | 装饰工程及附属工程施工 | |',
    '2 | 2025 | 启动实施松岙九年一贯制学校建设 | 松岙中学旧教学楼进行原址拆除重建,共四层,12个教学班 | 开工建设 | 已完成施工招标,正在办理施工许可证 | 开工建设 | ||',
  ].join('\n');

  it('takes the line with the year for the title, not the row of cells naming 工作计划', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('2025年区十大民生实事项目进展表(截至6月底)');
    expect(r.plan.period).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(importedItems(page).map((i) => i.id)).toEqual(['1', '2']);
  });
});

describe('a body on one line with its marks run together and no spaces (district-edu-2025)', () => {
  const page =
    '區(qū)教育局2025年政務公開工作計劃為深入貫徹《政府信息公開條例》,持續(xù)提升教育領域政務公開透明度,增強群眾對教育工作的滿意度,結合本區(qū)實際,制定本年度工作計劃如下:一、完善工作機制,夯實公開基礎。1.強化組織領導與責任落實2.健全政務公開領導小組,實行“主要領導牽頭抓總、分管領導具體負責、科室協(xié)同落實”的三級責任機制,將政務公開納入年度考核指標,定期督查整改情況。3.加強隊伍建設,每季度組織業(yè)務培訓,重...';

  it('cuts the title off the preamble and the line at each mark that goes on with the numbering', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('區教育局2025年政務公開工作計劃');
    expect(r.plan.sections.map((s) => [s.id, s.title])).toEqual([['一', '完善工作機制,夯實公開基礎']]);
    expect(importedItems(page).map((i) => i.id)).toEqual(['1', '2', '3']);
    expect(r.plan.sections[0]?.items[0]?.title).toBe('強化組織領導與責任落實');
  });

  it('leaves a numbering inside a sentence alone when the document has lines that start with marks', () => {
    const text = ['2025年工作计划', '一、重点任务', '1.完成第1、2批项目建设,新建道路2.5公里。'].join('\n');
    expect(importedItems(text).map((i) => i.id)).toEqual(['1']);
  });
});

describe('a least count whose measure word the page lost, its noun running on (xuancheng-2024)', () => {
  const page = [
    '宣城市2024年民生实事工作计划',
    '1.加强城乡低保人员和特困人员生活保障,规范确定和调整低保标准。(牵头单位:市民政局)',
    '2.加强城乡公益性公墓建设管理,推进不少于5城乡公益性公墓新建、改扩建或配套设施改造。(牵头单位:市民政局)',
  ].join('\n');

  it('reads 不少于5 before a noun of up to twelve characters as at least 5, with no unit', () => {
    const [first, second] = importedItems(page);
    expect(first?.targets).toEqual([]);
    expect(second?.targets.map(([kind, target, unit]) => [kind, target, unit ?? ''])).toEqual([['at_least', 5, '']]);
  });
});
