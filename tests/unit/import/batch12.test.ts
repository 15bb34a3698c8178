// The rules the twelfth held-out batch asked for, each on lines of the real published text it came
// from (tests/fixtures/import/pending/ until a document passes the bars, then real/). Two of its
// pages are 工作要点 whose whole body stands on one line, as a document-sharing site gives it: the
// marks run straight after the text before them, an item's dot after a space (`2 .`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { FIXTURES, importedItems } from './helpers.js';

describe('batch 12: a body on one line with its marks run together', () => {
  // edu-xx-2024, as the page gives it (the file name first; the body cut here after item 2's heading).
  const page = [
    'XX市教育局2024年工作要点.docx',
    'XX市教育局2024年工作要点总体要求:以习近平新时代中国特色社会主义思想为指导,为奋力答好谱写“XX篇章”的XX答卷、建设绿色高质量发展先行市贡献教育智慧和力量!' +
      '一、坚持党建引领,全面加强党对教育工作的领导1.强化党的创新理论武装。持续全面深入学习贯彻党的二十大精神,巩固拓展学习贯彻习近平新时代中国特色社会主义思想主题教育成果。' +
      '健全用党的创新理论武装党员、教育师生、指导实践的工作体系。责任科室:组织科、思政科等2 .夯实基层党组织建设。加强各级各类学校党的领导和党的建设工作,全面推进党组织建设。',
  ].join('\n');

  it('cuts before a heading after a closing !, and before an item written `2 .` (was: no numbered items)', () => {
    expect(importedItems(page).map((i) => [i.id, i.departments])).toEqual([
      ['1', ['组织科', '思政科']],
      ['2', []],
    ]);
  });

  it('takes the title off the preamble it runs into (总体要求), and the file name over it is no first half of it', () => {
    expect(importPlan(page).plan.title).toBe('XX市教育局2024年工作要点');
  });

  it('leaves a run of text with two such marks alone (a search excerpt, not a body)', () => {
    const excerpt = page.split('\n')[1]!.replace('一、坚持党建引领', '坚持党建引领');
    expect(() => importPlan(excerpt)).toThrow(/no numbered items|未找到编号事项/);
  });
});

describe('batch 12: a viewer\'s copy whose items are written `1 .` (union-district-2024)', () => {
  // The page as the site gives it: its file name, the site's line, then the viewer's page chunks
  // 1、2、3、 (the page before cut mid-word), the body's marks run straight after the text.
  const page = [
    'XX区总工会2024年工作要点.docx',
    '《XX区总工会2024年工作要点.docx》由会员分享,可在线阅读,更多相关《XX区总工会2024年工作要点.docx(11页珍藏版)》请在优知文库上搜索。',
    '1、XX区总工会2024年工作要点2024年,全区工会工作总体要求是:坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,深入学习习近平总书记关于工人阶级和工会工作的重要论述,在区委和上级工会的坚强领导下,以全区“XX”发展思路为主线,围绕XX工会三大确定的目标任务,强化思想政治引领,提升维权服务水平,加强工会自身建设,有效发挥党联系职工群众的桥梁纽带作用,团结动员全区广大职工为全面建设产强、城美、民富、人和的现代化新XX贡献力量。一、大力加强职工思想政治引领1 .坚持用党的新思想、新理论凝心聚魂。将学习宣传习近平新时代中国特色社会主义思想和党的二十大精神,作为全区各级工会的',
    '2、首要政治任务,持续抓好习近平关于工人阶级和工会工作论述摘编和中国工会十八大精神的学习贯彻落实,广泛开展有特色、接地气、入人心的职工宣讲活动,深入推动党的新思想、新理论进基层、进企业、进车间、进班组,筑牢广大职工听党话跟党走的思想基础。2 .打造健康向上的职工文化。举办形式多样丰富的职工思政课,把党的创新理论讲明白讲鲜活。把学习雷锋精神与弘扬劳模精神、劳动精神、工匠精神有机结合,打造全区工会系统学雷锋品牌。进一步丰富职工文化活动,选送一批优秀的文艺节目参加XX市职工文化艺术节。深入推进职工书屋建设,广泛开展工会特色主题阅读活动,引导职工多读书、读好书,全年争创市级职工书屋示范点1家。3 .巩固工',
    '3、会宣传教育阵地。'
  ].join('\n');

  it('reads items 1 . 2 . 3 . under 一、, the page chunks no items (was: no numbered items)', () => {
    expect(importedItems(page).map((i) => [i.id, i.targets])).toEqual([
      ['1', []],
      ['2', [['at_least', 1, '家', '2024-12-31']]],
      ['3', []],
    ]);
    expect(importPlan(page).plan.title).toBe('XX区总工会2024年工作要点');
  });
});

describe('batch 12: 〔责任单位:…〕 closing an item (sichuan-circulation-2022)', () => {
  const plan = [
    '四川省“十四五”现代流通体系建设实施方案',
    '一、深化现代流通市场化改革',
    '(一)加强市场体系建设。推进高标准市场体系建设,全面融入全国统一大市场。实施市场准入负面清单制度,实行“非禁即入”。〔责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕',
    '(二)加强反垄断和反不正当竞争执法。全面实施《四川省反不正当竞争条例》。〔责任单位:省市场监管局〕',
    '(三)推动标准化建设。支持企业参与国家标准、行业标准制定。四川省发展改革委〔2022〕15号文件明确的事项照此办理。',
  ].join('\n');

  it('reads the units of the bracket, its list ending with its first sentence; a 文号 in 〔〕 is no unit list', () => {
    expect(importedItems(plan, 2022).map((i) => [i.id, i.departments])).toEqual([
      ['一', ['省发展改革委', '省市场监管局', '商务厅', '省大数据中心']],
      ['二', ['省市场监管局']],
      ['三', []],
    ]);
  });
});

describe('batch 12: the deepest numbered level carries the tasks (zhejiang-health-2023)', () => {
  // The plan under its notice, as the 省卫健委 page gives it (cut inside the first measure).
  const plan = [
    '2023年全省卫生健康工作要点',
    '一、总体要求',
    '坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大和省第十五次党代会、省委十五届二次全会精神,确保卫生健康现代化建设开好局、起好步。',
    '二、主要任务',
    '(一)实施全民健康促进行动。',
    '1.主要目标指标。',
    '健康浙江发展指数达85,人均预期寿命达82.4岁,居民健康素养水平达39%以上,重大慢病过早死亡率降至9.3%。',
    '2.重点工作举措。',
    '(1)构建卫生健康现代化监测评价指标体系,重点指标纳入健康浙江建设考核重要',
  ].join('\n');

  it('reads the measures (1) under a numbered heading (2.重点工作举措) as the items, the heading naming them (was: 2 one item)', () => {
    expect(importedItems(plan).map((i) => [i.id, i.targets.length])).toEqual([
      ['1', 4],
      ['2-1', 0],
    ]);
    expect(importPlan(plan).plan.sections[0]?.items[1]?.title).toBe('实施全民健康促进行动：重点工作举措：构建卫生健康现代化监测评价指标体系');
  });

  it('keeps the parts of one task inside it: a part going on with the sentence (;), or units closing the list', () => {
    const parts = plan.replace('重点工作举措。', '推进数字健康建设。').replace(/\(1\)构建.*$/, '(1)建设数字健康平台1个;\n(2)建成智慧医院10家。');
    expect(importedItems(parts).map((i) => i.id)).toEqual(['1', '2']);
    const units = plan.replace(/考核重要$/, '考核重要内容。\n(2)开展健康浙江行动监测评价。\n(责任单位:省卫生健康委)');
    expect(importedItems(units).map((i) => [i.id, i.departments])).toEqual([
      ['1', []],
      ['2', ['省卫生健康委']],
    ]);
  });
});

describe('batch 12: a viewer\'s pages run on one line, their marks 1、2、3、 inside it (zhucheng-emergency-2021)', () => {
  const file = readFileSync(join(FIXTURES, 'real/zhucheng-emergency-2021.txt'), 'utf8');
  const body = file.split('\n').find((l) => l.startsWith('1、')) ?? '';

  it('drops the viewer\'s marks (2、 after a full stop, 3、 inside 50公里 / 飛行半徑), the title run into the preamble with its years cut off it, and reads the one heading of the page (was: 1、 one item)', () => {
    expect(body.length).toBeGreaterThan(600);
    const r = importPlan(file);
    expect(r.plan.title).toBe('諸城市重大突發事件應急保障體系建設行動計劃(2021-2022年)');
    expect(r.plan.period).toEqual({ start: '2021-01-01', end: '2022-12-31' });
    expect(importedItems(file).map((i) => [i.id, i.targets])).toEqual([
      ['一', [['at_most', 0.011, undefined, undefined], ['at_most', 1, '%', undefined], ['at_least', 100, '%', undefined]]],
    ]);
  });

  it('takes the title printed in the text over the site\'s file name (…行動計劃方案(2021-2022年)(18頁).docx)', () => {
    const page = ['諸城市重大突發事件應急保障體系建設行動計劃方案(2021-2022年)(18頁).docx', '諸城市重大突發事件應急保障體系建設行動計劃(2021-2022年)', '一、總體要求', body.slice(body.indexOf('到2022年'), body.indexOf('2、'))].join('\n');
    expect(importPlan(page).plan.title).toBe('諸城市重大突發事件應急保障體系建設行動計劃(2021-2022年)');
  });

  it('leaves the marks of a line opening on 1、 alone when no title follows it (the text\'s own numbering, not a viewer\'s)', () => {
    const own = ['2021年應急保障工作要點', `1、${body.slice(body.indexOf('全市突發事件'))}`].join('\n');
    const items = importPlan(own).plan.sections.flatMap((s) => s.items);
    // (2、 after a full stop goes on from 1、: the text's item 2, as batch22's run-on (二) is; 3、 inside 50公里 / 飛行半徑 stays.)
    expect(items.map((i) => i.id)).toEqual(['1', '2']);
    expect(items[1]?.text ?? '').toMatch(/^-市綜合/);
    expect(items.map((i) => i.text).join('\n')).toContain('50公里3、飛行半徑');
  });

  it('reads a distance before the radius a service reaches as its standard, no count; 全覆蓋 in a task stays a milestone', () => {
    expect(importedItems('2021年應急保障工作要點\n1.市內航空救援實現50公里飛行半徑全覆蓋。').map((i) => i.targets)).toEqual([[['milestone', 100, '%', undefined]]]);
  });

  it('keeps only the numbers of the plan\'s aims (總體要求): its goal statements (實現全覆蓋, 全面建成) are no milestones', () => {
    const aims = '諸城市重大突發事件應急保障體系建設行動計劃(2021-2022年)\n一、總體要求\n到2022年,森林消防專業隊伍實現全覆蓋,大規模群體性聚集事件有效處置率達100%。\n二、加強應急救援力量建設\n森林消防專業隊伍實現全覆蓋。';
    expect(importedItems(aims).map((i) => [i.id, i.targets.map((t) => t[0])])).toEqual([
      ['一', ['at_least']],
      ['二', ['milestone']],
    ]);
  });
});

describe('batch 12: a star after a unit marks the lead among several (longwan-2023)', () => {
  const table = [
    '2023年区政府工作报告重点工作责任分解',
    '序号', '', '重点工作', '', '责任单位', '',
    '5', '', '精准承接中央五大政策和省市“8+4”经济政策体系,迭代更新龙湾稳增长政策措施,力争全年兑现惠企资金20亿元。', '', '区政府办公室*、区财政局', '',
    '7', '', '发挥政府产业基金作用,设立新能源、软件、生命健康等重点领域专项子基金,力争基金投资超10亿元,助力新兴产业高质量发展。', '', '区财政局*、区科技局、区投促中心', '',
    '8', '', '认真落实温州扩大有效投资“百项千亿”工程,充分发挥重大项目推进专班作用。', '', '区发改局', '',
  ].join('\n');

  it('区政府办公室*、区财政局: 区政府办公室 leads, the star no part of its name; a single unit has no lead', () => {
    expect(importedItems(table).map((i) => [i.id, i.departments, i.lead])).toEqual([
      ['5', ['区政府办公室', '区财政局'], ['区政府办公室']],
      ['7', ['区财政局', '区科技局', '区投促中心'], ['区财政局']],
      ['8', ['区发改局'], undefined],
    ]);
  });

  it('in a bracket after the item too; two starred units name no single lead', () => {
    const items = importedItems(['2023年重点工作责任分解', '1.力争基金投资超10亿元。(责任单位:区财政局*、区科技局)', '2.推进项目建设。(责任单位:区财政局*、区科技局*)'].join('\n'));
    expect(items.map((i) => [i.departments, i.lead])).toEqual([
      [['区财政局', '区科技局'], ['区财政局']],
      [['区财政局', '区科技局'], undefined],
    ]);
  });
});

describe('batch 12: a 区本级任务数 column gives the figures the 区本级 is held to (longwan-2023)', () => {
  // The table as the page copies it: one cell per line, a blank line after each, one more for an empty cell.
  const cells = (rows: string[][]) => rows.flatMap((r) => r.flatMap((c) => (c === '' ? [''] : [c, ''])));
  const table = [
    '2023年区政府工作报告重点工作责任分解',
    '   二、李丹常委、常务副区长牵头重点工作',
    '',
    ...cells([
      ['序号', '重点工作', '区本级', '任务数', '责任单位'],
      ['1', '地区生产总值增长6.5%。', '', '区发改局'],
      ['2', '一般公共预算收入增长与经济增长基本同步。', '', '区财政局'],
      ['3', '固定资产投资增长10.0%左右。', '5%', '区发改局'],
      ['4', '单位生产总值能耗确保完成上级下达的目标任务。', '', '区发改局'],
      ['5', '精准承接中央五大政策和省市“8+4”经济政策体系,迭代更新龙湾稳增长政策措施,力争全年兑现惠企资金20亿元。', '9亿元', '区政府办公室*、区财政局'],
      ['6', '抢抓利好政策释放窗口期,争取省市财政专项资金13亿元以上、专项债额度15亿元。', '12亿元/10亿元', '区财政局*、区发改局'],
      ['7', '发挥政府产业基金作用,设立新能源、软件、生命健康等重点领域专项子基金,力争基金投资超10亿元,助力新兴产业高质量发展。', '10亿元', '区财政局*、区科技局、区投促中心'],
      ['8', '认真落实温州扩大有效投资“百项千亿”工程,充分发挥重大项目推进专班作用。', '', '区发改局'],
      ['9', '着力推进重大建设项目340个以上,实现固定资产投资478亿元,打好有效投资翻身仗。', '190个/226亿元', '区发改局'],
    ]),
  ].join('\n');

  it('the cell\'s figure is the target where it holds one (in place of the sentence\'s, in the same measure word); the sentence\'s where it is empty', () => {
    expect(importedItems(table).map((i) => [i.id, i.departments, i.leaders, i.targets])).toEqual([
      ['1', ['区发改局'], ['李丹'], [['level', 6.5, '%', undefined]]],
      ['2', ['区财政局'], ['李丹'], []],
      ['3', ['区发改局'], ['李丹'], [['level', 5, '%', undefined]]],
      ['4', ['区发改局'], ['李丹'], []],
      ['5', ['区政府办公室', '区财政局'], ['李丹'], [['at_least', 9, '亿元', undefined]]],
      ['6', ['区财政局', '区发改局'], ['李丹'], [['at_least', 12, '亿元', undefined], ['at_least', 10, '亿元', undefined]]],
      ['7', ['区财政局', '区科技局', '区投促中心'], ['李丹'], [['at_least', 10, '亿元', undefined]]],
      ['8', ['区发改局'], ['李丹'], []],
      ['9', ['区发改局'], ['李丹'], [['at_least', 190, '个', undefined], ['at_least', 226, '亿元', undefined]]],
    ]);
  });
});
