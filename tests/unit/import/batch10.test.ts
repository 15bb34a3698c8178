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

  it('lines a row up with the full row above when its merged 项目名称 cell is left out, the second header line spanning 进展情况', () => {
    const rows = [
      ...page.split('\n'),
      '4 | 2025 | 实施20所公办中小学清凉工程(一期) | 对20所学校的配电房及供电线路进行改造,为教室安装空调300台 | 当年完成 | 已完成施工招标,做好开工准备 | 开工建设 | ||',
    ].join('\n');
    const items = importedItems(rows);
    // 具体完成情况 (当年完成, 开工建设) is the year's goal: a milestone; 7月工作计划 (开工建设) and the floor areas are none.
    expect(items.map((i) => [i.id, i.targets])).toEqual([
      ['1', [['milestone', 100, '%', undefined]]],
      ['2', [['milestone', 100, '%', undefined]]],
      [
        '4',
        [
          ['at_least', 20, '所', undefined],
          ['at_least', 300, '台', undefined],
          ['milestone', 100, '%', undefined],
        ],
      ],
    ]);
    expect(importPlan(rows).plan.sections[0]?.items[2]?.title).toBe('实施20所公办中小学清凉工程(一期)');
  });

  it('still reads a row the copy cut short by its first columns, and a report in 完成情况 as no goal', () => {
    const cut = [...page.split('\n'), '6 | 二、医疗健康提升工程 | 2022- 2026 | 宁波市奉化区医疗健康综合体项目(一期)竣工 | 项目总用地面积约99683平方 | 当年完成 | 幕'].join('\n');
    expect(importedItems(cut).find((i) => i.id === '6')?.targets).toEqual([['milestone', 100, '%', undefined]]);
    const report = ['2023年重点工作进展表', '序号 | 工作事项 | 进度安排 | 进展情况 | 完成情况 |', '1 | 启动新安综合体建设。 | 5月底前,完成施工许可报批并开工建设。 | ①已完成。 | 已完成 |'].join('\n');
    expect(importedItems(report)[0]?.targets).toEqual([['milestone', 100, '%', '2023-05-31']]);
  });
});

describe('a notice publishing a project table copied one cell per line (jiangshan-2023)', () => {
  const page = [
    '发文字号: 江政发〔2023〕1号',
    '',
    '江山市人民政府关于公布2023年市政府民生实事项目实施计划的通知',
    '',
    '各乡、镇人民政府,街道办事处,市政府各部门:',
    '',
    '附件',
    '',
    '2023年市政府民生实事项目实施计划表',
    '',
    '序号', '', '项目名称', '', '项目建设规模及内容', '', '建设起', '止年限', '', '总投资', '(万元)', '', '当年投资', '', '(万元)', '', '2023年度', '', '计划', '', '资金', '', '来源', '', '责任', '', '单位', '',
    '1', '', '城市用气', '', '提升工程', '',
    '对听涛山庄、雅林西苑、雅林东苑、西城华庭等28个小区进行“液改气”改造,安装燃气安全装置13000套,对30个小区燃气调压设施进行安全提升,让更多市民用上清洁、安全、实惠的天然气。',
    '', '2023.01-2023.12', '', '1200', '', '1200', '', '完工投用', '', '国企投资', '', '城投集团', '',
    '2', '', '山塘水库综合整治工程', '',
    '完成峡口镇大坑等6座小型水库加固改造及石门镇江郎山村后垄等10座山塘综合整治工程,消除安全隐患,提升蓄水灌溉能力。',
    '', '2023.01-2023.12', '', '4600', '', '4600', '', '基本完工', '', '政府投资', '', '水利局', '',
    '3', '', '生命守护', '', '工程', '', '开展应急救护普及培训,新增应急救护持证人员6800人,在公共场所配置20台急救设施设备(AED),新建红十',
  ].join('\n');

  it('takes the attachment heading for the title and the issuer of the notice, a 公布 notice handing the plan out', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('2023年市政府民生实事项目实施计划表');
    expect(r.plan.organization).toBe('江山市人民政府');
    expect(r.plan.bulletin?.basis).toBe('《江山市人民政府关于公布2023年市政府民生实事项目实施计划的通知》（江政发〔2023〕1号）');
  });

  it('joins header cells over two lines, a name over two lines, and reads 年度计划 as the goal, the budgets as none', () => {
    expect(importedItems(page)).toEqual([
      {
        id: '1',
        departments: ['城投集团'],
        targets: [
          ['at_least', 28, '个', undefined],
          ['at_least', 13000, '套', undefined],
          ['at_least', 30, '个', undefined],
          ['milestone', 100, '%', undefined],
        ],
      },
      {
        id: '2',
        departments: ['水利局'],
        targets: [
          ['at_least', 6, '座', undefined],
          ['at_least', 10, '座', undefined],
          ['milestone', 100, '%', undefined],
        ],
      },
      { id: '3', departments: [], targets: [['at_least', 6800, '人', undefined], ['at_least', 20, '台', undefined]] },
    ]);
    expect(importPlan(page).plan.sections[0]?.items[0]?.title).toBe('城市用气提升工程');
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

describe('a city\'s * marks, counts named in quotes or listed, and the heading printed over the plan (chongming-2025)', () => {
  const page = [
    '崇明区人民政府办公室关于印发2025年区政府实事项目和重点工程的通知',
    '',
    '  经区政府同意,现将《2025年区政府实事项目和重点工程》印发给你们,请认真组织实施。',
    '',
    '上海市崇明区人民政府办公室',
    '',
    '2025年3月17日',
    '',
    '2025年区政府实事项目和重点工程安排',
    '',
    '  一、实事项目',
    '',
    '  (一)老有所享',
    '',
    '  1.*改建认知障碍照护床位220张',
    '',
    '  2.*新增1家社区长者食堂、*3家乡村长者照护之家',
    '',
    '  (二)儿童友好',
    '',
    '  4.*为义务教育学校普通教室安装200台空调',
    '',
    '  5.*开设40个小学生爱心暑托班、12个小学生爱心寒托班',
    '',
    '  6.*新增20个公办幼儿园托班托额,*推进18个社区“宝宝屋”扩优提质',
    '',
    '  (三)安居乐业',
    '',
    '  7.*新增筹措供应200张“新时代城市建设者管理者之家”床位',
    '',
    '  11.*建成20个“15 分钟就业服务圈”社区就业服务站点',
    '',
    '  (五)健康家园',
    '',
    '  14.*在居民小区和重点公共场所增配125台自动式体外除颤器(AED)',
    '',
    '  16.*培训4000名持证应急救护员、2000名应急救护普及员',
    '',
    '  18.为不少于2.5万名退休和生活困难妇女提供免费妇科病和乳腺病检查',
  ].join('\n');

  it('reads every count as at least that many (was: none of 1, 4, 7, 11, 14, 18, the first of 5 and 16, the second of 2 and 6)', () => {
    expect(importedItems(page).map((i) => [i.id, i.targets.map(([kind, target, unit]) => `${kind} ${target}${unit ?? ''}`)])).toEqual([
      ['1', ['at_least 220张']],
      ['2', ['at_least 1家', 'at_least 3家']],
      ['4', ['at_least 200台']],
      ['5', ['at_least 40个', 'at_least 12个']],
      ['6', ['at_least 20个', 'at_least 18个']],
      ['7', ['at_least 200张']],
      ['11', ['at_least 20个']],
      ['14', ['at_least 125台']],
      ['16', ['at_least 4000名', 'at_least 2000名']],
      ['18', ['at_least 25000名']],
    ]);
  });

  it('takes the heading printed over the plan (…安排) for the title the notice names without its last word', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('2025年区政府实事项目和重点工程安排');
    expect(r.plan.sections[0]?.items[0]?.title).not.toContain('*');
  });

  it('reads no list of sizes (建设900床综合医院、100床感染楼) as counts to reach', () => {
    const row = '2025年民生实事\n1.医疗健康综合体项目竣工,主要内容包括建设900床综合医院、100床感染楼、公卫中心。';
    expect(importedItems(row)[0]?.targets.filter(([, , unit]) => unit === '床')).toEqual([]);
  });
});

describe('percent signs a PDF wrote with look-alikes (district-agri-2024)', () => {
  const page =
    '农林局 2024 年工作计划 一、完善农产品质量平安监管体系。 完善现区、镇、村级检测室设备,强化农业综合执法力度。落实瓜果质量平安责任、冬春瓜菜品种 100℅纳入监测范围,上市瓜菜抽检合格率达 98℅以上,确保全区重大农产品质量平安大事。 二、加快农业基础设施和生态环境建设。 大力进展农村沼气及大力实施“绿色宝岛”行动打算,完成5740 亩造林任务。 三、进一步稳固“无规定动物疫病区”建设成果。 通过不断完善区、镇、村三级动物疫情防控体系,确保动物疫病的春季、秋季防控工作免疫率达 100﹪,打算新建农村标准化畜禽生态养殖小区项目 6 个,使畜禽保持增长态势。 四、做好渔业平安生产工作和伏季休渔工作。 连续贯彻落实区平安生产委员会和市海洋与渔业局有关平安生产的通知精神,大力抓好渔业平安生产的宣扬工作,落实渔业平安生产责任制,消退平安隐患。在伏季休渔期间,严禁渔船出海捕鱼。';

  it('reads ℅ (U+2105) and ﹪ (U+FE6A) after a number as % (was: 98℅ and 100﹪ kept as units of their own)', () => {
    const targets = importedItems(page).flatMap((i) => i.targets.map(([kind, target, unit]) => `${kind} ${target}${unit ?? ''}`));
    expect(targets).toContain('at_least 98%');
    expect(targets).toContain('at_least 100%');
    expect(targets.some((t) => /[℅﹪]/.test(t))).toBe(false);
  });

  it('reads a share right before what is done to it (100℅纳入监测范围) as a level to hold', () => {
    expect(importedItems(page)[0]?.targets.map(([kind, target, unit]) => `${kind} ${target}${unit ?? ''}`)).toEqual(['level 100%', 'at_least 98%']);
  });

  it('reads a range of a count (引进新品种 2-3个) as at least its lower bound, at most its upper one after 控制在, and no span of years', () => {
    const six =
      '六、健全农业服务科技服务技术体系。 充分发挥我区各镇电子农务和农业科技 110 的作用,加快热带特色现代农业关键技术的研发体系和推广体系建设,举办农业技术培训班,培训人员 5000 人次,印发资料 1000 册,引进新品种 2-3个,以点带面,大力推广。';
    const read = (text: string) => importedItems(`农林局 2024 年工作计划\n${text}`)[0]?.targets.map(([kind, target, unit]) => `${kind} ${target}${unit ?? ''}`);
    expect(read(six)).toEqual(['at_least 5000人次', 'at_least 1000册', 'at_least 2个']);
    expect(read('一、控制会议数量。全年综合性会议控制在2-3次。')).toEqual(['at_most 3次']);
    expect(read('一、推进2024-2026年三年行动。')).toEqual([]);
  });
});
