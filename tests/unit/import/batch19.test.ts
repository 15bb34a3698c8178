// The rules the nineteenth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems, readFixture } from './helpers.js';

describe('labels made of a role, 责任 or 负责, and what they name (chuzhou-2020)', () => {
  const plan = [
    '滁州市人民政府关于2020年市政府重点工作及责任分解的通知',
    '    一、确保完成全年主要预期目标',
    '    1. 地区生产总值增长8%以上。',
    '    牵头负责领导:金力。',
    '    牵头责任单位:市发展改革委。',
    '    协同责任单位:市经信局、市商务局、市交通局、市农业农村局、滁州经开区管委会、中新苏滁高新区管委会等。',
  ].join('\n\n');

  it('牵头负责领导:金力 names the leader; 协同责任单位 the units working with the lead (was: no leader, only the lead unit)', () => {
    const [one] = importedItems(plan);
    expect(one?.leaders).toEqual(['金力']);
    expect(one?.lead).toEqual(['市发展改革委']);
    expect(one?.departments).toEqual(['市发展改革委', '市经信局', '市商务局', '市交通局', '市农业农村局', '滁州经开区管委会', '中新苏滁高新区管委会']);
  });
});

describe('kinds of place one character each listed under one 各: one collective name (chuzhou-2020)', () => {
  const plan = (units: string) => `滁州市人民政府关于2020年市政府重点工作及责任分解的通知\n一、确保完成全年主要预期目标\n1. 财政收入增长8%左右。\n牵头责任单位:市财政局。\n协同责任单位:${units}。`;

  it('协同责任单位:市税务局、滁州海关…等,各县、市、区政府 — 各县市区政府, one unit (was: 各县政府, 各市政府, 各区政府)', () => {
    expect(importedItems(plan('市税务局、滁州海关、市人行等,各县、市、区政府'))[0]?.departments).toEqual(['市财政局', '市税务局', '滁州海关', '市人行', '各县市区政府']);
  });

  it('各乡、镇人民政府 is 各乡镇人民政府 as before; 各区、县(市)政府 (a kind with its gloss) still names two', () => {
    expect(importedItems(plan('各乡、镇人民政府'))[0]?.departments).toEqual(['市财政局', '各乡镇人民政府']);
    expect(importedItems(plan('各区、县(市)政府'))[0]?.departments).toEqual(['市财政局', '各区政府', '各县(市)政府']);
  });
});

/** dazhu-2016's table as the page copies it: one cell per line, a blank line between cells. */
const dazhu = (...rows: string[][]) =>
  ['2016年民生实事目标任务分解表', '序号', '民生实事', '责任单位', '完成时限', ...rows.flat()].join('\n\n');

describe('a header cell naming the kind of list, 民生实事, heads the task column (dazhu-2016)', () => {
  it('序号 / 民生实事 / 责任单位 / 完成时限: 新建2座人行天桥 is the task, 县住建局 the unit (was: both units)', () => {
    const items = importedItems(dazhu(['2', '新建2座人行天桥。', '县住建局', '9月投入使用'], ['9', '完成棚户区改造2836户。', '县住建局', '12月底前']), 2016);
    expect(items.map((i) => i.departments)).toEqual([['县住建局'], ['县住建局']]);
    expect(items[0]?.targets).toEqual([['at_least', 2, '座', '2016-09-30']]);
  });
});

describe('a task opening on 启动 / 迁建 (a building word) is no unit name, though it ends in 公园 or 中心 (dazhu-2016)', () => {
  it('启动建设…东湖湿地公园 and 迁建县政务服务中心 are the tasks of rows with several units', () => {
    const items = importedItems(
      dazhu(
        ['1', '启动建设东柳河城区段综合治理工程和东湖湿地公园。', '县水务局', '县住建局', '县护城河指挥部', '12月底前'],
        ['6', '迁建县政务服务中心。', '县政务服务中心', '县代建中心', '12月底前'],
      ),
      2016,
    );
    expect(items.map((i) => i.departments)).toEqual([
      ['县水务局', '县住建局', '县护城河指挥部'],
      ['县政务服务中心', '县代建中心'],
    ]);
    expect(items.map((i) => i.targets)).toEqual([[['milestone', 100, '%', '2016-12-31']], [['milestone', 100, '%', '2016-12-31']]]);
  });
});

describe('a second task under the row’s merged 序号 and unit cells, with a time of its own (dazhu-2016)', () => {
  it('开工建设县老年养护楼 / 县民政局 / 5月底前动工 / 开工建设老年大学。 / 12月底前: two milestones, each at its time', () => {
    const items = importedItems(dazhu(['5', '开工建设县老年养护楼。', '县民政局', '5月底前动工', '开工建设老年大学。', '12月底前'], ['6', '迁建县政务服务中心。', '县政务服务中心', '县代建中心', '12月底前']), 2016);
    expect(items.map((i) => i.id)).toEqual(['5', '6']);
    expect(items[0]?.departments).toEqual(['县民政局']);
    expect(items[0]?.targets).toEqual([
      ['milestone', 100, '%', '2016-05-31'],
      ['milestone', 100, '%', '2016-12-31'],
    ]);
  });
});

describe('a row’s clause starting or finishing a work with no number, beside a count, is dated by the row’s time (dazhu-2016)', () => {
  it('启动大竹县第十二小学建设,新建中心幼儿园2所。 by 12月底前: a milestone and the count, both then', () => {
    const items = importedItems(dazhu(['8', '启动大竹县第十二小学建设,新建中心幼儿园2所。', '县教科局', '县代建中心', '12月底前']), 2016);
    expect(items[0]?.targets).toEqual([
      ['at_least', 2, '所', '2016-12-31'],
      ['milestone', 100, '%', '2016-12-31'],
    ]);
  });
});

describe('a task that only pushes the work on names no state to reach: its time is no milestone (dazhu-2016)', () => {
  it('加快推进土地滩水库建设。 by 12月底前: no target; 启动县图书馆新馆建设。 by the same time: a milestone', () => {
    const items = importedItems(dazhu(['3', '启动县图书馆新馆建设。', '县文体广新局', '县代建中心', '12月底前'], ['7', '加快推进土地滩水库建设。', '县水务局', '12月底前']), 2016);
    expect(items.map((i) => i.targets)).toEqual([[['milestone', 100, '%', '2016-12-31']], []]);
  });
});

describe('a sentence describing a project as designed, by its site or floor area or design standard: no targets (yuanzhou-2023, jiujiang-livelihood-2025)', () => {
  it('…项目总用地面积24938.8㎡(37.4082亩),设计标准为二级甲等医院,新建发热门诊1栋,总床位数348床,宿舍91套。: the hospital as built, no counts to reach', () => {
    const plan = [
      '2023年区政府民生实事进展情况',
      '序号 | 项目名称 | 具体任务及目标 | 牵头单位 |',
      '2 | 医卫基础设施建设工程 | 袁州区湘赣边应急医疗救治中心项目总用地面积24938.8㎡(37.4082亩),设计标准为二级甲等医院,新建发热门诊1栋,总床位数348床,宿舍91套。 | 慈化镇 |',
    ].join('\n');
    expect(importedItems(plan)[0]?.targets).toEqual([]);
  });

  it('…公共服务设施改造等,建设面积约15万平方米 and 精品提升改造,面积约17.36万平方米: the areas the works cover, no targets', () => {
    const plan = [
      '2025年市人大代表票决民生实事项目进展情况表',
      '1.中心城区完整社区建设项目。①柴桑区九一六社区完整社区建设项目:社区综合服务站改造、市政配套设施改造,强、弱电改造、公共活动空间改造、公共服务设施改造等,建设面积约15万平方米;②濂溪区赣北商城完整社区建设项目:对赣北商城完整社区进行精品提升改造,面积约17.36万平方米。',
    ].join('\n');
    expect(importedItems(plan)[0]?.targets).toEqual([]);
  });

  it('an area to reach is still a target: 50平方公里以上建设用地面积达到海绵城市建设目标要求 (jiading-2024)', () => {
    const plan = ['嘉定区海绵城市建设实施方案', '1.嘉定区到2025年底,50平方公里以上建设用地面积达到海绵城市建设目标要求。'].join('\n');
    expect(importedItems(plan, 2024)[0]?.targets).toEqual([['at_least', 50, '平方公里', '2025-12-31']]);
  });
});

/** The 工信部 KPI table, one cell per line, each closed by " |" (miit-kpi-2018). */
const miit = readFixture('real/miit-kpi-2018.txt');
const header = ['序号 |', '指标名称 |', '预期效果 |', '完成时限 |', '指标 属性 |', '牵头负责司局 |', '备注 |'];
/** Row `n` of the table as the page gives it, under its header. */
const rows = (...n: number[]) => {
  const lines = miit.split('\n');
  const at = (k: number) => lines.findIndex((l) => l === `${k} |`);
  return [lines[0] ?? '', ...header, ...n.flatMap((k) => lines.slice(at(k), at(k) + 8).filter((l, i) => i === 0 || !/^\d+ \|$/.test(l)))].join('\n');
};

describe('a ministry’s KPI table: 牵头负责司局 is the lead column, 预期效果 the targets (miit-kpi-2018)', () => {
  it('row 1: 规划司 leads; 确定首批示范区创建名单 by 6月 a milestone at the month’s end (was: no unit, no lead)', () => {
    const one = importedItems(miit, 2018).find((i) => i.id === '1');
    expect(one).toEqual({ id: '1', departments: ['规划司'], lead: ['规划司'], targets: [['milestone', 100, '%', '2018-06-30']] });
  });
});

describe('a figure with its measure word is no date: 400项, 98% in a row beside its 完成时限 (miit-kpi-2018)', () => {
  it('row 3: 400项 the target, 10月 its time (was: 400项 read as an unreadable date, the row left without a target)', () => {
    expect(importedItems(rows(3), 2018)[0]?.targets).toEqual([['at_least', 400, '项', '2018-10-31']]);
  });
});

describe('a target column’s figure alone is the row’s target: 10个, 100个左右, 3000万吨左右, 各80个 (miit-kpi-2018)', () => {
  it('100个左右 and 3000万吨左右 are levels (about that much), 万 multiplied; 10个 at least (was: no target, a milestone)', () => {
    const items = importedItems(rows(4, 5, 6), 2018);
    // (About that much is a level wherever it stands, so the row's own words give 100个左右, dated by its 12月 as any row's target.)
    expect(items.map((i) => i.targets)).toEqual([[['level', 30000000, '吨', '2018-12-31']], [['level', 100, '个', '2018-12-31']], [['at_least', 10, '个', undefined]]]);
  });

  it('各80个 under 示范平台和创业创新示范基地数量: 80 of each, two targets', () => {
    expect(importedItems(rows(2), 2018)[0]?.targets).toEqual([
      ['at_least', 80, '个', undefined],
      ['at_least', 80, '个', undefined],
    ]);
  });

  it('words in the column are the task’s, read as before: 确定首批示范区创建名单 no figure', () => {
    expect(importedItems(rows(1), 2018)[0]?.targets).toEqual([['milestone', 100, '%', '2018-06-30']]);
  });
});

describe('a unit’s name broken by the space that aligned it in its cell (miit-kpi-2018)', () => {
  it('节能与综合 利用司, 信息化和软件 服务业司: one name each (was: read as text, the row without a unit)', () => {
    const items = importedItems(miit, 2018);
    expect(items.find((i) => i.id === '3')?.departments).toEqual(['节能与综合利用司']);
    expect(items.find((i) => i.id === '7')?.departments).toEqual(['信息化和软件服务业司']);
  });
});

/** The indicator report as the document site's viewer copies it: each page on one line after its number (county-kpi-2023). */
const county = readFixture('real/county-kpi-2023.txt');

describe('a viewer’s pages 1、 2、 3、 whose first opens on the plan’s title: the viewer’s though a page ends a sentence (county-kpi-2023)', () => {
  it('1、2023年…状况汇报 依据… / 2、规模以上工业增加值… (page 1 ends at 责任单位为区发改委;): one item 一, no items 1 2 3 (was: three)', () => {
    expect(importedItems(county).map((i) => i.id)).toEqual(['一']);
  });

  it('the title before the space, its preamble running to 具体设定状况如下: (no full stop) (was: 2023年工作要点)', () => {
    expect(importPlan(county).plan.title).toBe('2023年县域经济考核指标目标任务状况汇报');
  });

  it('the same pages without the title first are no viewer’s: items 1、 2、 that end sentences stay items', () => {
    const plan = ['2023年县域经济考核指标', ...county.split('\n').map((l) => l.replace(/^1、2023年县域经济考核指标目标任务状况汇报 /, '1、'))].join('\n');
    expect(importedItems(plan).map((i) => i.id).slice(0, 2)).toEqual(['1', '2']);
  });
});

describe('units stated in the clause each indicator closes with: 责任单位为区发改委; (county-kpi-2023)', () => {
  it('every indicator’s unit, each once, none leading (was: no unit)', () => {
    const one = importedItems(county)[0];
    expect(one?.departments).toEqual(['区发改委', '区经信局', '区科技局']);
    expect(one?.lead).toBeUndefined();
  });

  it('a unit named with 为 in prose is no attribution: 责任单位为主体 names no unit', () => {
    expect(importedItems('2023年工作要点\n1.落实责任单位为主体的工作机制,完成8项改革。')[0]?.departments).toEqual([]);
  });
});

describe('a share named right before its figure is a level to reach: 占规上工业比重6.2%, 实物商品网上零售额占比13% (county-kpi-2023)', () => {
  it('the three shares of the report, beside its growth rates (was: missed)', () => {
    const levels = importedItems(county)[0]?.targets.filter((t) => t[0] === 'level').map((t) => t[1]);
    expect(levels).toEqual([6, 8, 8, 16, 6.2, 7, 16.5, 13]);
  });
});

describe('a unit name cut by the line end goes on into the next line (shijingshan-2019)', () => {
  const plan = [
    '石景山区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案',
    '一、提高城市基层党建工作水平,加强党对基层治理的全面',
    '领导',
    '1.完善街道党工委对地区治理重大工作的领导体制机制,优',
    '化决策程序,全面提升街道抓党建、抓治理、抓服务的',
    '领导能力。',
    '牵头单位:区委组织部',
    '协办单位:区委编办、区民政局(区委社会工委)、园区党工',
    '委、各街道党工委',
    '— — — 3 —',
    '2.以区域化党建为重点,构建基层党建工作体系。',
  ].join('\n');

  it('协办单位:…、园区党工 / 委、各街道党工委: 园区党工委 and 各街道党工委 (was: 园区党工, the rest lost)', () => {
    const items = importedItems(plan, 2019);
    expect(items[0]?.departments).toEqual(['区委组织部', '区委编办', '区民政局(区委社会工委)', '园区党工委', '各街道党工委']);
    expect(items[0]?.lead).toEqual(['区委组织部']);
    expect(items.map((i) => i.id)).toEqual(['1', '2']);
  });
});

describe('the document’s own heading over the site’s, the place it names before the same words (shijingshan-2019)', () => {
  const page = [
    '电脑桌面',
    '贯彻落实《关于加强新时代街道工作的意见》的任务分解方案',
    '',
    '栏目:策划方案发布:2019-04-17浏览:3013下载230次收藏',
    '— — — 2 —',
    '石景山区贯彻落实《关于加强新时代',
    '街道工作的意见》的任务分解方案',
    '一、提高城市基层党建工作水平',
    '1.完善街道党工委对地区治理重大工作的领导体制机制。',
    '牵头单位:区委组织部',
  ].join('\n');

  it('石景山区贯彻落实《关于加强新时代 / 街道工作的意见》的任务分解方案: one heading, broken inside its 《》, and the title (was: the site’s heading without 石景山区)', () => {
    expect(importPlan(page, { year: 2019 }).plan.title).toBe('石景山区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案');
  });
});

describe('开工时间 / 竣工时间 columns date the start and the finish of each row’s project: a milestone each (jiujiang-livelihood-2025)', () => {
  /** The table as the page copies it: one cell per line, a blank line between cells, header cells over two lines. */
  const jiujiang = (...rows: string[][]) =>
    ['2025年市人大代表票决民生实事项目进展情况表(截至5月31日)', '序号', '项目名称', '项目内容', '责任单位', '开工', '时间', '竣工', '时间', '总投资', '(万元)', '项目进展情况', ...rows.flat()].join('\n\n');
  const row1 = ['1', '中心城区完整社区建设项目', '①柴桑区九一六社区完整社区建设项目:社区综合服务站改造、市政配套设施改造等;②濂溪区赣北商城完整社区建设项目:对赣北商城完整社区进行精品提升改造。', '市住建局', '柴桑区政府', '濂溪区政府', '2025年3月', '2025年12月', '23000', '①柴桑区九一六社区完整社区建设项目:4月初开工建设。②濂溪区赣北商城完整社区建设项目:2024年6月开工建设,目前已全面完工。'];
  const row2 = ['2', '打通“断头路”项目', '①浔阳区武装部南侧道路项目:东起天马小学,西至和平路道路;②九江市站前路延伸段立交工程。', '市城管局', '市城发集团', '2024年7月', '2025年12月', '7300', '①浔阳区武装部南侧道路项目:已全面完工,5月31日正式通车。'];

  it('开工 / 时间 over two lines is the 开工时间 column: the row’s three units stay units (was: 柴桑区政府 and 濂溪区政府 read into the time columns)', () => {
    expect(importedItems(jiujiang(row1, row2)).map((i) => i.departments)).toEqual([
      ['市住建局', '柴桑区政府', '濂溪区政府'],
      ['市城管局', '市城发集团'],
    ]);
  });

  it('2025年3月 / 2025年12月: begun by 2025-03-31, finished by the year’s end; 开工 2024年7月, before the plan’s year, is done already', () => {
    expect(importedItems(jiujiang(row1, row2)).map((i) => i.targets)).toEqual([
      [
        ['milestone', 100, '%', '2025-03-31'],
        ['milestone', 100, '%', undefined],
      ],
      [['milestone', 100, '%', undefined]],
    ]);
  });
});

describe('a 工作目标 section whose prose dates the year’s work, quoted as its schedule, is an item (hangzhou-livelihood-2024)', () => {
  const goal =
    '深入踐行習近平總書記考察浙江重要講話精神,以群眾普遍有感受益為衡量標準,認真辦好市政府十方麵民生實事,推動共同富裕示範區建設成果更多更公平地惠及全市人民,按照“11月前全麵完成、12月查漏補缺和完善提升”任務節點要求,嚴格落實民生實事項目責任,確保十方麵民生實事高標準落實、高質量建成、高品質運行。';
  const plan = [
    '為確保市十四屆人大四次會議票決確定的10件民生實事如期高質量完成,市政府決定,今年繼續對民生實事項目完成情況進行績效考核。現將有關要求通知如下:',
    '一、工作目標',
    goal,
    '二、工作任務',
    '(一)抓好任務分解。在《民生實事項目責任清單》《民生實事任務分解表》的基礎上,結合群眾現實需求和客觀落地條件,對已明確的點位進行再梳理,各單位要在2月29日前完成點位數據彙總,待省“民生地圖”係統權限開放後,由市政府督查室統一組織上傳。',
    '(二)明確工作責任。健全民生實事項目責任分層分類推進機製,分管副市長要親自抓部署、親自抓協調、親自抓推進、親自抓督查。',
  ].join('\n');

  it('一 holds the milestone 11月前全麵完成 (by 2024-11-30); the sub-sections are 二-一 and 二-二 (was: 一 and 二, the goal lost)', () => {
    const items = importedItems(plan, 2024);
    expect(items.map((i) => i.id)).toEqual(['一', '二-一', '二-二']);
    expect(items[0]?.targets).toEqual([['milestone', 100, '%', '2024-11-30']]);
    expect(items[1]?.targets).toEqual([['milestone', 100, '%', '2024-02-29']]);
  });

  it('N月前 before the step it dates is by that month’s end, as a 完成时限 cell’s 8月前 is: 8月前完成 (no quotes)', () => {
    const items = importedItems(['2024年工作要点', '1.各單位要在8月前完成點位數據彙總。'].join('\n'), 2024);
    expect(items[0]?.targets).toEqual([['milestone', 100, '%', '2024-08-31']]);
  });

  it('a name in quotes stays a name: “十四五”規劃, 建設“15分鐘生活圈”, no date read from it', () => {
    const items = importedItems(['2024年工作要点', '1.完成“十四五”規劃中期評估,建設“15分鐘生活圈”。'].join('\n'), 2024);
    expect(items[0]?.targets).toEqual([]);
  });
});

describe('a year the lead names as the start of something that goes on is not the plan\'s (miit-kpi-2018)', () => {
  const page = (lead: string) =>
    [
      lead,
      '序号 |',
      '指标名称 |',
      '预期效果 |',
      '完成时限 |',
      '指标 属性 |',
      '牵头负责司局 |',
      '备注 |',
      '1 |',
      '创建“中国制造2025”国家级示范区 |',
      '确定首批示范区创建名单 |',
      '6月 |',
      '预期性 |',
      '规划司 |',
      '|',
    ].join('\n');

  it('从2016年开始,我部每年都公开… then 2018年,我们继续制定: the plan is 2018\'s (was: 2016)', () => {
    const lead =
      '为加强信息公开,接受社会监督,从2016年开始,我部每年都公开有关重点工作的关键业绩指标,定期公布指标完成情况。根据工作安排,2018年,我们继续制定和公开相关指标,充分听取意见建议,不断改进和完善工作。';
    const { plan } = importPlan(page(lead));
    expect([plan.title, plan.period.start, plan.period.end]).toEqual(['2018年工作要点', '2018-01-01', '2018-12-31']);
  });

  it('a lead naming only a year of its own still gives it', () => {
    expect(importPlan(page('根据工作安排,2018年,我们继续制定和公开相关指标。')).plan.title).toBe('2018年工作要点');
  });
});
