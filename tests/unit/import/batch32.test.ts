// The rules the thirty-second held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importedItems } from './helpers.js';

const plan = (...lines: string[]) => ['2025年全市交通运输工作要点', '一、全力推动交通经济增长', ...lines].join('\n');
const targetsOf = (text: string) => importedItems(text, 2025).map((i) => i.targets.map(([kind, target, unit]) => [kind, target, unit]));

describe('a quote a copy never closes in its sentence (wuhan-transport-2025)', () => {
  const line = '(二)抓规划实施。推动《武汉市综合立体交通网规划》印发实施做好十四五”“十五五规划衔接,总结评估6个市级交通十四五专项规划落实情况。(责任部门:规划处、建设处)';

  it('masks nothing after it: 总结评估6个市级…规划 is a count to reach (was: no target)', () => {
    expect(targetsOf(plan(line))).toEqual([[['at_least', 6, '个']]]);
  });

  it('a quote closed in its sentence still hides the numbers in it', () => {
    expect(targetsOf(plan('(二)抓规划实施。做好“建成6个市级示范区”宣传。(责任部门:规划处)'))).toEqual([[]]);
  });
});

describe('评估 a number of things: a task on that many (wuhan-transport-2025)', () => {
  it('总结评估6个市级交通十四五专项规划落实情况 is at least 6 个', () => {
    expect(targetsOf(plan('(二)抓规划实施。做好十四五规划衔接,总结评估6个市级交通十四五专项规划落实情况。'))).toEqual([[['at_least', 6, '个']]]);
  });
});

describe('a count after 等 where a copy dropped the full stop after what it counts (wuhan-transport-2025)', () => {
  const line =
    '(一)抓项目建设。建设武汉都市圈环线高速公路汉南长江大桥、双柳长江大桥、黄陂至新洲段,开工建设南六环、武汉至黄梅高速武汉段、绕城高速中洲至郑店段等5条高速,建成武天、武松、京港澳高速湖北北段等3条高速围绕交通硬联通项目三年建成的目标,推进武汉新城与鄂黄黄快速道路系统建设。(责任部门:规划处、建设处)';

  it('等3条高速围绕…: what is counted ends where 围绕 opens the next sentence (was: 5条 alone)', () => {
    expect(targetsOf(plan(line))).toEqual([
      [
        ['at_least', 5, '条'],
        ['at_least', 3, '条'],
      ],
    ]);
  });

  it('a count after 等 running on into words that open no sentence is still no target', () => {
    expect(targetsOf(plan('(一)抓项目建设。建成武天、武松等3条高速公路连接线配套服务设施提升改造工程项目。'))).toEqual([[]]);
  });
});

const agri = (line: string) => ['2025年工作要点', '一、抓好粮食和重要农产品稳产保供', line].join('\n');

describe('分别 and its verb govern each figure of the list after it (wuhan-agri-2025)', () => {
  it('粮食播种面积和产量分别稳定在218万亩、18亿斤以上: both levels (was: 18亿斤 at least)', () => {
    expect(targetsOf(agri('(一)抓好粮食和重要农产品生产。坚持粮食安全党政同责,粮食播种面积和产量分别稳定在218万亩、18亿斤以上。'))).toEqual([
      [
        ['level', 2180000, '亩'],
        ['level', 1800000000, '斤'],
      ],
    ]);
  });

  it('without 分别 a figure after 、 is read on its own (确保粮食面积稳定在910万亩以上、总产70亿斤以上)', () => {
    expect(targetsOf(agri('(一)抓好粮食生产。确保粮食面积稳定在910万亩以上、总产70亿斤以上。'))).toEqual([
      [
        ['level', 9100000, '亩'],
        ['at_least', 7000000000, '斤'],
      ],
    ]);
  });
});

describe('出栏, the head a year sends to market, is a number to reach (wuhan-agri-2025)', () => {
  it('确保生猪出栏200万头 is at least 2000000 头 (was: no target)', () => {
    expect(targetsOf(agri('(二)推进畜牧业稳定发展。落实省“牧十条”等政策措施,优化生猪产能调控机制,确保生猪出栏200万头。'))).toEqual([[['at_least', 2000000, '头']]]);
  });
});

describe('a number and a space after a sentence\'s end, the dot lost, numbers the next item (county-edu-2024)', () => {
  const page = (mark: string) =>
    [
      '县教育局2024年工作要点1.全面坚持党对教育工作的领导。加快推动党的组织全覆盖,积极发展党员,持续开展党员专题培训。2 .全面落实立德树人根本任务。全面贯彻党的教育方针。3 .推进各级各类教育高质量发展。深化产教融合,形成产教融合、校企合作、协同发展的特色现代职业教育。' +
        mark +
        '不断加强师资队伍建设。一是完善教师待遇保障机制,保持教师队伍稳定。',
    ].join('\n');

  it('…职业教育。4 不断加强师资队伍建设。 is item 4 (was: items 1–3, 4 run into 3)', () => {
    expect(importedItems(page('4 '), 2024).map((i) => i.id)).toEqual(['1', '2', '3', '4']);
  });

  it('a number that does not go on with the numbering stays in the text', () => {
    expect(importedItems(page('7 '), 2024).map((i) => i.id)).toEqual(['1', '2', '3']);
  });
});

describe('a section whose mark the page lost, between 一、 and 三、 (changning-agri-2025)', () => {
  const page = (heading: string) =>
    [
      '2025年是全面贯彻党的二十大精神的关键之年,也是实施"十四五"规划的收官之年。现制定工作计划如下:',
      '一、指导思想',
      '学习贯彻习近平总书记关于"三农"工作的重要论述和中央、省委、衡阳市委农村工作会议精神,坚持农业农村优先发展。',
      heading,
      '以建设农业强市为目标,以高质量发展为主线。全市农业总产值增长4.5%以上,农村居民人均可支配收入增长6.5%以上,农产品加工产值增长8%以上,全产业链产值280亿元以上。',
      '三、重点工作',
      '(一)扛稳粮油安全生产重任。稳定粮食播种面积86.64万亩以上,产量36.88万吨以上。',
    ].join('\n');

  it('目标任务 alone on its line is 二、, an item over its prose (was: item 一, the guiding idea, holding its targets)', () => {
    expect(importedItems(page('目标任务'), 2025).map((i) => [i.id, i.targets.length])).toEqual([
      ['二', 4],
      ['三-一', 2],
    ]);
  });

  it('a line of prose between them is no heading', () => {
    expect(importedItems(page('目标任务如下,全市上下要奋力实现。'), 2025).map((i) => i.id)).not.toContain('二');
  });
});

describe('a figure before the stock it names (…保有量) or the protection goal it sets (…保护目标) (changning-agri-2025)', () => {
  it('68.59万亩耕地保有量和58.24万亩永久基本农田保护目标: two levels (was: none)', () => {
    expect(targetsOf(agri('(一)扛稳粮油安全生产重任。紧紧围绕我市68.59万亩耕地保有量和58.24万亩永久基本农田保护目标,全力推进耕地恢复、补充耕地项目建设。'))).toEqual([
      [
        ['level', 685900, '亩'],
        ['level', 582400, '亩'],
      ],
    ]);
  });

  it('a figure before other words that go on is still no target', () => {
    expect(targetsOf(agri('(一)扛稳粮油。围绕我市68.59万亩耕地开展综合整治工作。'))).toEqual([[]]);
  });
});

describe('a document site\'s 提纲: over the plan (district-agri-plan-2024)', () => {
  const page = [
    '提纲:',
    '一、巩固提升农业产业发展',
    '二、做好良种繁育工作',
    '三、推进美丽乡村规划建设',
    '四、2024年度农业农村局计划实施的重点项目、重大工程',
    '1.续建项目:总投资X亿元的XX鲜食番茄产业园项目',
    '2.计划开工项目:总投资X亿元的庭院经济发展项目',
    '区农业农村局2024年工作计划',
    '一、巩固提升农业产业发展。大力发展农产品加工业。预计,2024年XX区经济开发区农产品加工产业园累计入驻农产品加工企业80家以上,其中食品企业68家,可实现产值超X亿元。',
    '二、做好良种繁育工作。2024年计划展示农作物小麦、玉米新品种56个,筛选适宜我区种植高产、优质、多抗新品种4-6',
  ].join('\n');

  it('the outline to where the numbering starts over is the site\'s: items 一, 二 (was: 1, 2 from the outline\'s project list)', () => {
    expect(importedItems(page, 2024).map((i) => i.id)).toEqual(['一', '二']);
  });

  it('展示 a number of things is a task on that many: 计划展示农作物小麦、玉米新品种56个', () => {
    expect(importedItems(page, 2024)[1]?.targets.map(([kind, target, unit]) => [kind, target, unit])).toEqual([['at_least', 56, '个']]);
  });
});
