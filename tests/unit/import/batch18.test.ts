// Failure classes found by running the importer on real published pages it had never met (the hunt before the
// eighteenth batch), each tested on lines of the real text it came from, in its own block.
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems, readFixture, refusal } from './helpers.js';

describe('a counted list one to a line, none numbered (chongqing-ms-2025)', () => {
  const page = readFixture('real/chongqing-ms-2025.txt');

  it('the fifteen lines under "接续办好15件重点民生实事。具体包括:" are items 1–15 (was: no numbered items)', () => {
    expect(refusal(page)).toBeUndefined();
    const items = importedItems(page);
    expect(items.map((i) => i.id)).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
    expect(items[1]?.targets).toEqual([
      ['at_least', 100, '个', undefined],
      ['at_least', 10, '座', undefined],
    ]);
  });

  it('the line after the fifteenth (责任编辑) is no item, nor the lead paragraph', () => {
    const plan = ['2025年重庆将接续办好3件重点民生实事', '今年,重庆将接续办好3件重点民生实事。具体包括:', '新开工改造城镇老旧小区3011万平方米。', '建设100个口袋公园、10座体育公园。', '加装农村公路安全护栏4000公里。', '以上实事将按季度向社会公布进展情况。'].join('\n');
    expect(importedItems(plan).map((i) => i.id)).toEqual(['1', '2', '3']);
  });

  it('fewer lines than the sentence counts is no such list: still refused', () => {
    const plan = ['2025年重庆将接续办好15件重点民生实事', '接续办好15件重点民生实事。具体包括:', '新开工改造城镇老旧小区3011万平方米。', '建设100个口袋公园、10座体育公园。', '加装农村公路安全护栏4000公里。'].join('\n');
    expect(refusal(plan)).toMatchObject({ key: 'imp_noItems' });
  });
});

describe('counts after a task verb the list lacked, and the first of two counts joined by 和 (chongqing-ms-2025)', () => {
  const plan = (line: string) => `2025年重庆将接续办好15件重点民生实事\n1.${line}`;

  it('启动中心城区交通堵点乱点分类治理60处: 治理 a task verb, as 整治 is', () => {
    expect(importedItems(plan('启动中心城区交通堵点乱点分类治理60处。'))[0]?.targets).toEqual([['at_least', 60, '处', undefined]]);
  });

  it('实施165个农村饮水水源保障工程和25个城乡供水一体化工程: both counts', () => {
    expect(importedItems(plan('实施165个农村饮水水源保障工程和25个城乡供水一体化工程。'))[0]?.targets).toEqual([
      ['at_least', 165, '个', undefined],
      ['at_least', 25, '个', undefined],
    ]);
  });
});

describe('mojibake: Chinese in UTF-8 read as Western characters and saved again (jintan-garbled-2022)', () => {
  /** The text as a page saved with the wrong charset shows it, every byte a Latin-1 character. */
  const asLatin1 = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

  it('bytes lost (0x8D of 午, 0x9D of 坛): refused saying so, with a sample (was: no numbered items)', () => {
    const r = refusal(readFixture('real/jintan-garbled-2022.txt'));
    expect(r).toMatchObject({ key: 'imp_garbled' });
    expect(String(r?.params?.text)).toMatch(/^åˆï¼Œé‡‘å›/);
  });

  it('every byte there: restored, and the plan is the clean text’s, with a hint to check the names (was: no title line)', () => {
    const clean = readFixture('real/lishan-2023.txt');
    const garbled = asLatin1(clean);
    expect(garbled).toMatch(/^é/);
    expect(importedItems(garbled)).toEqual(importedItems(clean));
    expect(importPlan(garbled).hints).toContainEqual(expect.objectContaining({ code: 'imp_mojibake' }));
    expect(importPlan(garbled).plan.title).toBe(importPlan(clean).plan.title);
  });

  it('a Chinese plan quoting a few Western words (Café, Señor) is left as it is', () => {
    const plan = ['某区2024年工作要点', '1.举办Café文化节3场,邀请Señor Pérez、Zoë Müller参加。(责任单位:区文旅局)'].join('\n');
    expect(importPlan(plan).hints).not.toContainEqual(expect.objectContaining({ code: 'imp_mojibake' }));
    expect(importedItems(plan)[0]?.departments).toEqual(['区文旅局']);
  });
});

describe('a notice about the year’s tasks, "现将有关事项通知如下", refused naming the work its title names (tianjin-notice-2020)', () => {
  it('《2020年市政府重点工作》, not 《有关事项》', () => {
    expect(refusal(readFixture('real/tianjin-notice-2020.txt'))).toMatchObject({ key: 'imp_noticeOnly', params: { title: '2020年市政府重点工作' } });
  });
});

describe('a document site’s file name as the title line: the copy’s number and a mark around the extension (taowenge-town-2023, city-womenfed-2023)', () => {
  it('镇2023年政府工作要点2.docx, then the title run into the preamble "…要点2023年,是我镇…": the title is 镇2023年政府工作要点', () => {
    const r = importPlan(readFixture('real/taowenge-town-2023.txt'));
    expect(r.plan.title).toBe('镇2023年政府工作要点');
    expect(importedItems(readFixture('real/taowenge-town-2023.txt')).map((i) => i.id)).toEqual(['1', '2']);
  });

  it('2023年市妇联工作要点.docxVIP: the site’s VIP mark is no part of it (was: the title kept .docxVIP)', () => {
    expect(importPlan(readFixture('real/city-womenfed-2023.txt')).plan.title).toBe('2023年市妇联工作要点');
  });

  it('a title ending in a number of its own keeps it before the extension only when no Chinese precedes (2023-2025.docx stays as written)', () => {
    const plan = ['某市行动计划2023-2025.docx', '一、主要任务', '1.完成老旧小区改造30个。'].join('\n');
    expect(importPlan(plan, { year: 2023 }).plan.title).toMatch(/^某市行动计划2023-2025$/);
  });
});

describe('a collection’s table of contents: the documents it gathers are no items (gongxunwk-edu-2024)', () => {
  const page = readFixture('real/gongxunwk-edu-2024.txt');

  it('2.市教育局2024年工作要点19 … 5.县教育局2024年教育工作要点50 are left out: items 1–41 keep bare ids (was: 0-2…0-5 and every id qualified)', () => {
    const ids = importedItems(page).map((i) => i.id);
    expect(ids.slice(0, 4)).toEqual(['1', '2', '3', '4']);
    expect(ids).toHaveLength(40);
    expect(ids).not.toContain('0-2');
  });

  it('nor is an entry the title', () => {
    expect(importPlan(page).plan.title).toBe('2024年工作要点');
  });

  it('three items that each make a plan, with no 目录 and no page numbers, stay items', () => {
    const plan = ['某县2024年工作要点', '1.制定2024年乡村振兴实施方案', '2.编制2024年全县招商引资工作方案', '3.印发2024年安全生产工作要点'].join('\n');
    expect(importedItems(plan).map((i) => i.id)).toEqual(['1', '2', '3']);
  });
});

describe('a notice handing out a breakdown named after the book it breaks down (changzhou-notice-2023)', () => {
  it('現將2023年《政府工作報告》重點任務分解落實方案印發給你們: refused naming the whole breakdown, not 政府工作報告', () => {
    const r = refusal(readFixture('real/changzhou-notice-2023.txt'));
    expect(r).toMatchObject({ key: 'imp_noticeOnly' });
    expect(String(r?.params?.title)).toMatch(/^2023年.政府工作報告.重點任務分解落實方案$/);
  });

  it('where the book is the whole name handed out (现将《X任务分解表》印发), it stays the name', () => {
    const notice = ['各镇人民政府:', '为全面完成好《政府工作报告》中确定的2021年各项工作任务,现将《<政府工作报告>任务分解表》印发给你们。', '请各牵头单位要严格按照任务分工,切实履行各自工作职责。', '盘锦市大洼区人民政府办公室', '2021年1月25日'].join('\n');
    expect(refusal(notice)).toMatchObject({ key: 'imp_noticeOnly', params: { title: expect.stringMatching(/任务分解表/) } });
  });
});

describe('a call for next year’s project proposals is no plan (yibin-call-2025, xukou-call-2025, yulin-call-2025)', () => {
  it.each(['yibin-call-2025', 'xukou-call-2025', 'yulin-call-2025'])('%s: refused saying it is a call for proposals (was: 征集时间/征集内容/… imported as items)', (name) => {
    expect(refusal(readFixture(`real/${name}.txt`))).toMatchObject({ key: 'imp_callForProposals' });
  });

  it('a plan whose items are to collect something (征集…) among its tasks still imports', () => {
    const plan = ['某区2025年民生实事项目', '一、征集社情民意,开展“我为群众办实事”活动3次。', '二、新建口袋公园5个。', '三、改造老旧小区12个。'].join('\n');
    expect(importedItems(plan).map((i) => i.id)).toEqual(['一', '二', '三']);
  });
});

describe('a text about the plan, not the plan: a 解读 of its parts and a meeting that discussed it (elht-jiedu-2024, shenyang-jiedu-2023, luozhuang-meeting-2021)', () => {
  it('the 解读’s (一)主要内容 over the parts it counts and (二)工作要求: refused as a 解读 (was: seven items, 分解任务15项 a target)', () => {
    expect(refusal(readFixture('real/elht-jiedu-2024.txt'))).toMatchObject({ key: 'imp_interpretationOnly' });
  });

  it('一、形成过程 / 二、主要内容 / 三、具体要求 under a page titled …政策解读: refused as a 解读 (was: three items)', () => {
    expect(refusal(readFixture('real/shenyang-jiedu-2023.txt'))).toMatchObject({ key: 'imp_interpretationOnly' });
  });

  it('会议确定: over 1、原则同意该《方案》 2、要主动担责 …: refused as a meeting report (was: four items titled 会议听取了…)', () => {
    expect(refusal(readFixture('real/luozhuang-meeting-2021.txt'))).toMatchObject({ key: 'imp_meetingReport' });
  });

  it('a 解读 whose sub-headings are the plan’s own tasks is still read as the plan', () => {
    const page = ['《2024年工作要点》政策解读', '一、起草背景', '为推动工作落实,制定本要点。', '二、重点任务', '(一)扎实推进项目建设', '1.新建口袋公园5个。(责任单位:区住建局)', '2.改造老旧小区12个。(责任单位:区住建局)'].join('\n');
    expect(refusal(page)).toBeUndefined();
  });

  it('a plan whose preamble says a meeting agreed to it, its own items after 会议确定 nowhere: still a plan', () => {
    const plan = ['某区2021年重点工作任务分解方案', '经区政府第63次常务会议研究同意,现将重点工作分解如下。', '1.新建口袋公园5个。(责任单位:区住建局)', '2.改造老旧小区12个。(责任单位:区住建局)'].join('\n');
    expect(refusal(plan)).toBeUndefined();
  });
});

describe('units that each lead their part: "A、B分别牵头" (lishui-2023, batch 19)', () => {
  const page = readFixture('real/lishui-2023.txt');

  it('责任单位:市人力社保局、市农业农村局分别牵头 — both units lead, 分别 is no part of a name (was: 市农业农村局分别)', () => {
    const six = importedItems(page).find((i) => i.id === '6');
    expect(six?.departments).toEqual(['市人力社保局', '市农业农村局']);
    expect(six?.lead).toEqual(['市人力社保局', '市农业农村局']);
  });
});

describe('a site’s column tag before the title as long as the title’s own words (chuzhou-2020, batch 19)', () => {
  it('【市政府重点工作及责任分解】滁州市人民政府关于2020年…的通知: the tag is the page’s, not the title’s (was: kept, 12 characters)', () => {
    const page = readFixture('real/chuzhou-2020.txt');
    expect(importPlan(page).plan.title).toBe('滁州市人民政府关于2020年市政府重点工作及责任分解的通知');
  });
});

describe('a notice about carrying out work it never lists: "现就相关工作通知如下" and its own requirements (longxi-notice-2025)', () => {
  const page = readFixture('real/longxi-notice-2025.txt');

  it('refused as the notice only, naming the work its title is about, the misplaced 《》 read off (was: its 一、二、三、 imported as items)', () => {
    expect(refusal(page)).toMatchObject({ key: 'imp_noticeOnly', params: { title: '2025年陇西县为民实事' } });
  });

  it('the same sentence over a plan’s items with their units is no notice: they import', () => {
    const plan = [
      '陇西县人民政府办公室关于认真办理2025年陇西县为民实事的通知',
      '今年,县政府确定了10件为民实事。现就相关工作通知如下:',
      '1.新建城市社区养老服务中心2个。(牵头单位:县民政局)',
      '2.改造农村公路50公里。(牵头单位:县交通运输局)',
    ].join('\n');
    expect(importedItems(plan).map((i) => [i.id, i.departments])).toEqual([
      ['1', ['县民政局']],
      ['2', ['县交通运输局']],
    ]);
  });
});

describe('a 股室 named under a 责任股室 label (district-edusports-2025, batch 18)', () => {
  it('(责任股室:法制办、体卫艺处、信访办、意识形态领导小组办公室): the four as written (was: no unit)', () => {
    const plan = [
      '2025年xx区教育体育工作要点',
      '17.维护教育系统安全稳定。开展扫黄打非行动和“护苗行动”,健全校园周边安全联防联控机制。,强化“xxxx”等渠道群众诉求办理质效,推动信访工作法治化。(责任股室:法制办、体卫艺处、信访办、意识形态领导小组办公室)',
    ].join('\n');
    expect(importedItems(plan)[0]?.departments).toEqual(['法制办', '体卫艺处', '信访办', '意识形态领导小组办公室']);
  });
});

describe('a bracket breaking a count into its parts lists them as counts (jianhu-2026)', () => {
  const plan = (line: string) => `2026年政府民生实事项目\n二、农村道路、桥梁改造及安全防护提升工程\n1. ${line}`;

  it('危桥改造12座(其中:1座四五类危桥、11座宽路窄桥): 12, 1 and 11 座 (was: 12 alone; a colon after words opens a count)', () => {
    expect(importedItems(plan('对农村公路危桥改造12座(其中:1座四五类危桥、11座宽路窄桥),农村公路道路改造17.6公里(其中:县道大修6公里,乡村道维修11.6公里)。'))[0]?.targets).toEqual([
      ['at_least', 12, '座', undefined],
      ['at_least', 1, '座', undefined],
      ['at_least', 11, '座', undefined],
      ['at_least', 17.6, '公里', undefined],
      ['at_least', 6, '公里', undefined],
      ['at_least', 11.6, '公里', undefined],
    ]);
  });

  it('(含…护栏6.7公里、…护栏5.65公里) after 36.575公里: both parts too', () => {
    expect(importedItems(plan('实施农村公路乡村道隐患路段安防36.575公里(含冠华路县城东西两段中分带增设一柱双波护栏6.7公里、向阳大道中分带增设一柱双波护栏5.65公里)。'))[0]?.targets).toEqual([
      ['at_least', 36.575, '公里', undefined],
      ['at_least', 6.7, '公里', undefined],
      ['at_least', 5.65, '公里', undefined],
    ]);
  });

  it('one part alone says what some of them are: 新培育…龙头企业5家(其中省级1家) is 5 家 only; 10:30 stays a time', () => {
    expect(importedItems(plan('新培育市级以上农业龙头企业5家(其中省级1家)。'))[0]?.targets).toEqual([['at_least', 5, '家', undefined]]);
    expect(importedItems(plan('每天10:30开放,新建口袋公园5个。'))[0]?.targets).toEqual([['at_least', 5, '个', undefined]]);
  });
});

describe('counts the list lacked: Chinese numerals after the task verb, 增设, ages of those served, the work done at the clause end (jianhu-2026)', () => {
  const plan = (line: string) => `2026年政府民生实事项目\n一、“一老一小”服务保障能力提升\n1. ${line}`;

  it('提升改造一个未成年人保护工作站: 1 个 (was: nothing); 打造一批… names no number', () => {
    expect(importedItems(plan('提升改造一个未成年人保护工作站;'))[0]?.targets).toEqual([['at_least', 1, '个', undefined]]);
    expect(importedItems(plan('打造一批未成年人保护工作站;'))[0]?.targets).toEqual([]);
  });

  it('增设4处交叉口信号灯(九龙大道和粮棉河路、…): 4 处, 增设 a task verb', () => {
    expect(importedItems(plan('增设4处交叉口信号灯(九龙大道和粮棉河路、建湖大道和宝冈线)。'))[0]?.targets).toEqual([['at_least', 4, '处', undefined]]);
  });

  it('为1000名75~79周岁失能社会老年人提供居家上门服务: 1000 名, the ages say who (was: nothing)', () => {
    expect(importedItems(plan('为1000名75~79周岁失能社会老年人提供居家上门服务;'))[0]?.targets).toEqual([['at_least', 1000, '名', undefined]]);
  });

  it('…人行道及2座桥改造, 农村公路90座三类桥梁加固维修: the count of the work the clause ends on (was: nothing)', () => {
    expect(importedItems(plan('颜恒线恒济集镇段西段人行道及2座桥改造。'))[0]?.targets).toEqual([['at_least', 2, '座', undefined]]);
    expect(importedItems(plan('农村公路90座三类桥梁加固维修。'))[0]?.targets).toEqual([['at_least', 90, '座', undefined]]);
  });
});

describe('the sizes of one work are no counts of work done (jianhu-2026)', () => {
  const plan = (line: string) => `2026年政府民生实事项目\n二、农村道路、桥梁改造及安全防护提升工程\n4. ${line}`;

  it('新建道路全长343米、路基宽度24米: a length beside a width, no targets (was: 343 米 and 24 米)', () => {
    expect(importedItems(plan('实施建湖县城南高中南侧支路东延工程,新建道路全长343米、路基宽度24米,实施2×4.5米人行道+15米沥青路面机动车道、雨水管网。'))[0]?.targets).toEqual([]);
    expect(importedItems(plan('新建道路343米,路基宽度24米。'))[0]?.targets).toEqual([['at_least', 343, '米', undefined]]);
  });

  it('a length alone is what is laid: 铺设…供热主管网,全长约4.3公里 stays a count', () => {
    expect(importedItems(plan('铺设将军大道供热主管网,全长约4.3公里。'))[0]?.targets).toEqual([['at_least', 4.3, '公里', undefined]]);
  });
});

describe('a section headed as the tasks over prose alone is an item, target or not; items numbered from 17 run on (district-edusports-2025)', () => {
  const page = [
    '坚持以总书记新时代中国特色社会主义思想为指导,切实办好人民满意的教育体育,为加快建设现代化美好xx作出新的贡献。',
    '二、主要任务',
    '2025年全区教育体育工作的总体目标是:全力实施“xxxx”行动,办好“安心托幼、老有所学、快乐健身”三件民生实事,积极构建高质量发展的教育体育工作新格局。',
    '三、重点工作',
    '---此处隐藏5372字,下载后查看---',
    '17.维护教育系统安全稳定。健全校园周边安全联防联控机制。(责任股室:法制办、体卫艺处、信访办、意识形态领导小组办公室)',
    '18.营造教育发展良好氛围。一体推进教育、科技、人才融合发展。',
  ].join('\n');

  it('二、主要任务 over one paragraph is item 二; 17 and 18 keep their bare numbers (was: 二 reported as an empty section)', () => {
    expect(importedItems(page, 2025).map((i) => [i.id, i.departments.length])).toEqual([
      ['二', 0],
      ['17', 4],
      ['18', 0],
    ]);
  });

  it('二、指导思想 over prose with no target is still no item; items numbered from 1 beside a prose item are qualified, as before', () => {
    expect(importedItems(page.replace('二、主要任务', '二、指导思想'), 2025).map((i) => i.id)).toEqual(['17', '18']);
    expect(importedItems(page.replace('17.', '1.').replace('18.', '2.'), 2025).map((i) => i.id)).toEqual(['二', '三-1', '三-2']);
  });
});
