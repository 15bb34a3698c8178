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
    expect((item.targets ?? []).map((t) => t.due)).toEqual(['2020-06-30']);
  });

  it('兩個 after the places that hold the pilots, 吉首市、湘西經開區, counts where the work is done: the item is a milestone due 6月底 (was: at least 2 個)', () => {
    const item = importPlan(page, {}).plan.sections[0]!.items[0]!;
    expect((item.targets ?? []).map((t) => [t.kind, t.target, t.unit, t.due])).toEqual([['milestone', 100, '%', '2020-06-30']]);
  });

  it('names of things worked on before their count (小區, 學校) still count them', () => {
    const things = page.replace('吉首市、湘西經(jīng)開區(qū)兩個相對集中行政許可權改革試點', '西苑小區、宏昌小區兩個老舊小區改造');
    const item = importPlan(things, {}).plan.sections[0]!.items[0]!;
    expect((item.targets ?? []).map((t) => [t.kind, t.target, t.unit])).toEqual([['at_least', 2, '個']]);
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

describe('a note in an item’s bracket for the tasks after it gives them its units (weihai-digital-2023)', () => {
  // (The page's lines 1, 22, 24, 26 and 28, the last where the copy stops.)
  const page = [
    "数字威海建设2023年工作要点",
    "一、着力构建高效协同的数字政府",
    "(一)提升政务服务效能",
    "1.深化政务服务“网上办”。全面深化“双全双百”提升工程,持续推进政务服务标准化、规范化、便利化、数字化改革,明确政务服务事项范围,规范办理要素和业务流程,实现政务服务事项“同要素管理、同标准办理”。全面提升线上线下融合服务能力,不断丰富服务供给,持续优化办事流程,深化“一次办好”改革,年底前基本实现群众企业在线办事“进一个网、办全市事”,建设“24小时不打烊”网上办事大厅。(牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府、开发区管委。以下任务均需各区市政府、开发区管委落实,不再一一列出)",
    "2.优化“爱山东”“掌上办”功能。以好用、爱用为目标,持续推进移动端政务服务渠道整合迁移,拓宽移动端服务范围,上线“不动产+公积金+金融”一键联办、“数通家",
  ].join('\n');
  const [first, second] = importPlan(page, {}).plan.sections[0]!.items;

  it('the list ends with its sentence: the note after 。 names no units of item 1 (was: 以下任务均需各区市政府, 不再一一列出)', () => {
    expect(first!.departments).toEqual(['市行政审批服务局', '市直有关部门、单位', '各区市政府', '开发区管委']);
    expect(first!.lead).toEqual(['市行政审批服务局']);
  });

  it('市直有关部门、单位 is one collective, the bare 单位 no unit of its own (was: 市直有关部门 and 单位)', () => {
    expect(first!.departments).toContain('市直有关部门、单位');
    expect(first!.departments).not.toContain('单位');
  });

  it('以下任务均需各区市政府、开发区管委落实 gives item 2 those units, no lead (was: none)', () => {
    expect(second!.departments).toEqual(['各区市政府', '开发区管委']);
    expect(second!.lead).toBeUndefined();
  });
});
