// The rules the twenty-eighth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems } from './helpers.js';

describe('a pipe table with no 序号 column (yangling-united-front-2020, a 目标责任书)', () => {
  const sheet = [
    '党工委统战部门(单位)2020年度(分季)目标责任书',
    '工作任务 | 目标及质量要求 |',
    '省考指标 | 详见附件1(省考指标任务分解)。 |',
    '争取中省资金(5分) | 竞争性专项:上半年、三季度、四季度任务分别为80、60、60万元。 |',
    '招商引资到位资金 (2分) | 第一、二、三、四季度任务分别为500、600、500、400万元。 |',
  ];

  it('its rows are the items, counted in order (was: no numbered items found)', () => {
    expect(importPlan(sheet.join('\n'), { year: 2020 }).plan.sections.flatMap((s) => s.items.map((i) => [i.id, i.title]))).toEqual([
      ['1', '省考指标'],
      ['2', '争取中省资金(5分)'],
      ['3', '招商引资到位资金(2分)'],
    ]);
  });

  it('its last row, cut by the page before its closing bar, is a row still', () => {
    const cut = [...sheet, '统战重点工作任务 (55分) | 第一季度:开展宗教活动场所安全检查1次(9分);发展工'].join('\n');
    const last = importedItems(cut, 2020)[3];
    expect([last?.id, last?.targets.map(([kind, n, unit]) => `${kind} ${n}${unit}`)]).toEqual(['4', ['at_least 1次']]);
    expect(importPlan(cut, { year: 2020 }).plan.sections[0]?.items[3]?.title).toBe('统战重点工作任务(55分)');
  });
});

describe('a 、-list of counts before the count read goes with it (county-party-building-2025)', () => {
  const plan = (task: string) => ['2025年党建工作要点', `(三)实施“强基补短”计划,建强战斗堡垒。${task}`].join('\n');

  it('辐射带动328家链上企业、13个党组织、277名党员纳入统一管理体系: three counts (was: 277名 alone)', () => {
    expect(importedItems(plan('形成“两新工委—产业链联合党委—链上企业党支部”三级组织架构,辐射带动328家链上企业、13个党组织、277名党员纳入统一管理体系。'), 2025)[0]?.targets).toEqual([
      ['at_least', 328, '家', undefined],
      ['at_least', 13, '个', undefined],
      ['at_least', 277, '名', undefined],
    ]);
  });

  it('a list of bars before 的 stays no count: 培育一批产值超5亿元、税收超1000万元的龙头企业', () => {
    expect(importedItems(plan('培育一批产值超5亿元、税收超1000万元的龙头企业。'), 2025)[0]?.targets).toEqual([]);
  });
});

describe('sums shared out over periods, 分别为 (yangling-united-front-2020)', () => {
  const sheet = [
    '党工委统战部门(单位)2020年度(分季)目标责任书',
    '工作任务 | 目标及质量要求 |',
    '争取中省资金(5分) | 竞争性专项:上半年、三季度、四季度任务分别为80、60、60万元。 |',
    '招商引资到位资金 (2分) | 第一、二、三、四季度任务分别为500、600、500、400万元。 |',
    '重点项目建设(3分) | 第二三季度固定资产投资任务分别为0.1、0.1 亿元。 |',
  ].join('\n');
  const shares = (i: number) => importedItems(sheet, 2020)[i]?.targets.map(([kind, value, unit, due]) => [kind, `${value}${unit}`, due]);

  it('上半年、三季度、四季度…分别为80、60、60万元: one at-least sum per period, due at its end (was: none)', () => {
    expect(shares(0)).toEqual([['at_least', '80万元', '2020-06-30'], ['at_least', '60万元', '2020-09-30'], ['at_least', '60万元', '2020-12-31']]);
  });

  it('第一、二、三、四季度 and 第二三季度 name a quarter each', () => {
    expect(shares(1)?.map(([, , due]) => due)).toEqual(['2020-03-31', '2020-06-30', '2020-09-30', '2020-12-31']);
    expect(shares(2)).toEqual([['at_least', '0.1亿元', '2020-06-30'], ['at_least', '0.1亿元', '2020-09-30']]);
  });

  it('periods and sums that do not pair up give no shares', () => {
    expect(importedItems(['2020年工作要点', '1. 上半年、三季度任务分别为80、60、60万元。'].join('\n'), 2020)[0]?.targets).toEqual([]);
  });
});

describe('a quarter\'s heading dates what it lists (yangling-united-front-2020)', () => {
  it('第一季度:…发展工商联新会员10家 / 第二季度:…开展宗教活动场所安全检查1次: due at each quarter\'s end (was: no date)', () => {
    const sheet = [
      '党工委统战部门(单位)2020年度(分季)目标责任书',
      '工作任务 | 目标及质量要求 |',
      '争取中省资金(5分) | 竞争性专项:上半年、三季度、四季度任务分别为80、60、60万元。 |',
      '统战重点工作任务 (55分) | 第一季度:积极组织民营企业参与光彩事业(9分);发展工商联新会员10家(9分)。 第二季度:开展宗教活动场所安全检查1次(9分)。 |',
    ].join('\n');
    expect(importedItems(sheet, 2020)[1]?.targets.filter(([kind]) => kind !== 'milestone').map(([, value, , due]) => [value, due])).toEqual([[10, '2020-03-31'], [1, '2020-06-30']]);
  });

  it('a quarter\'s task with no number is a milestone due at its end; 持续… and the entry the page cut off are none (was: nothing)', () => {
    const sheet = [
      '党工委统战部门(单位)2020年度(分季)目标责任书',
      '工作任务 | 目标及质量要求 |',
      '乡村振兴 (5分) | 第三季度:落实区、镇(街)、村(社区)宗教工作三级网络和两级责任制。 开展创建“和谐寺观教堂”活动。 第四季度:持续整治农村乱建庙宇,防止反弹。开展《陕西省宗教事务条例》学习培训。 |',
      '统战重点工作任务 (55分) | 第四季度:组织召开统战工作领导小组会议1次(8分);开展宗教活动场所安全检查1次(7分);组织开展“企业家精神宣传周”系列活动(8分);发展工',
    ].join('\n');
    const plan = importPlan(sheet, { year: 2020 }).plan;
    const targets = plan.sections.flatMap((s) => s.items.map((i) => (i.targets ?? []).map((t) => [t.kind, t.target, t.due, t.metric])));
    expect(targets).toEqual([
      [
        ['milestone', 100, '2020-09-30', '落实区、镇(街)、村(社区)宗教工作三级网络和两级责任制'],
        ['milestone', 100, '2020-09-30', '开展创建“和谐寺观教堂”活动'],
        ['milestone', 100, '2020-12-31', '开展《陕西省宗教事务条例》学习培训'],
      ],
      [
        ['at_least', 1, '2020-12-31', '召开统战工作领导小组会议'],
        ['at_least', 1, '2020-12-31', '宗教活动场所安全检查'],
        ['milestone', 100, '2020-12-31', '组织开展“企业家精神宣传周”系列活动'],
      ],
    ]);
  });
});

describe('a verb acting on a share of a group named right after it (county-party-building-2025)', () => {
  const plan = (task: string) => ['2025年党建工作要点', `(三)实施“强基补短”计划,建强战斗堡垒。${task}`].join('\n');

  it('力争到2025年底消化60%超职数干部: at least 60 % of them, due by its own date (was: nothing read)', () => {
    expect(importedItems(plan('巩固“九个到位”工作经验,做实行政村布局及党组织调整“后半篇文章”,实施合并村职数消化攻坚行动,力争到2025年底消化60%超职数干部。'), 2025)[0]?.targets).toEqual([
      ['at_least', 60, '%', '2025-12-31'],
    ]);
  });
});
