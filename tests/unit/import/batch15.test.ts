// Rules found by running the importer on real pages nobody had keyed (fixere's robustness hunt:
// 分工方案, 责任清单, department and 高校 工作要点, Traditional-character pages), each tested on
// lines of the real published text it came from.
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems, readFixture, refusal } from './helpers.js';

describe('a 政策解读 of a plan holds no plan (yishui-jiedu-2023)', () => {
  const page = readFixture('real/yishui-jiedu-2023.txt');

  it('is refused with one line (was: items 出台背景 / 出台过程 / 总体原则)', () => {
    expect(refusal(page)).toMatchObject({ key: 'imp_interpretationOnly' });
  });

  it('the same headings with no 解读 line above them are a plan read as written', () => {
    const lines = page.split('\n');
    const body = lines.slice(lines.findIndex((l) => l.startsWith('一、'))).join('\n');
    expect(refusal(`2023年县政府工作报告重点工作任务分解方案\n${body}`)).toBeUndefined();
  });

  it('a 解读 that lists the plan’s tasks (二、重要举措 / (一)… / 1.…) is read as the plan it sums up', () => {
    const summary = [
      '负责人政策解读:区交通运输局局长解读2023年区交通运输局工作计划',
      '一、制定背景',
      '2023年是全面贯彻落实党的二十大精神的开局之年。',
      '二、重要举措',
      '(一)基础设施提升行动。',
      '1.扎实推进一批在建项目。',
      '2.确保新开工一批项目。',
    ].join('\n');
    expect(refusal(summary)).toBeUndefined();
    expect(importedItems(summary).length).toBeGreaterThanOrEqual(2);
  });

  it('so is a 解读 whose headings are the requirements of a notice (the other 印发 rules decide)', () => {
    const lines = [
      '2024年3月28日,高唐县人民政府印发了《<2024年政府工作报告目标任务分工方案>的通知》(高政字〔2024〕5号,以下简称《通知》),现将主要内容解读如下:',
      '一、出台背景',
      '高唐县第十八届人民代表大会第三次会议审议通过的《2024年政府工作报告》明确了县政府工作的总体要求、主要任务和具体措施。',
      '二、主要内容',
      '《通知》中任务分解采用表格形式,分为“类别、任务内容、牵头领导、责任单位4个方面的内容,共149项。',
      '三、保障措施',
      '县政府办公室将定期开展工作调度,每季度汇总一次工作进展并向县政府报告。',
    ].join('\n');
    expect(refusal(lines)).toMatchObject({ key: 'imp_interpretationOnly' });
  });
});

describe('a 政策解读 of a 政府工作报告 naming its parts (sdlites-jiedu-2023, an unseen page)', () => {
  const page = [
    '188比分直播《2023年精武镇政府工作报告》政策解读',
    '一、《报告》起草过程',
    '按照镇政府要求,《2023年精武镇政府工作报告》起草组认真学习中央和全市、全区重大决策部署,深入领会镇党委工作要求,深入各部门、各村居进行调研,全面梳理多方面资料信息,于2023年11月形成初稿。',
    '二、《报告》的主要内容',
    '《报告》共分为两个部分:',
    '第一部分,2023年工作回顾。《报告》从高质量发展成效显著、创新创业活力竞相迸发、城镇功能品质稳步提升等6个方面,对2023年工作取得的成绩进行了全面总结。',
    '第二部分,2024年的工作安排。重点提出了七个方面重点工作:一是聚焦产业焕新,加快促进经济运行全面回升,主要从壮大先进制造业、做优现代服务业、加速引建新项目等3个方面进行安排。',
  ].join('\n');

  it('is refused (was: 起草过程, 主要内容 and the two parts as items, 5 targets from the summary)', () => {
    expect(refusal(page)).toMatchObject({ key: 'imp_interpretationOnly' });
  });

  it('a part that is no 回顾 or 安排 of the document read keeps it a plan', () => {
    expect(refusal(page.replace('第二部分,2024年的工作安排。', '第二部分,建设先进制造业集群。'))).toBeUndefined();
  });
});

describe('a notice that hands the tasks out with 予以分解印发 (jingxian-notice-2023)', () => {
  const page = readFixture('real/jingxian-notice-2023.txt');

  it('is refused as the notice only (was: its requirements 一、细化任务抓落实 / 二、明确责任抓落实 as items)', () => {
    expect(refusal(page)).toMatchObject({ key: 'imp_noticeOnly' });
  });
});

describe('a notice breaking the tasks down, 分解落实有关事项通知如下, its requirements headings over prose (tongshan-notice-2022)', () => {
  const page = readFixture('real/tongshan-notice-2022.txt');

  it('is refused as the notice of 2022年县政府重点工作任务 (was: 一、提高政治站位 / 二、不断改进作风 as items)', () => {
    expect(refusal(page)).toMatchObject({ key: 'imp_noticeOnly', params: { title: '2022年县政府重点工作任务' } });
  });

  it('the same sentence over the tasks themselves, with their units, is the plan', () => {
    const lines = page.split('\n');
    const head = lines.slice(0, lines.findIndex((l) => l.startsWith('一、')));
    const tasks = [
      '一、经济发展',
      '1.全年地区生产总值增长7%。(牵头单位:县发改局;责任单位:各乡镇)',
      '2.新开工亿元以上项目30个。(牵头单位:县招商服务中心)',
    ];
    expect(refusal([...head, ...tasks].join('\n'))).toBeUndefined();
    expect(importedItems([...head, ...tasks].join('\n')).map((i) => i.id)).toEqual(['1', '2']);
  });
});

describe('a pipe table whose full row leaves its last column (备注) empty (guangdong-health-2021)', () => {
  // The real lines: six headers, the first row five cells (备注 empty), the next rows one fewer (工作任务 merged).
  const page = [
    '名 称: 广东省卫生健康委2021年政务公开工作重点任务台账',
    '2021 年政务公开工作重点任务台账 |',
    '序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |',
    '1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情、隔离管控、流调溯源、精准防控等发布权威信息 | 应急处、监督处、医政医管处、疾控处、基层处等按职责分工落实 | 长期推进 |',
    '|',
    '2 | 扎实做好疫苗接种信息公开和舆论引导工作 | 疾控处 | 长期推进 |',
    '|',
    '4 | 做好爱国卫生运动、健康中国行动、健康广东行动的信息发布工作 | 规划信息处(爱卫办) | 长期推进 |',
    '|',
  ].join('\n');

  it('lines the merged rows up with the fullest row: the time limit is no unit (was: departments 长期推进)', () => {
    expect(importedItems(page).map((i) => [i.id, i.departments])).toEqual([
      ['1', ['应急处', '监督处', '医政医管处', '疾控处', '基层处']],
      ['2', ['疾控处']],
      ['4', ['规划信息处(爱卫办)']],
    ]);
  });
});

describe('a section headed by the leader who 主抓 its work (huzhou-2020, huzhou-2024)', () => {
  // The real lines of huzhou-2024: the plan's heading, the section of the 市长 who leads its items.
  const page = [
    '2024年政府工作报告重点工作责任分解',
    '一、洪湖鹏市长主抓重点工作',
    '1.坚持高站位、实干事、见真功相统一,全面提高政府自身建设水平,努力打造人民满意的现代政府。',
    '责任单位:市政府办公室、市级其他有关单位',
    '2.坚持把政治建设摆在首位,',
  ].join('\n');

  it('reads the leader without the post, for every item of the section (was: no leaders)', () => {
    expect(importedItems(page).map((i) => [i.id, i.leaders])).toEqual([
      ['1', ['洪湖鹏']],
      ['2', ['洪湖鹏']],
    ]);
  });

  it('as it reads 牵头 and 主管 (haishu-2024: 一、叶枝利区长牵头重点工作)', () => {
    for (const verb of ['牵头', '主管']) expect(importedItems(page.replace('主抓', verb))[0]?.leaders).toEqual(['洪湖鹏']);
  });
});

describe('a unit list a viewer’s page broke after 、 (huzhou-2024 copied from a viewer)', () => {
  const page = [
    '2024年政府工作报告重点工作责任分解',
    '一、洪湖鹏市长主抓重点工作',
    '1.坚持稳中求进、以进促稳、先立后破,坚定不移实施“八八战略”,加快打造“六个新湖州”,高水平建设生态文明典范城市。',
    '责任单位:市政府办公室、市级其他有关单位、',
    '- 6 -',
    '各区县政府(含南太湖新区、长合区管委会)(列第一位的为工作牵头单位或汇总单位,下同)',
    '2.坚持高站位、实干事、见真功相统一,全面提高政府自身建设水平,努力打造人民满意的现代政府。',
  ].join('\n');

  it('goes on on the line after the page number (was: 各区县政府 lost)', () => {
    expect(importedItems(page)[0]).toMatchObject({
      departments: ['市政府办公室', '市级其他有关单位', '各区县政府(含南太湖新区、长合区管委会)'],
      lead: ['市政府办公室'],
    });
  });
});

describe('a 责任单位 column beside a 配合单位 column: the unit answering for the work leads (linan-livelihood-2022)', () => {
  const page = readFixture('real/linan-livelihood-2022.txt');

  it('leads each row (was: lead [], as if no unit had been named to lead)', () => {
    expect(importedItems(page, 2022).map((i) => [i.id, i.lead])).toEqual([
      ['1', ['教育局']],
      ['2', ['卫生健康局']],
      ['3', undefined],
    ]);
  });

  it('so does a 责任单位 label beside a 配合单位 label, as 主要责任单位 beside 协同配合单位 does', () => {
    const text = ['2022年民生实事', '1.新建成婴幼儿照护服务成长驿站7家。', '责任单位:卫生健康局', '配合单位:财政局、教育局'].join('\n');
    expect(importedItems(text)[0]).toMatchObject({ departments: ['卫生健康局', '财政局', '教育局'], lead: ['卫生健康局'] });
  });
});

describe('a 民生实事 table’s columns by their headers: 实事项目 the task, 工作举措及实施计划 its dated steps (linan-livelihood-2022)', () => {
  const lines = readFixture('real/linan-livelihood-2022.txt').split('\n');
  const [header = '', row1 = '', row2 = ''] = lines.slice(3, 6);

  it('reads the 实事项目 cell as the item’s task (was: no text, 事项1, no targets)', () => {
    const cells = (line: string) => line.split(' | ');
    const without = (line: string) => [...cells(line).slice(0, 2), ...cells(line).slice(3)].join(' | ');
    const items = importedItems([without(header), without(row1)].join('\n'), 2022);
    expect(items.map((i) => [i.id, i.targets])).toEqual([
      [
        '1',
        [
          ['at_least', 7, '所', undefined],
          ['at_least', 6800, '个', undefined],
        ],
      ],
    ]);
  });

  it('reads 工作举措及实施计划 as the schedule: its steps dated, not the task’s text (was: its 2家 / 100个 checkpoints as counts due at the year’s end)', () => {
    const items = importedItems([header, row2].join('\n'), 2022);
    expect(items[0]?.targets.every((t) => t[3] !== undefined)).toBe(true);
    expect(items[0]?.targets.filter((t) => t[0] === 'milestone').map((t) => t[3])).toEqual(['2022-04-30', '2022-05-31']);
  });
});

describe('a schedule’s steps against the counts of the task they serve (linan-livelihood-2022)', () => {
  const page = readFixture('real/linan-livelihood-2022.txt');

  it('a step reaching a count dates it, smaller ones are checkpoints, the last completing step about a count dates it, other steps are milestones', () => {
    expect(importedItems(page, 2022).map((i) => [i.id, i.targets])).toEqual([
      [
        '1',
        [
          // 11月底前天目山镇中心幼儿园竣工交付 completes the schools; 8月底前…竣工交付 (six of them) is part of it.
          ['at_least', 7, '所', '2022-11-30'],
          ['at_least', 6800, '个', '2022-11-30'],
          ['milestone', 100, '%', '2022-04-30'],
        ],
      ],
      [
        '2',
        [
          // 9月底前完成7家 / 500个 reach the counts (2家, 2家, 100个, 200个 on the way); 11月底前完成胃肠癌联合筛查工作 the screening's.
          ['at_least', 7, '家', '2022-09-30'],
          ['at_least', 500, '个', '2022-09-30'],
          ['at_least', 10000, '例', '2022-11-30'],
          ['milestone', 100, '%', '2022-04-30'],
          ['milestone', 100, '%', '2022-05-31'],
        ],
      ],
      [
        '3',
        [
          // 11月底前建成 under 农村公路大中修, 10月底前全面完成新增和优化调整 under 公交线路新增(优化调整) (6条 on the way).
          ['at_least', 100, '公里', '2022-11-30'],
          ['at_least', 3, '条', '2022-10-31'],
          ['at_least', 20, '条', '2022-10-31'],
          ['milestone', 100, '%', '2022-07-31'],
        ],
      ],
    ]);
  });
});

describe('a document put out in a month named without 底/前 (guangdong-health-2021)', () => {
  // The real lines: the table's header, its first (full) row and row 6, whose time limit dates two deliverables by their months.
  const page = [
    '2021 年政务公开工作重点任务台账 |',
    '序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |',
    '1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情、隔离管控、流调溯源、精准防控等发布权威信息 | 应急处、监督处、医政医管处、疾控处、基层处等按职责分工落实 | 长期推进 |',
    '6 | 积极推进部门所属单位预算、决算及相关报表公开 | 财务处 | 2021年2月公布预算信息,2021年8月公布上年度决算信息 |',
  ].join('\n');

  it('is a milestone at the month’s end, as 2023年5月竣工 is (was: no target)', () => {
    expect(importedItems(page)[1]?.targets).toEqual([
      ['milestone', 100, '%', '2021-02-28'],
      ['milestone', 100, '%', '2021-08-31'],
    ]);
  });

  it('not a document put out before (根据2021年2月印发的《方案》)', () => {
    expect(importedItems(page.replace('2021年2月公布预算信息', '根据2021年2月印发的《方案》公布预算信息'))[1]?.targets).toEqual([['milestone', 100, '%', '2021-08-31']]);
  });
});

describe('会同, or 会 for short, between two units: the first leads, working with the second (guangdong-health-2021)', () => {
  // The real lines: the header, the first (full) row, and row 3 whose 责任处室 is 宣传处会办公室.
  const page = [
    '2021 年政务公开工作重点任务台账 |',
    '序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |',
    '1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情、隔离管控、流调溯源、精准防控等发布权威信息 | 应急处、监督处、医政医管处、疾控处、基层处等按职责分工落实 | 长期推进 |',
    '3 | 提高新冠肺炎疫情信息发布规范化水平,强化政府内部信息整合 | 宣传处会办公室 | 2021年8月前 |',
  ].join('\n');

  it('reads 宣传处会办公室 as 宣传处 leading with 办公室 (was: one unit 宣传处会办公室)', () => {
    expect(importedItems(page)[1]).toMatchObject({ departments: ['宣传处', '办公室'], lead: ['宣传处'] });
    expect(importedItems(page.replace('宣传处会办公室', '市财政局会同市发改委'))[1]).toMatchObject({ departments: ['市财政局', '市发改委'], lead: ['市财政局'] });
  });

  it('a name with 会 inside it stays whole (区总工会办公室, 区管委会办公室)', () => {
    for (const unit of ['区总工会办公室', '区管委会办公室']) expect(importedItems(page.replace('宣传处会办公室', unit))[1]?.departments).toEqual([unit]);
  });
});

describe('a mirror’s spam where the city’s name stood, in the notice’s 附件 line and the heading (jingzhou-opengov-2022)', () => {
  const page = readFixture('real/jingzhou-opengov-2022.txt');
  const title = (text: string) => importPlan(text).plan.title;

  it('is no part of the title, nor is the 附件: label (was: 附件:365bet账号被限制_beat365在线_beat365体育登陆网址2022年…)', () => {
    expect(title(page)).toBe('2022年政务公开任务分解责任清单');
  });

  it('the 附件: label goes without the spam too', () => {
    expect(title(page.replaceAll('365bet账号被限制_beat365在线_beat365体育登陆网址', '荆州市'))).toBe('荆州市2022年政务公开任务分解责任清单');
  });
});

describe('a table’s merged 一、 / (一) cells written before the first row’s number (jingzhou-opengov-2022)', () => {
  const page = readFixture('real/jingzhou-opengov-2022.txt');

  it('are the headings over the row, the row from its number on (was: row 1 lost inside the section’s title)', () => {
    const plan = importPlan(page).plan;
    expect(plan.sections.map((s) => [s.title, s.items.map((i) => i.id)])).toEqual([['以公开助力经济平稳健康发展', ['1', '2', '3']]]);
    expect(plan.sections[0]?.items[0]?.title).toMatch(/^加强涉及市场主体的信息公开：进一步增强政策文件制定实施的透明度/);
  });
});

describe('a header with no 序号 over rows that open on their number (jingzhou-opengov-2022)', () => {
  const page = readFixture('real/jingzhou-opengov-2022.txt');

  it('does not line up with them: each cell is read by what it holds (was: the number as the task, the task lost)', () => {
    const items = importPlan(page).plan.sections.flatMap((s) => s.items);
    expect(items.map((i) => (i.text ?? '').slice(0, 12))).toEqual(['进一步增强政策文件制定实', '开设行业帮扶政策公开专题', '用好营商环境问题投诉、处']);
  });
});

describe('a unit, then 等 and a word for the others (jingzhou-opengov-2022, the copy cut after 有关)', () => {
  const page = readFixture('real/jingzhou-opengov-2022.txt');

  it('is the unit named (was: 市住建局等政府各有关 as one unit)', () => {
    expect(importedItems(page)[2]).toMatchObject({ departments: ['市发展改革委', '市住建局'], lead: ['市发展改革委'] });
  });

  it('not a list of places in a sentence, 诸佛庵镇等红色旅游小镇 (luan-tourism-2024)', () => {
    const text = ['2024年全市红色旅游工作要点', '4 .推进独山镇、苏埠镇、诸佛庵镇等红色旅游小镇发展。', '责任单位:相关县区党委、政府,市文旅局'].join('\n');
    expect(importedItems(text)[0]?.departments).toEqual(['相关县区党委', '相关县区政府', '市文旅局']);
  });
});

describe('a 责任清单 flattened to rows of space-separated cells, its header words broken by the spaces that aligned them (qingyang-health-2023)', () => {
  const page = readFixture('real/qingyang-health-2023.txt');
  const lines = page.split('\n');
  const table = lines.slice(lines.findIndex((l) => l.startsWith('2023年县政府重点工作责任清单'))).join('\n');

  it('reads the rows under 序号 … 牵头  领导 牵头         责任单位 … (was: no numbered items)', () => {
    expect(importedItems(table).map((i) => i.id)).toEqual(['81', '85', '87']);
  });

  it('the 牵头责任单位 leads, the 主体 and 配合 units join it; a name spaced to the width of three (汪  峰) is one name', () => {
    expect(importedItems(table)[0]).toMatchObject({ departments: ['县卫健委', '各乡镇', '县开发区', '县直有关单位'], lead: ['县卫健委'], leaders: ['汪峰', '吴蓓蓓'] });
  });

  it('the 工作评价, 2023年10-12月份进展情况 and (mistyped) 20224年1-3月份进度安排 columns are the report: no targets from them', () => {
    expect(importedItems(table).map((i) => i.targets)).toEqual([[], [['at_least', 2, '所', undefined]], []]);
  });

  it('the task is the task cell alone: the 主体/配合责任单位 cells are units, the 工作评价 (达到时序进度) the report', () => {
    const text = importPlan(table).plan.sections[0]?.items[0]?.text ?? '';
    expect(text).toMatch(/^科学精准落实疫情防控优化措施/);
    expect(text).not.toMatch(/各乡镇|县直有关单位|达到时序进度/);
  });

  it('a row number further on after a row with every cell but its 备注 starts the next row: the list skips the rows left out', () => {
    const two = [lines[9], lines[10], lines[14], lines[15]].join('\n');
    expect(importedItems(two).map((i) => i.id)).toEqual(['85', '87']);
  });
});
