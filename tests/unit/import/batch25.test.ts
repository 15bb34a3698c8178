// The rules the twenty-fifth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';

describe('a time closing the unit list of a bracket is no unit (xiangxi-business-2020)', () => {
  // (The page's lines 6, 8 and 9, as the mirror gave them, its pinyin glosses included.)
  const page = [
    "湘西自治州2020年深化“放管服”改革優(yōu)化營商環(huán)境工作計劃",
    "一、進一步提升政務服務效能",
    "1.加大簡政放權力度。堅持依法放權、宜放則放的原則,承接好省下放行政許可事項,下放一批管理審批權限,嚴格執(zhí)行《湖南省鄉(xiāng)鎮(zhèn)權力清單和責任清單》,加大鄉(xiāng)鎮(zhèn)社會經(jīng)濟管理賦權力度,做到“應放盡放”“應接盡接”。大力推進吉首市、湘西經(jīng)開區(qū)兩個相對集中行政許可權改革試點,實現(xiàn)“一枚印章管審批”。(牽頭單位:州行政審批服務局;責任單位:州司法局、州委編辦及州直相關單位,各縣市人民政府、湘西經(jīng)開區(qū)管委會,6月底完成)",
  ].join('\n');

  it('6月底完成 after the last unit is the item’s deadline (was: a unit named 6月底完成, the item due at the year’s end)', () => {
    const item = importPlan(page, {}).plan.sections[0]!.items[0]!;
    expect(item.departments).toEqual(['州行政審批服務局', '州司法局', '州委編辦', '州直相關單位', '各縣市人民政府', '湘西經開區管委會']);
    expect(item.lead).toEqual(['州行政審批服務局']);
    // (The time dates the item's target; the key has it as a milestone, the importer reads 兩個…試點 as a count.)
    expect((item.targets ?? []).map((t) => t.due)).toEqual(['2020-06-30']);
  });
});

describe('a role cut by the page end inside its first unit leaves the roles before it whole (gangcheng-business-2021)', () => {
  // (The page's lines 5, 7, 8 and 13, the last where the copy stops.)
  const page = [
    '深化“放管服”改革优化营商环境2021年重点任务分工方案',
    '一、推进简政放权,释放发展活力',
    '(一)规范精简审批,进一步提高行政效能。',
    '5.深化投资审批制度改革,探索创新投资管理服务方式,简化、整合投资项目报建手续,制定可由项目单位编制申请材料的事项清单,不断优化“一张表单、一套材料”申报模式。(牵头单位:区行政审批服务局、区发展改革局;责任单位:区政',
  ].join('\n');

  it('both 牵头单位 are read, 区政 (cut short after 责任单位:) is not (was: only 区行政审批服务局)', () => {
    const item = importPlan(page, {}).plan.sections[0]!.items[0]!;
    expect(item.departments).toEqual(['区行政审批服务局', '区发展改革局']);
    expect(item.lead).toEqual(['区行政审批服务局', '区发展改革局']);
  });
});
