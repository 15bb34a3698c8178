// Failure classes found by running the importer on real published pages it had never met (the importer
// failure hunt), each tested on lines of the real text it came from (tests/fixtures/import/real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { toNorm } from '../../../src/core/import/text.js';
import { isUnitName } from '../../../src/core/import/attribute.js';
import { importedItems, readFixture, refusal } from './helpers.js';
import { viewerCopy } from './score.js';

describe('hunt: a notice whose government decided to hand the tasks out (将…予以分解下达), no title line (gansu-notice-2022)', () => {
  const page = readFixture('real/gansu-notice-2022.txt');

  it('is refused as the notice of what it hands out, not as having no numbered items', () => {
    expect(refusal(page)).toEqual({ key: 'imp_noticeOnly', params: { title: '〈政府工作报告〉主要指标和重点任务' } });
  });

  it('the decision may say 分解落实 and stand in a notice with its requirements on lines of their own', () => {
    const notice = [
      '各县(区)人民政府,市政府各部门:',
      '为确保各项目标任务全面完成,市政府决定,将2023年重点工作任务分解落实。现将有关事项通知如下:',
      '一、提高站位抓落实。各地各部门要把落实重点工作作为重要政治任务,谋划在前、行动在先,确保各项目标任务不折不扣完成。',
      '二、压实责任抓落实。各牵头部门要于2月底前逐项制定具体工作措施,并报市政府备案,确保每项工作责任落实、措施落实。',
    ].join('\n');
    expect(refusal(notice)).toEqual({ key: 'imp_noticeOnly', params: { title: '2023年重点工作任务' } });
  });
});

describe('hunt: an old Word/WPS file (.doc/.wps) whose bytes were saved as text (longkou-doc-2024)', () => {
  it('is refused saying what it is and how to get the text, not as having no numbered items', () => {
    expect(refusal(readFixture('real/longkou-doc-2024.txt'))).toEqual({ key: 'imp_officeBytesAsText', params: { text: 'ࡱ' } });
  });

  it('the signature may follow undecodable bytes (a .doc shown by another site: ��ࡱ�>��)', () => {
    const page = `\uFFFD\uFFFD\u0871\uFFFD>\uFFFD\uFFFD ${'\uFFFD'.repeat(12)}  !"#$%&'()*+,-./0123456789:;<=>G@ABCDEFLHIJK\uFFFD\uFFFDMNO`;
    expect(refusal(page)).toEqual({ key: 'imp_officeBytesAsText', params: { text: 'ࡱ' } });
  });

  it('or, its head cut off, the inner streams name it (Root Entry … WordDocument)', () => {
    const page = 'Root Entry F0\\ů SummaryInformation(DocumentSummaryInformation8xWordDocument.` Oh+\'0 ( 4 @ L Xdlt| ANormalAdministrator Microsoft Office Word 1.aNQg-N\\f[z 2.c[f[u^z';
    expect(refusal(page)).toEqual({ key: 'imp_officeBytesAsText', params: { text: 'Root Entry' } });
  });

  it('a plan that only names Word in its text is still read', () => {
    const plan = ['某县2024年教育工作要点', '一、推进数字化', '1.完成全县教师Microsoft Office Word培训200人次。(县教育局)'].join('\n');
    expect(refusal(plan)).toBeUndefined();
  });
});

describe('hunt: a list of projects set off by 、, as many as counted, no numbering (licheng-ms-2025, 若羌)', () => {
  it('the 34 names after 清单包括: are the 34 items the line before counts (was: no numbered items)', () => {
    const page = readFixture('real/licheng-ms-2025.txt');
    expect(refusal(page)).toBeUndefined();
    const items = importedItems(page);
    expect(items.map((i) => i.id)).toEqual(Array.from({ length: 34 }, (_, i) => String(i + 1)));
    // A name in quotes holding 、 and , is one name; a project called …全覆盖项目 is a name, no milestone.
    const plan = importPlan(page).plan;
    const titles = plan.sections.flatMap((s) => s.items.map((i) => i.title));
    expect(titles[5]).toBe('“治理‘餐桌污染’,建设‘食品放心工程’项目”');
    expect(titles[33]).toBe('“电动自行车充电桩、换电柜建设项目”');
    expect(items[1]?.targets).toEqual([]);
    expect(items[20]?.targets).toEqual([['at_least', 5, '公里', undefined]]);
    expect(plan.title).toBe('2025年鲤城区为民办实事项目清单');
  });

  const ruoqiang = [
    '新疆若羌县日前召开2026年民生实事项目新闻发布会,发布2026年十大民生实事项目的具体内容、推进计划和落实措施。',
    '2026年若羌县十大民生实事项目为:高速公路通信信号“除盲”工程、农村污水处理厂提升改造项目、免费教育阶段住校生免费体检项目、农村农田水利渠系维护项目、自来水水质提升项目、城区道路改扩建项目、楼兰美食街建设项目、县城屠宰场建设项目、巴州若羌县中学(高中部)3#宿舍楼建设项目、若羌火车站加装电梯项目。',
    '其中,农村污水处理厂提升改造项目将对全县农村27座农村人居环境整治生活污水一体化处理站以及13个集水井进行提升改造;农村农田水利渠系维护项目将对各乡镇老化破损闸门467处进行维修,对主渠道清淤,加高加固、维修受损渠道,提升渠道输水稳定性和安全性,新建农桥9座。',
  ].join('\n');

  it('十大民生实事项目为: over ten names in one sentence: ten items, titled by what the sentence lists', () => {
    const plan = importPlan(ruoqiang).plan;
    expect(plan.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(plan.title).toBe('2026年若羌县十大民生实事项目');
  });

  it('the paragraph after the list is no part of its last name (13个, 9座 are not item 10\'s)', () => {
    expect(importedItems(ruoqiang)[9]).toMatchObject({ id: '10', targets: [] });
  });

  it('names that do not come to the count number nothing (a sentence giving examples)', () => {
    const text = ['某县2026年民生实事', '2026年十大民生实事项目包括:农村污水处理厂提升改造项目、自来水水质提升项目等。'].join('\n');
    expect(refusal(text)).toMatchObject({ key: 'imp_noItems' });
  });
});

describe('hunt: a count right after a verb of two characters the verb list lacks (tongchuan-2025, 建湖)', () => {
  it('加快10个商贸项目建设 is ten projects to build (was: no target)', () => {
    const eleven = importedItems(readFixture('real/tongchuan-2025.txt')).find((i) => i.id === '11');
    expect(eleven?.targets).toEqual([['at_least', 10, '个', undefined]]);
  });

  it('增设4处交叉口信号灯, after 全年 too; 涉及12个乡镇 says what there is, no target', () => {
    const plan = (line: string) => `某县2026年民生实事项目\n一、交通\n1. ${line}`;
    expect(importedItems(plan('增设4处交叉口信号灯(九龙大道和粮棉河路、建湖大道和宝冈线)。'))[0]?.targets).toEqual([['at_least', 4, '处', undefined]]);
    expect(importedItems(plan('全年增设4处交叉口信号灯。'))[0]?.targets).toEqual([['at_least', 4, '处', '2026-12-31']]);
    expect(importedItems(plan('实施农村道路提升工程,涉及12个乡镇。'))[0]?.targets).toEqual([]);
  });
});

describe('hunt: a heading set over two lines, the issuer and 关于 on the first (tongchuan-2025, hunan-2019)', () => {
  it('铜川市人民政府办公室关于 / 落实《政府工作报告》重点工作分工的意见 is one title (was: the second line alone)', () => {
    expect(importPlan(readFixture('real/tongchuan-2025.txt')).plan.title).toBe('铜川市人民政府办公室关于落实《政府工作报告》重点工作分工的意见');
  });

  it('湖南省人民政府关于 / 落实…部门分工的意见, with no page title above it', () => {
    const page = ['湖南省人民政府关于', '落实《政府工作报告》重点工作部门分工的意见', '湘政发〔2019〕1号', '一、主要预期目标', '1.地区生产总值增长7.5%—8%。(省发展改革委牵头)'].join('\n');
    expect(importPlan(page).plan.title).toBe('湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见');
  });
});

describe('hunt: a report on how a plan is going, its progress table not copied (shouxian-report-2022, huichang-report-2023, yangdong-report-2024, xinwu-progress-2025)', () => {
  it.each([
    ['shouxian-report-2022', '关于印发2022年《政府工作报告》主要任务上半年落实情况的通报'],
    ['huichang-report-2023', '关于2023年10月份民生实事项目进展情况的通报'],
    ['yangdong-report-2024', '关于2024年阳东区十件民生实事完成情况的通报'],
    ['xinwu-progress-2025', '2025年1-6月新吳區為民辦實事項目進展情況'],
  ])('%s is refused as a progress report, naming it (was: no numbered items)', (name, title) => {
    expect(refusal(readFixture(`real/${name}.txt`))).toEqual({ key: 'imp_progressReport', params: { title } });
  });

  it('a report that holds its table of items is still read as one (a 完成情况 table is a plan with its progress)', () => {
    const page = ['关于2024年区十件民生实事完成情况的通报', '1.新建口袋公园10个。(区住建局)', '2.改造老旧小区5个。(区住建局)'].join('\n');
    expect(refusal(page)).toBeUndefined();
  });

  it('a text with no items and no such title still says it found no numbered items', () => {
    expect(refusal('关于做好2024年民生实事工作的说明\n各单位要高度重视,认真抓好落实。')).toMatchObject({ key: 'imp_noItems' });
  });
});

describe('hunt: a body of rules, 第一章 总则 over clauses that say they make the rules (ali-rules-2021, zhenba-rules-2024)', () => {
  it.each([
    ['ali-rules-2021', '阿里地区行政公署工作规则'],
    ['zhenba-rules-2024', '镇巴县人民政府工作规则'],
  ])('%s is refused as rules, not imported as a plan of 总则 and articles', (name, title) => {
    expect(refusal(readFixture(`real/${name}.txt`))).toEqual({ key: 'imp_rulesOnly', params: { title } });
  });

  it('a plan that cites rules (制定本方案, 《…管理办法》) is still a plan', () => {
    const plan = ['某县2024年安全生产工作要点', '根据《安全生产管理办法》,制定本要点。', '一、强化责任', '1.开展安全检查12次。(县应急局)'].join('\n');
    expect(refusal(plan)).toBeUndefined();
  });
});

describe('hunt: the size of what is built, written in Traditional characters too, is no target (mianyang-ms-2023)', () => {
  it('新建臨園路下穿通道,總長約1400米,寬50米;…(占地面積約2.4萬平方米): a length beside a width, and a ground area, are sizes', () => {
    const two = importedItems(readFixture('real/mianyang-ms-2023.txt')).find((i) => i.id === '2');
    expect(two?.targets).toEqual([]);
  });

  it('a length alone is still what is laid (建設1條總長度約25公里…管道), and a road widened by so much (拓宽) still work to do', () => {
    const one = importedItems(readFixture('real/mianyang-ms-2023.txt')).find((i) => i.id === '1');
    expect(one?.targets).toEqual([
      ['at_least', 1, '座', undefined],
      ['at_least', 25, '公里', undefined],
    ]);
    const plan = '某县2026年交通工作要点\n一、道路\n1. 实施人民路改造,拓宽8米。(县交通局)';
    expect(importedItems(plan)[0]?.targets).toEqual([['at_least', 8, '米', undefined]]);
  });
});

describe('hunt: a news headline naming the city level\'s list (市級民生實事清單) is the title (mianyang-ms-2023)', () => {
  it('快看!2023年市級民生實事清單 gives 2023年市級民生實事清單 (was: 2023年民生實事, the level and 清單 dropped)', () => {
    expect(importPlan(readFixture('real/mianyang-ms-2023.txt')).plan.title).toBe('2023年市級民生實事清單');
  });
});

describe('hunt: misses the corpus kept — a unit name cut where the copy stops, people counted with no measure word', () => {
  it('jiayu-2021: [牵头单位:县发改局(粮食局)、县农业农 — the page ends: 县农业农 is no unit (no name ends so)', () => {
    const six = importedItems(readFixture('real/jiayu-2021.txt')).find((i) => i.id === '六');
    expect(six).toMatchObject({ departments: ['县发改局(粮食局)'], lead: ['县发改局(粮食局)'] });
  });

  it('a whole name at the end of a cut copy is kept (…、县农业农村局)', () => {
    const plan = '某县2021年重点工作\n一、民生\n(一)城乡居民人均可支配收入与经济增长同步。[牵头单位:县发改局、县农业农村局';
    expect(importedItems(plan)[0]?.departments).toEqual(['县发改局', '县农业农村局']);
  });

  it('chongqing-ms-2025: 为200万中小学生开展心理健康测评 — two million pupils, a count to reach, no measure word', () => {
    const six = importedItems(readFixture('real/chongqing-ms-2025.txt')).find((i) => i.id === '6');
    expect(six?.targets).toEqual([['at_least', 2000000, undefined, undefined]]);
  });

  it('为 and a number not followed by people stays no target (为2025年…, 为300万元…)', () => {
    const plan = '某市2025年民生实事\n一、教育\n1. 为2025届毕业生开展就业指导。';
    expect(importedItems(plan)[0]?.targets).toEqual([]);
  });
});

describe('hunt: several lists, each headed by a line counting it and nothing else, one project to a line (hohhot-ms-2026)', () => {
  const page = readFixture('real/hohhot-ms-2026.txt');

  it('each district\'s list is a section, its projects the items as counted (was: no numbered items)', () => {
    const ids = importedItems(page).map((i) => i.id);
    expect(ids.filter((id) => id.startsWith('一-'))).toHaveLength(8);
    expect(ids.filter((id) => id.startsWith('二-'))).toHaveLength(5);
    expect(ids.filter((id) => id.startsWith('三-'))).toHaveLength(6);
    expect(ids.filter((id) => id.startsWith('四-'))).toHaveLength(10);
  });

  it('the government named under each district answers for its list; 等4个小区 in a project\'s name counts them', () => {
    const items = importedItems(page);
    expect(items.find((i) => i.id === '二-1')?.departments).toEqual(['回民区人民政府']);
    expect(items.find((i) => i.id === '一-6')).toMatchObject({ departments: ['新城区人民政府'], targets: [['at_least', 4, '个', undefined]] });
  });

  it('one list alone: its lines are the items, 1–N; a count the lines do not come to numbers nothing', () => {
    const one = ['某区2026年民生实事', '2026年实施民生实事项目3项', '老旧街区及道路维修改造项目', '老旧小区雨污水管网改造项目', '社区党群服务中心建设项目'].join('\n');
    expect(importedItems(one).map((i) => i.id)).toEqual(['1', '2', '3']);
    const short = ['某区2026年民生实事', '2026年实施民生实事项目5项', '老旧街区及道路维修改造项目', '老旧小区雨污水管网改造项目'].join('\n');
    expect(refusal(short)).toMatchObject({ key: 'imp_noItems' });
  });
});

describe('hunt: a headline decorated with emoji (hohhot-ms-2026, 沧源)', () => {
  it('2026年民生实事正式出炉✨ is titled without the sparkle', () => {
    expect(importPlan(readFixture('real/hohhot-ms-2026.txt')).plan.title).toBe('2026年民生实事正式出炉');
  });

  it('🌟沧源2024年工作要点📜 loses the pictures at both ends', () => {
    const plan = ['🌟沧源2024年工作要点📜', '一、经济发展', '1.新建产业园区2个。(县发改局)'].join('\n');
    expect(importPlan(plan).plan.title).toBe('沧源2024年工作要点');
  });
});

describe('hunt: each number alone on its line over its lines, one phrase to a line with blank lines between, right under the list\'s heading (changning-ms-2024)', () => {
  const page = readFixture('real/changning-ms-2024.txt');

  it('the bare 1 under the heading 2024年长宁区政府为民办实事项目 opens the list: items 1–10 (was: no numbered items)', () => {
    expect(refusal(page)).toBeUndefined();
    expect(importedItems(page).map((i) => i.id)).toEqual(Array.from({ length: 10 }, (_, i) => String(i + 1)));
  });

  it('each phrase is a line of its item, not run into the next: item 1 counts its seven things', () => {
    const one = importPlan(page).plan.sections[0]?.items[0];
    expect(one?.text?.split('\n')).toEqual(['新增100张困难重残养护床位', '改建100张认知障碍照护床位、611张护理型床位', '完成300户居家环境适老化改造', '为456户独居老年人开展智能水表安全监测服务', '新增5家老年人助餐点', '新增10家家门口养老服务站']);
    expect(importedItems(page)[0]?.targets.map((t) => `${t[1]}${t[2]}`)).toEqual(['100张', '100张', '611张', '300户', '456户', '5家', '10家']);
  });

  it('a longer line of such a list is a line of it too (item 7), and a paragraph a page broke still runs on', () => {
    const seven = importPlan(page).plan.sections[0]?.items.find((i) => i.id === '7');
    expect(seven?.text?.split('\n')).toHaveLength(3);
    const broken = ['某区2024年工作要点', '一、民生', '1.推进老旧小区改造,全年完成改造', '', '30个小区,惠及居民3000户。'].join('\n');
    expect(importPlan(broken).plan.sections[0]?.items[0]?.text).not.toContain('\n');
  });
});

describe('hunt: a count with 以上 right before what is made, no 的 between (changning-ms-2024)', () => {
  it('推出5处以上区级“家门口的好去处” and 打造5个以上示范村 make at least that many (was: no target)', () => {
    const plan = ['某区2024年工作要点', '一、民生', '1.推出5处以上区级“家门口的好去处”、18个居民区公共文化服务示范点。', '2.打造5个以上示范村。'].join('\n');
    expect(importedItems(plan).map((i) => i.targets)).toEqual([
      [
        ['at_least', 5, '处', undefined],
        ['at_least', 18, '个', undefined],
      ],
      [['at_least', 5, '个', undefined]],
    ]);
  });

  it('with no verb that makes them it stays a condition (企业100家以上乡镇)', () => {
    const plan = ['某区2024年工作要点', '一、经济', '1.企业100家以上乡镇开展评比。'].join('\n');
    expect(importedItems(plan)[0]?.targets).toEqual([]);
  });

  it('为456户独居老年人开展…服务 counts whom the service is for; 在100个社区开展宣传 says where', () => {
    const plan = ['某区2024年工作要点', '一、民生', '1.为456户独居老年人开展智能水表安全监测服务。', '2.在全市100个社区开展宣传。'].join('\n');
    expect(importedItems(plan).map((i) => i.targets)).toEqual([[['at_least', 456, '户', undefined]], []]);
  });
});

describe('hunt: the closing formula of an announcement and its signature after the list (shangdundu-ms-2025)', () => {
  const page = readFixture('real/shangdundu-ms-2025.txt');

  it('现予公告。 and the 人大 signing under it are no part of item 10', () => {
    const ten = importPlan(page).plan.sections[0]?.items.find((i) => i.id === '10');
    expect(ten?.text).not.toMatch(/现予公告|人民代表大会|2025年3月21日/);
    expect(ten?.text).toContain('耕地质量提升示范项目');
  });

  it('现予以公告。 after a list numbered 一、…十、 (荆州区 2023), the 主席团 signing: no part of item 十', () => {
    const page = ['荆州区第七届人民代表大会第二次会议于2022年12月27日投票表决,确定区政府2023年民生实事项目为10项,分别是:', '一、新民社区“共同缔造”建设项目;', '二、新、改建移动公厕项目;', '现予以公告。', '荆州区第七届人民代表大会', '第二次会议主席团', '2022年12月27日'].join('\n');
    const items = importPlan(page).plan.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.text)).toEqual(['新民社区“共同缔造”建设项目;', '新、改建移动公厕项目;']);
  });

  it('特此通知。 closing a notice keeps the plan\'s title and items after it', () => {
    const page = ['各乡镇:', '现将《某县2024年民生实事项目》印发给你们,请认真贯彻落实。', '一、提高认识。各单位要高度重视。', '特此通知。', '某县人民政府办公室', '2024年1月5日', '某县2024年民生实事项目', '1.新建幼儿园2所。', '2.改造老旧小区5个。'].join('\n');
    const plan = importPlan(page).plan;
    expect(plan.title).toBe('某县2024年民生实事项目');
    expect(plan.sections.flatMap((s) => s.items).map((i) => i.text)).toEqual(['新建幼儿园2所。', '改造老旧小区5个。']);
  });

  it('特此公告。 after a plan\'s last item, with a signature, ends it too; a numbered line after it is read', () => {
    const plan = ['某县2024年民生实事项目', '1.新建幼儿园2所。', '2.改造老旧小区5个。', '特此公告。', '某县人民政府', '2024年2月1日'].join('\n');
    const items = importPlan(plan).plan.sections[0]?.items ?? [];
    expect(items.map((i) => i.text)).toEqual(['新建幼儿园2所。', '改造老旧小区5个。']);
  });
});

describe('hunt: only a table of contents copied, its entries with dot leaders and pages (taichung-secretariat-104, taichung-rdec-104)', () => {
  it('the 秘書處 plan\'s 目錄 is refused as a table of contents, naming its first entry (was: no title line, then its entries as items)', () => {
    expect(refusal(readFixture('real/taichung-secretariat-104.txt'))).toEqual({ key: 'imp_tocOnly', params: { count: 19, text: '壹、 環境情勢分析與優先發展課題' } });
  });

  it('the 研考會 one too, its last entry cut where the copy stops (策略績效目標七之實施, no dots yet)', () => {
    expect(refusal(readFixture('real/taichung-rdec-104.txt'))).toEqual({ key: 'imp_tocOnly', params: { count: 17, text: '1. 環境情勢分析與優先發展課題' } });
  });

  it('a table of contents before the body is dropped: the body\'s items are read once', () => {
    const plan = ['某县2024年工作要点', '目录', '一、经济发展……………………1', '二、民生保障……………………3', '三、社会治理……………………5', '一、经济发展', '1.新建产业园区2个。(县发改局)', '二、民生保障', '2.新增就业1000人。(县人社局)', '三、社会治理', '3.化解矛盾纠纷。(县司法局)'].join('\n');
    expect(importedItems(plan).map((i) => i.id)).toEqual(['1', '2', '3']);
  });
});

describe('hunt: a Taiwanese plan word, 計畫 (计划), and a ROC year in the title (mohw-ey-107)', () => {
  const page = readFixture('real/mohw-ey-107.txt');

  it('行政院會通過「行政院107年度施政計畫(草案)」 is the title, its year 107 = 2018 (was: no title line, cannot tell the year)', () => {
    expect(refusal(page)).toBeUndefined();
    const plan = importPlan(page).plan;
    expect(plan.title).toBe('行政院會通過「行政院107年度施政計畫(草案)」');
    expect(plan.period).toEqual({ start: '2018-01-01', end: '2018-12-31' });
  });

  it('a 施政計畫 with items is read as any plan; 規畫 is 规划 too, 畫 alone stays a picture', () => {
    const plan = ['臺北市政府113年度施政計畫', '一、推動都市更新', '1.完成都市更新案10件。(都市發展局)', '2.新建社會住宅2000戶。(都市發展局)'].join('\n');
    expect(importPlan(plan).plan.title).toBe('臺北市政府113年度施政計畫');
    expect(importedItems(plan).map((i) => [i.id, i.departments, i.targets])).toEqual([
      ['1', ['都市發展局'], [['at_least', 10, '件', undefined]]],
      ['2', ['都市發展局'], [['at_least', 2000, '戶', undefined]]],
    ]);
    expect(toNorm('國土規畫與計畫書畫')).toBe('国土规划与计划书画');
  });
});

describe('hunt: a list inside an item, numbered afresh after the item\'s colon (mohw-ey-107)', () => {
  const page = readFixture('real/mohw-ey-107.txt');

  it('2. …重點如下: over 1.–6. keeps the six as item 2\'s points: items 1 and 2 (was: eight items 一-1 … 一-6)', () => {
    const items = importPlan(page).plan.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.id)).toEqual(['1', '2']);
    expect(items[1]?.text).toContain('國家安全與對外關係');
  });

  it('the outer list goes on after the inner one stops counting', () => {
    const plan = ['某县2024年工作要点', '1.完成三项改革,重点如下:', '1.深化医疗改革。', '2.深化教育改革。', '3.深化住房改革。', '2.新建学校2所。', '3.新增就业500人。'].join('\n');
    expect(importedItems(plan).map((i) => i.id)).toEqual(['1', '2', '3']);
  });

  it('without the colon a list numbered again from 1 is read as before', () => {
    const plan = ['某县2024年工作要点', '一、经济', '1.新建园区2个。', '2.引进企业5家。', '二、民生', '1.新建学校2所。', '2.新增就业500人。'].join('\n');
    expect(importedItems(plan).map((i) => i.id)).toEqual(['一-1', '一-2', '二-1', '二-2']);
  });
});

describe('hunt: a review of work done is no plan (changzhi-justice-2023, songzi-2024)', () => {
  it('a page that only reviews the year before (一、2022年工作情况) is refused saying so (was: imported, 召开36次党组会议 a target)', () => {
    expect(refusal(readFixture('real/changzhi-justice-2023.txt'))).toEqual({ key: 'imp_workReport', params: { title: '2022年工作情况' } });
  });

  it('a review before the year\'s plan (一、2023年工作回顾 / 二、2024年工作展望) is left out with a warning, the plan kept', () => {
    const result = importPlan(readFixture('real/songzi-2024.txt'));
    expect(result.plan.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['二']);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'imp_reviewPart', params: { text: '2023年工作回顾' }, line: 4, to: 10 }));
  });

  it('a plan\'s own headings are no review: 工作安排, 工作要求, 预期成效 stay', () => {
    const plan = ['某局2024年工作要点', '一、2024年工作安排', '1.新建学校2所。', '二、工作要求', '1.加强领导。', '三、预期成效', '1.群众满意度达到90%以上。'].join('\n');
    expect(importedItems(plan).map((i) => i.id)).toEqual(['一-1', '二-1', '三-1']);
  });
});

describe('hunt: a post decorated with pictures (songzi-2024, 沧源)', () => {
  const page = readFixture('real/songzi-2024.txt');

  it('🌟 before 一、 hides no heading (was: no numbered items)', () => {
    expect(refusal(page)).toBeUndefined();
    expect(importPlan(page).plan.sections.flatMap((s) => s.items.map((i) => i.title))).toEqual(['2024年工作展望']);
  });

  it('a keycap digit numbers a point as 1. does', () => {
    const plan = ['🌟沧源2024年工作报告📜', '🎯展望2024年,我们将紧紧围绕以下目标开展工作:', '1️⃣ 经济高质量发展,着力打造“一核两翼三带”发展格局,推动产业结构优化升级,培育壮大新兴产业。', '2️⃣ 基础设施建设再提速,加快交通、水利、能源等基础设施建设,提升城市品质和承载能力。'].join('\n');
    expect(importPlan(plan).plan.sections.flatMap((s) => s.items.map((i) => [i.id, i.title]))).toEqual([
      ['1', '经济高质量发展'],
      ['2', '基础设施建设再提速'],
    ]);
  });

  it('with no title line, the headline\'s year (2024松滋市工作报告) is the plan\'s, not the 2023 its lead reviews', () => {
    const plan = importPlan(page).plan;
    expect([plan.title, plan.period.start, plan.period.end]).toEqual(['2024松滋市工作报告', '2024-01-01', '2024-12-31']);
  });
});

describe('hunt: more ways a review of work done is headed (civil-2025, a 民政局 总结)', () => {
  it('主要工作开展情况及工作成效, all the copy holds, is refused as a review (was: a 2024 plan, 低保新增1653人 a target)', () => {
    expect(refusal(readFixture('real/civil-2025.txt'))).toEqual({ key: 'imp_workReport', params: { title: '主要工作开展情况及工作成效' } });
  });

  it('2021年完成的主要工作 reviews too', () => {
    const page = ['市民政局2021年工作总结和2022年工作计划', '一、2021年完成的主要工作', '(一)民政系统疫情防控果断有力。全市各级民政部门始终把民政服务对象生命安全和身体健康放在第一位。', '(二)社会救助保障水平稳步提升。'].join('\n');
    expect(refusal(page)).toEqual({ key: 'imp_workReport', params: { title: '2021年完成的主要工作' } });
  });
});

describe('hunt: the ground a plan stands on is no work of it (coa-tw-106)', () => {
  const page = readFixture('real/coa-tw-106.txt');

  it('一、中長期發展趨勢 and 二、國家發展總檢討 are left out with a warning quoting them as written; 三、發展目標 and 四、發展策略 are the items', () => {
    const result = importPlan(page);
    expect(result.plan.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['三-一', '三-二', '三-三', '三-四', '四-一', '四-二']);
    expect(result.warnings.filter((w) => w.code === 'imp_contextPart').map((w) => [w.params.text, w.line, w.to])).toEqual([
      ['中長期發展趨勢', 12, 20],
      ['國家發展總檢討', 22, 30],
    ]);
  });

  it('a text that only sets out the situation is kept: nothing else to read', () => {
    const plan = ['某县2024年工作要点', '一、面临形势', '1.经济下行压力加大。', '2.新建学校2所。'].join('\n');
    expect(importedItems(plan).map((i) => i.id)).toEqual(['1', '2']);
  });

  it('a span of 民國 years is the plan\'s period: 106-109年 runs from 2017 to the end of 2020 (was: 2020 alone)', () => {
    const plan = importPlan(page).plan;
    expect([plan.period.start, plan.period.end]).toEqual(['2017-01-01', '2020-12-31']);
  });
});

describe('hunt: a 民政局 plan copied from a PDF on a document site (civil-2022)', () => {
  const page = readFixture('real/civil-2022.txt');

  it('the copy\'s last line, 快家庭 (of 加快家庭…), is no unit: a name ending 家庭 is a household (was: departments 快家庭)', () => {
    expect(importedItems(page).map((i) => [i.id, i.departments])).toEqual([['一', []]]);
    expect(isUnitName('快家庭')).toBe(false);
    expect(isUnitName('人民法庭')).toBe(true);
  });

  it('the document\'s own title (民政局 2022 年工作思路) wins over the site\'s listing, which pads it with 工作计划', () => {
    expect(importPlan(page).plan.title).toBe('民政局2022年工作思路');
  });
});

describe('hunt: a site\'s accessibility badge is no title (the 2015 施政報告 page)', () => {
  it('無障礙網頁嘉許計劃 (a 計劃 that is no plan) and the 萬維網聯盟 line over it are furniture, not the title', () => {
    const page = ['施政報告', '施政綱領', '    符合萬維網聯盟有關無障礙網頁設計指引中2A級別的要求', ' ', '    無障礙網頁嘉許計劃', '施政報告', '(四) 房屋土地與交通運輸', '房屋', '61.       房屋是最受關注的民生問題。本屆政府有決心、有信心、有能力逐步扭轉供求失衡問題。'].join('\n');
    expect(refusal(page)).toEqual({ key: 'imp_noYearNoTitle', params: {} });
    expect(importPlan(page, { year: 2015 }).plan.title).toBe('2015年工作要点');
  });

  it('a plan about 无障碍 keeps its title', () => {
    const plan = ['2024年无障碍环境建设工作计划', '一、设施改造', '1.改造无障碍坡道20处。'].join('\n');
    expect(importPlan(plan).plan.title).toBe('2024年无障碍环境建设工作计划');
  });
});

describe('hunt: a list led by a paragraph reviewing the past year (commerce-jiangmen-2022)', () => {
  it('会议指出,过去一年,…取得新成效。主要体现在三个方面。 over 1、…: the list reviews, the page is refused (was: 2021年工作要点, 增长25.2% a target)', () => {
    expect(refusal(readFixture('real/commerce-jiangmen-2022.txt'))).toEqual({ key: 'imp_workReport', params: { title: '商务高质量发展迈进快车道' } });
  });

  it('a plan\'s preamble naming the year before and announcing its own work keeps its items', () => {
    const plan = ['某局2023年工作要点', '过去一年,全局工作取得显著成效。2023年,重点抓好以下几个方面:', '1.新建学校2所。', '2.新增就业500人。'].join('\n');
    expect(importedItems(plan).map((i) => i.id)).toEqual(['1', '2']);
  });
});

describe('hunt: a body run together with no spaces, a heading running into its first sub-section (civil-2021)', () => {
  it('一、2021年完成的主要工作(一)民政系统…: the body is cut at its marks, and the review refused (was: no numbered items)', () => {
    expect(refusal(readFixture('real/civil-2021.txt'))).toEqual({ key: 'imp_workReport', params: { title: '2021年完成的主要工作' } });
  });

  it('a plan run together so reads its sections and sub-sections', () => {
    const plan =
      '某县2024年工作要点为推动全县经济社会高质量发展,根据县委全会精神,结合实际,制定本要点。一、经济发展(一)新建产业园区2个,完成固定资产投资50亿元。(二)引进亿元以上企业5家。二、民生保障(一)新建学校2所。(二)新增城镇就业500人。三、作风建设(一)加强干部学习培训。';
    expect(importedItems(plan).map((i) => i.id)).toEqual(['一-一', '一-二', '二-一', '二-二', '三-一']);
  });
});

describe('hunt: a report on a plan year (dongli-plan-2024, a 蓬江 通報)', () => {
  it('一、2023年国民经济和社会发展计划执行情况 reviews the year: the page, nothing else on it, is refused (was: 2 targets of 2023)', () => {
    expect(refusal(readFixture('real/dongli-plan-2024.txt'))).toEqual({ key: 'imp_workReport', params: { title: '2023年国民经济和社会发展计划执行情况' } });
  });

  it('a 通報 of half a year\'s progress numbering its own parts (一、主要經濟指標) is refused as a progress report (was: 1-6月 figures as targets)', () => {
    const page = [
      '關(guān)于蓬江區(qū)2022年重點(diǎn)工作1-6月進(jìn)展情況的通報(bào)',
      '2022年3月,區(qū)委辦公室、區(qū)政府辦公室印發(fā)《關(guān)于印發(fā)〈蓬江區(qū)委、區(qū)政府2022年重點(diǎn)工作任務(wù)分解表〉的通知》,明確2022年各鎮(zhèn)(街)、區(qū)有關(guān)單位的年度重點(diǎn)工作任務(wù)分工,并由區(qū)委辦公室、區(qū)政府辦公室對(duì)重點(diǎn)工作任務(wù)完成情況進(jìn)行全流程跟蹤督查,現(xiàn)將1-6月重點(diǎn)工作進(jìn)展情況通報(bào)如下:',
      '一、主要經(jīng)濟(jì)指標(biāo)',
      '1-6月,全區(qū)實(shí)現(xiàn)生產(chǎn)總值401.84億元,同比增長約3.4%;規(guī)模以上工業(yè)增加值130.5億元,同比增長約2%;固定資產(chǎn)投資總額180.58億元,同比增長約6.4%;社會(huì)消費(fèi)品零售總額132.93億元,同比增長約2.2%;外貿(mào)進(jìn)出口總額261.6億元,同比增長11.2%。',
      '二、重點(diǎn)工作和民生實(shí)事方面',
      '截至6月底,119項(xiàng)區(qū)委、區(qū)政府重點(diǎn)工作和39項(xiàng)區(qū)十件民生實(shí)事項(xiàng)目均按進(jìn)度推進(jìn)中。',
    ].join('\n');
    expect(refusal(page)).toEqual({ key: 'imp_progressReport', params: { title: '關于蓬江區2022年重點工作1-6月進展情況的通報' } });
    expect(toNorm('通報')).toBe('通报');
  });
});

describe('hunt: a year named from when the text was written (a 下陆区 分解 dated 2022年12月27日 for 2023)', () => {
  const page = [
    '区人民政府办公室关于印发2023年区政府工作报告重点任务分解的通知',
    '长乐山工业园区、各街办,区政府各部门,市垂管各单位:',
    '2023年区政府工作报告重点任务分解》已经区政府研究同意,现印发给你们,请认真抓好落实。',
    '                          2022年12月27日',
    '2023年区政府工作报告重点任务分解',
    '一、坚定不移推进融圈入群,构建“四园”并进发展格局',
    '(一)抓机遇、引龙头,加快建设老鹳庙临空跨境电商产业园',
    '1.秉承“深耕一域,做熟一域”的发展思路,依托鄂州花湖机场全面运营带来的临空优势,深度研究临空产业需求和落户要素,大力推进一期核心区建设,引进跨境电商领域龙头企业入驻,确保仓储物流区明年7月份建成、商业引导区明年11月份建成,并实现一期核心区明年年底满园运营。[责任单位:老街办、区招商服务中心、长乐投资有限公司]',
  ].join('\n');

  it('written the year before the plan, 明年7月份建成 is July of the plan\'s year (was: no date at all)', () => {
    expect(importedItems(page)[0]?.targets).toEqual([['milestone', 100, '%', '2023-07-31']]);
  });

  it('明年 in a text written in its plan\'s year stays the year after; 今年7月底前 and 今年年底前 are the plan\'s year', () => {
    const plan = ['某局2024年工作要点', '一、建设', '1.今年7月底前完成老旧小区改造10个。', '2.今年年底前建成公园2个。', '3.明年7月份建成体育馆。'].join('\n');
    expect(importedItems(plan).map((i) => i.targets.map((t) => t[3]))).toEqual([['2024-07-31'], ['2024-12-31'], []]);
  });
});

describe('hunt: sub-sections numbered in tortoise-shell brackets, 〔一〕 〔二〕 (county-culture-2024, a document site\'s copy on one line)', () => {
  it('〔一〕 is (一): the four sub-sections are the items under their 一、 (was: two items, each swallowing its 〔一〕〔二〕)', () => {
    const items = importedItems(readFixture('real/county-culture-2024.txt'));
    expect(items.map((i) => i.id)).toEqual(['一-一', '一-二', '二-一', '二-二']);
  });

  it('a 文号\'s 〔2024〕 and a label\'s 〔责任单位:…〕 stay what they are', () => {
    expect(toNorm('〔一〕〔十二〕')).toBe('(一)(十二)');
    expect(toNorm('县政办发〔2024〕3号〔责任单位:县文旅局〕')).toBe('县政办发〔2024〕3号〔责任单位:县文旅局〕');
  });
});

describe('hunt: a site\'s 推荐文章 label over an empty box before the article (chuan360-township-2023)', () => {
  const page = readFixture('real/chuan360-township-2023.txt');

  it('the short numbered headings after the article\'s prose are its items, not links (was: no numbered items)', () => {
    expect(refusal(page)).toBeUndefined();
    expect(importedItems(page).map((i) => i.id)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('short numbered lines under the label with no paragraph before them are still a list of links', () => {
    const tail = ['某镇2023年工作计划', '一、经济发展', '1.推进乡村振兴,全年新建大棚20个。', '推荐文章', '1. 2022年乡镇工作总结', '2. 2024年乡镇工作计划'].join('\n');
    expect(importedItems(tail).map((i) => i.id)).toEqual(['1']);
  });
});

describe('hunt: a model text\'s counts left blank for the user to fill in (360docs, 2024年公司各部门年度绩效考核目标责任书范例)', () => {
  const page = [
    '2024年公司各部门年度绩效考核目标责任书',
    '一、考核标准',
    '2. 市场核查及督导需达____人次(____分)。',
    '3. 新产品调研与开发,全年完成____个以上(____分)。',
    '4. 农化服务活动需达____人次以上(____分)。',
    '5. 定期召开定价会议,全年需达____次(____分)。',
  ].join('\n');

  it('sets no target: the count is not written, there is nothing whole to complete (was: two milestones, 完成 and 召开)', () => {
    expect(importedItems(page).map((i) => i.targets)).toEqual([[], [], [], []]);
  });

  it('nor when the blank is XX / ×× / X; a written count stays a target and a milestone with no count stays one', () => {
    const plan = ['某局2024年工作要点', '一、重点工作', '1.全年完成XX个项目建设。', '2.全年召开会议×次。', '3.全年完成培训12次。', '4.年底前完成X射线机更新。'].join('\n');
    expect(importedItems(plan).map((i) => i.targets.map((t) => t[0]))).toEqual([[], [], ['at_least'], ['milestone']]);
  });
});

describe('hunt: a list\'s first mark run into its heading after the colon (360docs, 2024年公司各部门年度绩效考核目标责任书范例)', () => {
  const page = [
    '2024年公司各部门年度绩效考核目标责任书范例(二篇)',
    '2024年公司各部门年度绩效考核目标责任书范例为强化市场审计功能,增强市场研究力度,确保公司物资的有效监管,发挥信息效用,充分调动职能部室的职能,以推动企业的持续发展,特与贵单位订立以下责任书:一、考核标准:(一) 绩效考核标准(____分):1. 市场档案构建与完善,完成率需达____%以上(____分)。',
    '2. 市场核查及督导需达____人次(____分)。',
    '(二) 关键工作任务标准(____分):1. 市场分析与预测,以及监管工作(____分)。',
    '2. 广告及企业形象策划,商标管理及会议筹备、召开(____分)。',
    '二、评分准则:(一) 绩效考核评分准则:1. 完成率每±____%,影响考核____分。',
    '2. 每±____人次,影响考核____分。',
  ].join('\n');

  it('starts the section, the sub-section and item 1 where their marks stand, when their second marks open later lines (was: item 1 of each list lost)', () => {
    expect(importedItems(page).map((i) => i.id)).toEqual(['一-一-1', '一-一-2', '一-二-1', '一-二-2', '二-1', '二-2']);
  });

  it('a heading and its first item in one paragraph: the item keeps its target', () => {
    const plan = ['某局2024年工作要点', '一、主要工作:1.开展培训10次。', '2.推进改革。'].join('\n');
    expect(importedItems(plan).map((i) => [i.id, i.targets.length])).toEqual([['1', 1], ['2', 0]]);
  });

  it('not an item\'s own list after a colon (衡量标准:1.…;2.…), nor a 1. after a colon no 2. follows', () => {
    const plan = ['某局2024年工作要点', '一、重点工作', '1.推动市场迁建。衡量标准:1.完成委托25%;2.完成招标50%。', '2.推动土地规划。', '3.召开会议,议题如下:1.审议预算。'].join('\n');
    expect(importedItems(plan).map((i) => i.id)).toEqual(['1', '2', '3']);
  });
});

describe('hunt: a section whose sub-section marks (一)…(九) are its tasks, one sentence each, beside a section of (一) over 1. (nasc.gov.tw, 年度施政目標)', () => {
  const page = [
    '年度施政目標',
    '一、深化民主改革,落實人權保護,強化地方自治效能:',
    '(一)深化民主改革:',
    '1、賡續推動選制改革,研議不在籍投票制度,確保公民的參政權利,擴大保障選舉權,制定政黨法,納入政黨黨內民主程序及防止賄選機制,建構政黨公平競爭環境,健全公民參政機制,以提升民主品質,落實廉能政治。',
    '(二)落實人權保護:',
    '1、加強防制人口販運。',
    '2、協助外籍配偶適應環境,充分發揮多元文化精神。',
    '二、協助弱勢族群,健全社會福利網絡:',
    '(一)保障弱勢族群經濟生活,修正社會救助法,擴大弱勢照顧範圍。',
    '(二)落實兒童少年高風險家庭關懷。',
    '(三)修正兒童及少年福利法,保障兒童少年最佳利益。',
    '(七)提升婦女權益。',
  ].join('\n');

  it('each sentence at the sub-section\'s level is an item (was: 部分 二 没有编号事项, all dropped)', () => {
    expect(importedItems(page, 2009).map((i) => i.id)).toEqual(['一-一-1', '一-二-1', '一-二-2', '二-一', '二-二', '二-三', '二-七']);
  });

  it('a bare sub-section heading with nothing under it is still no item', () => {
    const plan = ['某局2024年工作要点', '一、深化改革', '(一)深化民主改革', '1.推动选制改革。', '(二)落实人权保护', '二、健全社会福利网络', '(一)落实儿童关怀。'].join('\n');
    expect(importedItems(plan).map((i) => i.id)).toEqual(['一-一-1', '二-一']);
  });
});

describe('hunt: a plan numbered as a decimal outline, 第二章 / 2.1 / 2.1.1, run together in a document site\'s preview (renrendoc, 2025年新学期学校工作计划)', () => {
  const page = [
    '2025年新学期学校工作计划_第1页',
    '文档简介',
    '2025年新学期学校工作计划第一章指导思想与总体目标1.1指导思想以习近平新时代中国特色社会主义思想为统领,全面贯彻党的二十大精神,推动学校治理体系与治理能力现代化。1.2总体目标到2025年7月,建成“学生喜欢、家长信任、教师幸福、社会认可”的区域优质示范校;学生学业水平绿色指标优良率≥92%,体质健康达标率≥96%,家长满意度≥95%。第二章党建与思想政治工作2.1党支部“三化”建设2.1.1标准化:修订《党支部工作手册》,细化“三会一课”流程图。2.1.2品牌化:打造“红烛先锋·润心育人”品牌,每月最后一周周五下午开展“党员教师进社区”义务辅导,服务对象登记造册,全年不少于12次。2.1.3信息化:依托“学习强国”学校管理平台,建立党员积分制。2.2思政课程与课程思政2.2.1课程建设:成立“大中小学思政一体',
  ].join('\n');

  it('reads 第二章 as 二、, 2.1 as (一), 2.1.1 as 1. (was: no numbered items)', () => {
    const items = importedItems(page);
    expect(items.map((i) => i.id)).toEqual(['一-二', '二-一-1', '二-一-2', '二-一-3', '二-二-1']);
    expect(items[2]?.targets).toEqual([['at_least', 12, '次', '2025-12-31']]);
  });

  it('on lines of their own, with spaces; an amount (1.5万元, 2.5万人次) stays an amount', () => {
    const plan = ['某小学2025年工作计划', '第一章 党建工作', '1.1 组织建设', '1.1.1 修订党支部工作手册。', '1.1.2 打造党建品牌,投入1.5万元。', '1.2 队伍建设', '1.2.1 培训党员2.5万人次。', '第二章 教学工作', '2.1 课程建设', '2.1.1 成立思政一体化教研组。'].join('\n');
    const items = importedItems(plan);
    expect(items.map((i) => i.id)).toEqual(['一-一-1', '一-一-2', '一-二-1', '二-一-1']);
    expect(items[1]?.targets.map((t) => [t[1], t[2]])).toEqual([[1.5, '万元']]);
  });

  it('a text numbered 1.1 / 1.2 alone (no third level) keeps its lines as they are', () => {
    const plan = ['某县2011年目标', '二、经济发展重点工作目标', '2.1项目引资目标', '(1)引进项目15个。', '2.2工业发展目标', '(1)新增规上企业3家。'].join('\n');
    expect(importedItems(plan).map((i) => i.id)).toEqual(['二-1', '二-1-2']);
  });
});

describe('hunt: a month of a year after 到, 到2025年7月 (renrendoc, 2025年新学期学校工作计划: 1.2总体目标到2025年7月,建成…)', () => {
  const page = [
    '2025年新学期学校工作计划_第1页',
    '文档简介',
    '2025年新学期学校工作计划第一章指导思想与总体目标1.1指导思想以习近平新时代中国特色社会主义思想为统领,全面贯彻党的二十大精神,落实《教育强国建设规划纲要(2021—2035)》和《基础教育课程教学改革深化行动方案》,坚持“五育并举、融合育人”,以“学生发展核心素养”为中心,以“数字校园2.0”建设为抓手,以“安全零事故、质量再提升、治理现代化”为底线,推动学校治理体系与治理能力现代化。1.2总体目标到2025年7月,建成“学生喜欢、家长信任、教师幸福、社会认可”的区域优质示范校;学生学业水平绿色指标优良率≥92%,体质健康达标率≥96%,心理危机预警干预率100%,教师信息化教学能力达标率100%,校园重大安全责任事故为零,家长满意度≥95%,教育经费使用绩效评价为A级。第二章党建与思想政治工作2.1党支部“三化”建设2.1.1标准化:修订《党支部工作手册》,细化“三会一课”流程图,统一使用“红烛云”APP签到、拍照、上传,缺席党员48小时内补学。2.1.2品牌化:打造“红烛先锋·润心育人”品牌,每月最后一周周五下午开展“党员教师进社区”义务辅导,服务对象登记造册,全年不少于12次。2.1.3信息化:依托“学习强国”学校管理平台,建立党员积分制,积分与评优评先、职称推荐挂钩,年度积分低于600分者取消评优资格。2.2思政课程与课程思政2.2.1课程建设:成立“大中小学思政一体',
  ].join('\n');

  it('dates the clause by that month\'s end: the step a milestone due then (was: no date at all)', () => {
    const goal = importedItems(page).find((i) => i.id === '一-二');
    expect(goal?.targets[0]).toEqual(['milestone', 100, '%', '2025-07-31']);
  });

  it('a target in the clause is due then; 到2025年7月底 and 到2025年7月1日 keep their own readings; 到2025年, the year\'s end', () => {
    const plan = ['某校2025年工作计划', '一、目标', '1.到2025年7月,优良率≥92%。', '2.到2025年7月底,优良率≥92%。', '3.到2025年7月1日前,达标率≥96%。', '4.到2025年,满意度≥95%。'].join('\n');
    expect(importedItems(plan).map((i) => i.targets.map((t) => t[3]))).toEqual([['2025-07-31'], ['2025-07-31'], ['2025-07-01'], ['2025-12-31']]);
  });
});

describe('hunt: a notice opening on its 文号 alone, handing out a plan it then names short (heze-2023)', () => {
  const page = readFixture('real/heze-2023.txt');

  it('the book handed out is the long name, not the short one after 以下简称, nor the 文号 line (was: 菏政办字 〔2023〕1号)', () => {
    const plan = importPlan(page).plan;
    expect(plan.title).toBe('菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案');
    expect(plan.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('a 文号 spaced before its bracket still dates the notice; alone on its line it is no headline', () => {
    const notice = ['菏政办字 〔2023〕1号', '各县区人民政府:', '现将《某市重点任务清单》(以下简称《清单》)印发给你们,请认真贯彻实施。', '一、推进改革', '1.完成改革任务。(牵头单位:市发展改革委)'].join('\n');
    const plan = importPlan(notice).plan;
    expect([plan.title, plan.period.start]).toEqual(['某市重点任务清单', '2023-01-01']);
  });
});

describe('hunt: a title run straight into its first heading, 工作安排一、2023年工作完成情况(一)… (culture-review-2024, a document site\'s preview)', () => {
  it('the heading is cut off the title as after a sentence\'s end, so the page is refused as the review it is (was: no numbered items)', () => {
    expect(refusal(readFixture('real/culture-review-2024.txt'))).toEqual({ key: 'imp_workReport', params: { title: '2023年工作完成情况' } });
  });

  it('a plan so run together is read from its first heading', () => {
    const page =
      '某县文化和旅游局2024年重点工作安排一、推进文旅融合(一)建设文化设施。新建农家书屋10个,改造乡镇综合文化站3个。(二)举办文化活动。全年开展送戏下乡活动100场以上。(三)发展旅游产业。创建3A级旅游景区1个。';
    const plan = importPlan(page).plan;
    expect(plan.title).toBe('某县文化和旅游局2024年重点工作安排');
    expect(plan.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['一', '二', '三']);
  });
});

describe('hunt: two counts of a 乡村振兴 实施意见 the target reader let pass (yunnan-rural-2022)', () => {
  it('推广 a practice over an area is work to reach it; 各 after a list of things is one target apiece (was: 4 of 6)', () => {
    const items = importedItems(readFixture('real/yunnan-rural-2022.txt'));
    expect(items[0]?.targets.map((t) => [t[0], t[1], t[2]])).toEqual([
      ['level', 62870000, '亩'],
      ['level', 19300000, '吨'],
      ['at_least', 500000, '亩'],
      ['at_least', 100000, '亩'],
      ['at_least', 100000, '亩'],
      ['at_least', 100000, '亩'],
    ]);
  });

  it('各 after one thing, 每个乡镇各建1个, stays one target', () => {
    const plan = ['某县2024年农业农村工作要点', '一、农业生产', '1.推广水肥一体化技术3万亩。', '2.每个乡镇各建设1个农机服务中心。'].join('\n');
    expect(importedItems(plan).map((i) => i.targets.map((t) => [t[0], t[1], t[2]]))).toEqual([[['at_least', 30000, '亩']], [['at_least', 1, '个']]]);
  });
});

describe('hunt: a notice\'s own requirements, then the plan\'s first task 1. with no title between (heze-2023)', () => {
  const page = readFixture('real/heze-2023.txt');

  it('一、高度重视… 二、压实责任… 三、加强督导… are the notice\'s: the plan is item 1 alone, copied from a viewer too (was: 一, 二, 三-1 there)', () => {
    expect(importedItems(page).map((i) => i.id)).toEqual(['1']);
    expect(importedItems(viewerCopy(page)).map((i) => i.id)).toEqual(['1']);
    expect(importPlan(page).warnings.some((w) => w.code === 'imp_noticeBody')).toBe(true);
  });
});

describe('hunt: a page cut before the numbered tasks, its (一) the item level (suining-approval-2019)', () => {
  it('(一)指导思想 and (二)改革内容 under 一、总体要求 frame the plan: only (三)主要目标, holding the target, is an item (was: three items)', () => {
    const items = importedItems(readFixture('real/suining-approval-2019.txt'));
    expect(items.map((i) => [i.id, i.targets])).toEqual([['三', [['at_most', 90, '个工作日', '2019-06-30']]]]);
  });

  it('(一) items that are the plan\'s work under a heading of work are all kept', () => {
    const plan = ['某市2024年工作方案', '一、重点任务', '(一)推进审批改革。完善审批流程。', '(二)加强监管。健全监管机制。'].join('\n');
    expect(importedItems(plan).map((i) => i.id)).toEqual(['一', '二']);
  });
});

describe('hunt: a copy that stops before the plan\'s tasks, only its framing on the page (guangyuan-safety-2024, xuchang-2016, jingan-2018)', () => {
  it('总体要求 / 指导思想 / 基本原则 with no unit and no target are refused in one line (was: imported as the plan\'s items)', () => {
    expect(refusal(readFixture('real/guangyuan-safety-2024.txt'))).toEqual({ key: 'imp_framingOnly', params: { title: '总体要求' } });
    // (xuchang-2016 names its year only as the plan's start, 从2016年起: the clerk passes it.)
    expect(() => importPlan(readFixture('real/xuchang-2016.txt'), { year: 2016 })).toThrow(expect.objectContaining({ detail: { key: 'imp_framingOnly', params: { title: '指导思想' } } }));
    expect(refusal(readFixture('real/jingan-2018.txt'))).toEqual({ key: 'imp_framingOnly', params: { title: '总体要求' } });
  });

  it('a framing heading holding a target, or one given a unit, is the plan\'s and is read', () => {
    expect(refusal(['某市2024年行动方案', '一、主要目标', '到2024年底,建成示范社区10个。'].join('\n'))).toBeUndefined();
    expect(refusal(['某省2019年重点工作分工', '一、总体要求', '(一)总体要求:坚持稳中求进工作总基调。(省发展改革委牵头)'].join('\n'))).toBeUndefined();
    expect(refusal(['某区2022年实事项目', '一、总体目标1.5万人次参加培训,覆盖全区'].join('\n'))).toBeUndefined();
  });
});
