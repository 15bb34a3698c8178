// The rules the twenty-third held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems, refusal } from './helpers.js';

describe('items numbered with a full stop, 1。 (quanzhou-2021, a news page of 为民办实事)', () => {
  const page = [
    '今年,泉州市继续开展为民办实事工作,将实施39个具体项目,包括教育、医疗卫生、养老、文体、交通等多领域。39个为民办实事项目如下:',
    '1。 新改扩建20所公办幼儿园;',
    '5。 新建10家婴幼儿照护服务机构示范点;',
    '10。市级重点扶持8个历史文化名镇名村传统村落保护提升;',
    '13。开展250场文艺精品公益性演出;',
  ].join('\n');

  it('each 1。 line is an item with its count (was: no numbered items found)', () => {
    expect(importedItems(page, 2021).map((i) => [i.id, i.targets.map(([kind, n, unit]) => `${kind} ${n}${unit}`)])).toEqual([
      ['1', ['at_least 20所']],
      ['5', ['at_least 10家']],
      ['10', ['at_least 8个']],
      ['13', ['at_least 250场']],
    ]);
  });
});

describe('全覆盖 before more words of its clause says how a work is done, no milestone (street-h2-2020)', () => {
  const plan = (task: string) => ['2020年街道下半年工作计划', `二、融合发展,完善党建引领下的社会治理体系${task}`].join('\n');

  it('做好企业党组织全覆盖排摸工作 is a survey done, no milestone (was: milestone 100 %)', () => {
    expect(importedItems(plan('做好企业党组织全覆盖排摸工作,指导“两新”组织开展党建工作,推广两新版“党员三先”。'), 2020)[0]?.targets).toEqual([]);
  });

  it('全覆盖践行 says how it is done (xiangxiang-npc-2025)', () => {
    expect(importedItems(plan('全链条、全方位、全覆盖践行和发展全过程人民民主,推动各项工作。'), 2020)[0]?.targets).toEqual([]);
  });

  it('全覆盖 ending its clause, or joined by 和 to a second state, is still the milestone', () => {
    expect(importedItems(plan('村党组织书记培训实现全覆盖。'), 2020)[0]?.targets.map(([kind]) => kind)).toEqual(['milestone']);
    expect(importedItems(plan('实现各级各类学校网络全覆盖和多媒体教学设备的更新升级。'), 2020)[0]?.targets.map(([kind]) => kind)).toEqual(['milestone']);
  });
});

describe('a rank written in Chinese numerals, 进入前五位 (shucheng-kfq-2021)', () => {
  const plan = (task: string) => ['舒城经济开发区2021年政府工作计划', `一、树立大目标。${task}`].join('\n');

  it('力争2021年…年终考评进入前五位 is at most 5 位 (was: none)', () => {
    expect(importedItems(plan('抢抓国家级开发区争创机遇,理顺园区管理体制机制,整合工作力量,力争2021年国家级开发区培育期年终考评进入前五位。'), 2021)[0]?.targets).toEqual([['at_most', 5, '位', undefined]]);
  });

  it('a time before its 前 is still no rank: 前三季度', () => {
    expect(importedItems(plan('前三季度完成全年任务的75%以上。'), 2021)[0]?.targets.filter(([, , unit]) => unit === '位' || unit === '名')).toEqual([]);
  });
});

describe('a 、-list of bars running into 的 and what they describe is no target (shucheng-kfq-2021)', () => {
  const plan = (task: string) => ['舒城经济开发区2021年政府工作计划', `三、狠抓大项目。${task}`].join('\n');

  it('培育一批产值超5亿元、税收超1000万元的龙头企业 names the kind of firm (was: at least 5 亿元)', () => {
    expect(importedItems(plan('力争舒怡装配式建筑等一批亿元项目尽快投产增效;培育一批产值超5亿元、税收超1000万元的龙头企业;力争引进一批税收'), 2021)[0]?.targets).toEqual([]);
  });

  it('a list of counts to reach still is (chongming-2025: 新增1家社区长者食堂、3家乡村长者照护之家)', () => {
    expect(importedItems(plan('新增1家社区长者食堂、3家乡村长者照护之家。'), 2021)[0]?.targets.map(([kind, n, unit]) => `${kind} ${n}${unit}`)).toEqual(['at_least 1家', 'at_least 3家']);
  });
});

describe('a 区府办 notice deciding to break the year\'s tasks down, its 附件 a pipe table (hangzhou-shangcheng-2019)', () => {
  const notice = [
    '区政府各部门、各直属单位,各街道办事处:',
    '为确保完成区十五届人大三次会议通过的2019年《政府工作报告》、民生实事项目所提出的各项目标任务,经区政府研究决定,将《政府工作报告》、民生实事项目中的主要工作目标任务进行分解,并录入领导干部实绩记录研判系统,就目标任务完成情况实行进度督察、数据评估、年底考核。',
    '附件:1. 2019年《政府工作报告》目标任务分解表',
    '2. 2019年民生实事项目目标任务分解表',
    '杭州市上城区人民政府办公室',
    '2019年2月15日',
    '附件1 |',
    '(注:A类指责任目标;B类指激励目标;C类指争先创优目标)',
  ];
  const header = '序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 | 目 标 类 型 |';
  const row1 = '1 | 地区生产总值 | 增长5.5%(市下达指标) | 区发改经信局 | 区财政局、区住房和城建局、区商务局、区文化和广电旅游体育局、区统计局、区投促局、区电子机械功能区管委会、各街道办事处 | A类 |';
  const row2 = '2 | 服务业增加值 | 增长6% | 区发改经信局 | 区财政局、区住房和城建局、区商务局、区文化和广电旅游体育局、区统计局、区';
  const page = [...notice, header, row1, row2].join('\n');

  it('将…进行分解 hands the tasks out: the 附件 list is the notice\'s, the first attachment its title and year (was: the list read as items, its line the title)', () => {
    const { plan } = importPlan(page);
    expect(plan.title).toBe('2019年《政府工作报告》目标任务分解表');
    expect(plan.period).toEqual({ start: '2019-01-01', end: '2019-12-31' });
    expect(plan.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['1', '2']);
  });

  it('a 指标要求 column holds the row\'s target (was: left out)', () => {
    expect(importedItems(page).map((i) => i.targets.map(([kind, n, unit]) => `${kind} ${n}${unit}`))).toEqual([['level 5.5%'], ['level 6%']]);
  });

  it('a last row the copy cut inside its unit list lines up from its first column (was: its 配合部门 read as the 目标类型)', () => {
    expect(importedItems(page)[1]?.departments).toEqual(['区发改经信局', '区财政局', '区住房和城建局', '区商务局', '区文化和广电旅游体育局', '区统计局']);
  });
});

describe('a 工业集中区 部室简介: each office a section, its tasks ①–⑥ inline under a (1) label (shuangpai-park-2019)', () => {
  const meta = ['- 索 引 号:4311230009/2019-00023 分 类:', '-', '发文机关:', '发文日期: 2019-04-18 15:53 - 名称:', '双牌工业集中区部室简介 - 文号:'];
  const offices = [
    '(一)综合办公室(党群工作部、监察室、督查室、财务室)',
    '(1)年度主要任务与要求:',
    '①积极宣传推介园区,在省、市、县相关新闻媒体完成上稿8篇;②积极协调落实单位“三定方案”,理顺园区体制机制,配合出台园区相关政策和制度;③负责党建、意识形态、人事政工、会务、统计、后勤及内部管理等工作无差错,年内新增入统企业5家以上;④负责“园区升级战役”、全年绩效考核的材料汇总及准备工作;⑤每月拿出部门当月小结和下月计划;⑥完成主要领导交办的其他工作。',
    '(二)招商合作局(行政审批局、政务服务中心)',
    '(1)年度主要任务与要求:',
    '①制作和更新园区招商手册,高质量打造5个以上工业招商项目,力争引进6家投资5000万元以上的工业产业项目(含1家投资2亿元以上的500强企业项目),年内新增入统企业5家以上;②积极主动服务企业,为企业(拆迁户)全程代办相关证照手续,落实行政审批;③积极宣传推介园区,全年在省、市、县等主要媒体或报刊完成上稿3篇;④每月拿出部门当月小结和下月计划;⑤完成主要领导交办的其他工作。',
    '(三)工程建设管理局(安全生产监督局)',
    '(1)年度主要任务与要求:',
    '①年内完成园区调区扩区和规划修编前期工作;②年底前完成第三期标准厂房的建设和管理,确保今年完成15万平方米标准厂房建设;③完成“智慧园区”、园区污水处理厂、火车站商贸区广场、标准化基础设施配套等项目建设,保障工程建设质量和施工进度;④落实安全生产措施,加强安全生产隐患排查与管控整改,防止安全事故发生;⑤积极宣传推介园区,全年在省、市、县等主要媒体或报刊上稿2篇以上;⑥完成重点项目数',
  ];
  const page = [...meta, ...offices].join('\n');
  const items = () => importedItems(page, 2019);

  it('the metadata copied as a list, a label ending one line and its value opening the next: its 名称 is the title (was: 2019年工作要点)', () => {
    expect(importPlan(page, { year: 2019 }).plan.title).toBe('双牌工业集中区部室简介');
  });

  it('a (1) that only labels the text under it, never followed by a (2), is no item: the office over it is (was: 一-1 / 二-1 / 三-1)', () => {
    expect(items().map((i) => i.id)).toEqual(['一', '二', '三']);
  });

  it('an office named alone over its tasks answers for them, one unit with its other names in brackets (was: no unit)', () => {
    expect(items().map((i) => i.departments)).toEqual([['综合办公室(党群工作部、监察室、督查室、财务室)'], ['招商合作局(行政审批局、政务服务中心)'], ['工程建设管理局(安全生产监督局)']]);
  });

  it('a count whose thing is described before it is named, a bar saying which ones among the words, is that many (was: 6家 lost to 投资5000万元以上)', () => {
    expect(items()[1]?.targets.map(([kind, n, unit]) => `${kind} ${n}${unit}`)).toContain('at_least 6家');
  });

  it('a dated finish whose work the sentence counts is measured by the count, no milestone of its own (was: 完成第三期标准厂房的建设和管理 a milestone)', () => {
    expect(items()[2]?.targets.map(([kind, n, unit]) => `${kind} ${n}${unit}`)).toEqual(['milestone 100%', 'at_least 150000平方米', 'at_least 2篇']);
  });
});

describe('a notice handing out a list not on the page, cut off inside its closing note (changzhi-notice-2026)', () => {
  const page = [
    '长治市人民政府办公室关于印发2026年市政府工作报告重点目标任务清单的通知',
    '各县、区人民政府,长治高新区、经开区管委会,市直各有关单位:',
    '经市政府同意,现将《2026年市政府工作报告重点目标任务清单》印发给你们。《清单》共计177项具体任务,涉及42个牵头部门。请各县区、各单位认真对照,迅速行动,抓好落实。',
    '一、完善工作机制,压实落实责任',
    '各县区、各部门要全面构建“项目化实施、清单化管理、专班化推进”的高效落实机制,以闭环管理推动各项既定工作任务不折不扣落地见效。',
    '二、加强协同配合,凝聚工作合力',
    '针对涉及多领域、多部门的综合性工作,牵头部门需切实发挥牵头抓总、统筹协调的核心作用,明确职责分工、细化协作流程。',
    '附件:2026年市政府工作报告重点目标任务清单',
    '长治市人民政府办公室',
    '2026年2月11日',
    '(此',
  ].join('\n');

  it('(此, the start of (此件公开发布) where the copy stops, is the notice\'s: refused as only the notice (was: "no numbered items")', () => {
    expect(refusal(page)).toMatchObject({ key: 'imp_noticeOnly', params: { title: '2026年市政府工作报告重点目标任务清单' } });
    expect(refusal(page.replace(/\(此$/, '(此件公开发布'))).toMatchObject({ key: 'imp_noticeOnly' });
  });

  it('a line after the notice that is more than its closing note still says no numbered items', () => {
    expect(refusal(page.replace(/\(此$/, '(此外,各县区要按月报送进展)'))).toMatchObject({ key: 'imp_noItems' });
  });
});

describe('the book a report says was handed out names the plan, not the lead\'s own words (fuzhou-2019)', () => {
  const page = [
    '近日,市委、市政府研究决定,2019年继续开展为民办实事工作,并印发《2019年市委、市政府为民办实事工作计划》,要求各级各部门认真抓紧实施,按时保质保量完成任务。',
    '《2019年市委、市政府为民办实事工作计划》的主要内容是:',
    '一、实施公交服务便民工程',
    '(一)新购置公交车200辆',
    '(二)新建改造100个公交站台',
  ].join('\n');

  it('the title is the book, 2019年市委、市政府为民办实事工作计划 (was: the lead-in …的主要内容是, then 2019年为民办实事)', () => {
    expect(importPlan(page).plan.title).toBe('2019年市委、市政府为民办实事工作计划');
  });

  it('with no book, the lead still names it: 2019年为民办实事', () => {
    expect(importPlan(page.replace('并印发《2019年市委、市政府为民办实事工作计划》,', '').replace(/^《.*$/m, '主要内容是:')).plan.title).toBe('2019年为民办实事');
  });
});
