import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import type { Item, Target } from '../../../src/core/model.js';
import { readSeed, schemaErrors } from './helpers.js';
import { importMessage } from '../../../src/render/screens/import.js';

// The seed: a real 市总工会 工作要点 scraped from a web page, with its noise.
const result = importPlan(readSeed(), { year: 2026 });
const plan = result.plan;
const items = new Map<string, Item>(plan.sections.flatMap((s) => s.items.map((i): [string, Item] => [i.id, i])));
const item = (id: string): Item => {
  const found = items.get(id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const brief = (t: Target): [string, number | undefined, string | undefined] => [t.kind, t.target, t.unit];

describe('the seed (xx市总工会20xx年工作要点)', () => {
  it('has 6 sections and 19 items numbered as printed', () => {
    expect(plan.sections.map((s) => s.id)).toEqual(['一', '二', '三', '四', '五', '六']);
    expect([...items.keys()]).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
    expect(plan.sections.map((s) => s.items.length)).toEqual([3, 3, 3, 3, 4, 3]);
    expect(result.summary).toMatchObject({ sections: 6, items: 19, units: 16 });
  });

  it('takes title, organization and period from the title line and the year option', () => {
    expect(plan.title).toBe('xx市总工会2026年工作要点');
    expect(plan.organization).toBe('xx市总工会');
    expect(plan.period).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(plan.id).toBe('union-2026');
    expect(plan.sections[2]?.title).toBe('强化技能素质提升,全面推进产业工人队伍建设改革');
  });

  it.each([
    ['1', ['办公室', '宣传教育部', '职工中专', '工人文化宫']],
    ['2', ['宣传教育部', '职工中专', '工人文化宫']],
    ['3', ['办公室', '宣传教育部']],
    ['4', ['办公室', '宣传教育部', '法律工作部']],
    ['5', ['办公室', '机关党委', '法律工作部', '经济工作部']],
    ['6', ['保障工作部', '经济工作部', '财务与资产管理部', '服务中心']],
    ['7', ['办公室', '经济工作部', '组织与基层工作部', '财贸工会', '职工中专']],
    ['8', ['办公室', '经济工作部', '职工中专']],
    ['9', ['宣传教育部', '经济工作部', '职工中专']],
    ['10', ['法律工作部', '女职工部']],
    ['11', ['法律工作部', '经济工作部', '女职工部']],
    ['12', ['保障工作部', '女职工部', '教育工会', '职工中专', '工人文化宫', '职工服务中心']],
    ['13', ['组织与基层工作部', '女职工部', '财贸工会', '教育工会']],
    ['14', ['办公室', '组织与基层工作部', '法律工作部', '女职工部', '财贸工会', '教育工会']],
    ['15', ['宣传教育部', '职工服务中心']],
    ['16', ['办公室', '财务与资产管理部', '经审办', '工人文化宫']],
    ['17', ['办公室', '机关党委', '职工中专', '工人文化宫', '服务中心']],
    ['18', ['办公室', '机关党委', '组织与基层工作部']],
    ['19', ['办公室', '组织与基层工作部', '女职工部', '财贸工会', '教育工会', '职工中专']],
  ])('item %s: 责任单位 exactly as listed', (id, units) => {
    expect(item(id).departments).toEqual(units);
    // The seed names no 牵头 unit: lead stays unset (the default is the first unit).
    expect(item(id).lead).toBeUndefined();
  });

  it('puts 法律工作部 in exactly items 4, 5, 10, 11, 14', () => {
    const ids = [...items.values()].filter((i) => i.departments.includes('法律工作部')).map((i) => i.id);
    expect(ids).toEqual(['4', '5', '10', '11', '14']);
  });

  it.each([
    // 实现乡镇(街道)以上职工文化活动阵地建设全覆盖: 全覆盖 is a milestone (design: 实现全覆盖).
    ['2', [['milestone', 100, '%']]],
    ['3', [['at_least', 700, '条'], ['at_least', 2500, '条']]],
    ['6', [['at_least', 30, '场次']]],
    ['7', [['at_least', 10, '个'], ['at_least', 20, '家'], ['at_least', 50, '场次'], ['at_least', 2000, '场次']]],
    ['8', [['at_least', 10, '个'], ['at_least', 1000, '场次'], ['at_least', 100000, '人次']]],
    ['9', [['at_least', 20, '家']]],
    ['10', [['at_least', 800, '家'], ['level', 80, '%'], ['level', 90, '%']]],
    ['11', [['at_least', 6, '个']]],
    ['12', [['milestone', 100, '%']]],
  ])('item %s: targets', (id, expected) => {
    expect((item(id).targets ?? []).map(brief)).toEqual(expected);
  });

  it('names the metrics from the words before the number', () => {
    expect(item('3').targets?.[0]).toMatchObject({ id: '3.1', metric: '微信公众号年发布信息', kind: 'at_least', target: 700, unit: '条' });
    expect(item('7').targets?.map((t) => t.metric)).toEqual(['重点镇街试点', '骨干样板企业', '市级技能竞赛', '各级技能竞赛活动']);
    expect(item('7').targets?.map((t) => t.id)).toEqual(['7.1', '7.2', '7.3', '7.4']);
    expect(item('8').targets?.[2]?.metric).toBe('受益人数');
    expect(item('10').targets?.[1]?.metric).toBe('已建工会的企业集体协商建制率');
    expect(item('11').targets?.[0]?.metric).toBe('工会工作室');
    expect(item('12').targets?.[0]?.metric).toContain('全国级困难职工全部解困');
  });

  it('leaves primary to the lead when an item has several counts, and picks the one count among rates', () => {
    expect(item('7').primary).toBeUndefined();
    expect(item('8').primary).toBeUndefined();
    expect(item('10').primary).toBe('10.1');
  });

  it('finds no target in years, dates, quotes and conditions', () => {
    // 2019年以前, 2015年以来, 《2019-2023年…》, 从20xx年1月1日起到2021年12月31日, “二十条”, 缓减20%的政策,
    // 职工25人以上的企业, 企业100家以上、职工5000人以上乡镇
    for (const id of ['1', '4', '5', '13', '14', '15', '16', '17', '18', '19']) expect(item(id).targets).toBeUndefined();
    expect(item('6').targets).toHaveLength(1);
    const conditions = result.warnings.filter((w) => w.line === 59);
    expect(conditions.map((w) => importMessage('en', w)).join('\n')).toMatch(/25人以上/);
    expect(conditions).toHaveLength(3);
  });

  it('drops page noise: no 推荐访问, 当前位置, 浏览量 or ranking list in any item', () => {
    for (const i of items.values()) {
      for (const noise of ['推荐访问', '当前位置', '浏览量', '幼儿园', '最新推荐', 'New Ranking', '...']) {
        expect(i.text).not.toContain(noise);
      }
    }
  });

  it('joins lines broken mid-sentence and an item number alone on its line', () => {
    expect(item('2').text).toContain('职工原创摄影比赛');
    expect(item('5').text).toContain('妥善处理疫情防控期间劳动关系问题');
    expect(item('7').text).toContain('协调相关部门落实年度工作任务');
    expect(item('9').text).toContain('组织全国劳模事迹报告会');
    expect(item('14').text).toContain('参与基层社会治理能力');
    expect(item('19').text).toContain('组织开展全市乡镇(街道)工会主席培训班');
    expect(item('8').title).toBe('搭建职工教育培训平台');
    expect(item('8').text?.startsWith('搭建职工教育培训平台。')).toBe(true);
  });

  it('keeps the original text with only whitespace fixed', () => {
    expect(item('1').title).toBe('强化政治引领');
    expect(item('3').text).toContain('微信公众号年发布信息不少于700条,xx网上职工之家网站');
    expect(item('1').text?.endsWith('(责任单位:办公室、宣传教育部、职工中专、工人文化宫)')).toBe(true);
  });

  it('warns about the preamble and nothing else outside the items', () => {
    const unplaced = result.warnings.filter((w) => !importMessage('en', w).startsWith('item '));
    expect(unplaced.map((w) => w.line)).toEqual([13]);
  });

  it('lists every unit once, in order of first appearance, and hints at 服务中心 / 职工服务中心', () => {
    expect(plan.departments.map((d) => d.name)).toEqual([
      '办公室',
      '宣传教育部',
      '职工中专',
      '工人文化宫',
      '法律工作部',
      '机关党委',
      '经济工作部',
      '保障工作部',
      '财务与资产管理部',
      '服务中心',
      '组织与基层工作部',
      '财贸工会',
      '女职工部',
      '教育工会',
      '职工服务中心',
      '经审办',
    ]);
    expect(plan.departments.every((d) => d.aliases === undefined)).toBe(true);
    expect(result.hints.map((h) => importMessage('en', h)).some((h) => h.includes('服务中心') && h.includes('职工服务中心') && h.includes('--alias'))).toBe(true);
  });

  it('merges 服务中心 into 职工服务中心 only when told, keeping names as written in items', () => {
    const merged = importPlan(readSeed(), { year: 2026, aliases: { 服务中心: '职工服务中心' } });
    const entries = merged.plan.departments.filter((d) => d.name.includes('服务中心'));
    expect(entries).toEqual([{ name: '职工服务中心', aliases: ['服务中心'] }]);
    expect(merged.plan.departments).toHaveLength(15);
    const six = merged.plan.sections[1]?.items[2];
    expect(six?.departments.at(-1)).toBe('服务中心');
    expect(merged.hints.map((h) => importMessage('en', h)).some((h) => h.includes('one name contains the other'))).toBe(false);
    expect(schemaErrors(merged.plan)).toEqual([]);
  });

  it('validates against the schema', () => {
    expect(schemaErrors(plan)).toEqual([]);
  });

  it('asks for the year when the title has none (20xx)', () => {
    expect(() => importPlan(readSeed())).toThrow(/--period/);
  });
});
