// The rules the sixth batch asked for, each on lines of the real published text it came from
// (tests/fixtures/import/pending/ or, once passing, real/: xinchang-2021, …).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems, schemaErrors } from './helpers.js';

describe('a pipe table whose rows start "1.项目名称 |" and whose merged cells left short rows (xinchang-2021)', () => {
  const table = [
    '2021年新昌县政府十方面民生实事进展情况登记表',
    '项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |',
    '1.城市人居环境提升项目 | 对人民中路等3条城区道路进行综合提升改造; | 11月 | 建设局 |',
    '2021.8 | 城投集团 | ||',
    '对七星路等重点区域进行绿化亮化提档升级; | 2021.12 | 城投集团 | |',
    '新建城市口袋公园2处; | 11月 | 建设局 | |',
    '新建停车场3处,新增停车位1000个以上。 | 11月 | 建设局 | |',
    '2021年11月 | 经开区 | ||',
    '2.生态公墓建设项目 | 持续推进生态公墓建设,新建生态公益性墓地15处,新增墓穴10000穴;出台实施公墓管理办法,加强对已建公墓管理。 | 10月底 | 民政局 |',
    '计划10月底完成新增墓地建设 | 公共服务集团 | ||',
  ].join('\n');

  it('the number in the first cell is the item, the 牵头单位 column its lead, the 计划完成时间 column its deadline (was: the row read as one line of text, no unit)', () => {
    const got = importedItems(table);
    expect(got.map((i) => i.id)).toEqual(['1', '2']);
    expect(got[1]).toMatchObject({ departments: ['民政局', '公共服务集团'], lead: ['民政局', '公共服务集团'] });
    expect(got[1]?.targets).toContainEqual(['at_least', 15, '处', '2021-10-31']);
    expect(schemaErrors(importPlan(table).plan)).toEqual([]);
  });

  it('a short row with neither number nor name adds its task, time and unit to the item above', () => {
    const first = importedItems(table)[0];
    expect(first?.departments).toEqual(['建设局', '城投集团', '经开区']);
    expect(first?.lead).toEqual(['建设局', '城投集团', '经开区']);
    // A task cell with a count ("新建城市口袋公园2处;") is neither a unit nor a date. The tasks of the short rows are the item's: their counts are its targets, due at the item's time (11月).
    for (const t of [['at_least', 2, '处', '2021-11-30'], ['at_least', 3, '处', '2021-11-30'], ['at_least', 1000, '个', '2021-11-30']]) expect(first?.targets).toContainEqual(t);
  });
});

describe('a page that lost its paragraph marks: the whole body on one line (zhangzhen-2023)', () => {
  const page = [
    '索引号: | 002590139/2023-74151 | 公开方式: | 主动公开 |',
    '发布单位: | 章镇镇 |',
    '2023年章镇镇政府主要工作安排和任务分解 | ||',
    '2023年是全面贯彻落实党的二十大精神的开局之年,是“八八战略”实施20周年,也是章镇镇省级小城市建设的关键一年,做好新一年的政府工作责任重大、使命光荣、意义深远。' +
      '2023年政府工作的指导思想是:高举习近平新时代中国特色社会主义思想伟大旗帜,深入贯彻落实党的二十大和省市区重要决策部署,深入实施“双一号工程”。' +
      ' 围绕上述目标,我们将重点抓好以下五方面工作: (一)聚力提质增效,加快多链融合,塑造产业发展新优势。实体经济是制胜未来的根基所在、优势所在、底气所在,要加速产业转型升级,推进产业基础高级化、产业链现代化,激发高质量发展动力活力。' +
      ' 1.构建现代产业体系。绘制“产业链鱼骨图”,围绕环保设备(水处理设备)、专用设备和建筑新材料等产业基础强链补链延',
  ].join('\n');

  it('a numbering mark after a sentence\'s end and a space starts a paragraph again (was: "no numbered items found")', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('2023年章镇镇政府主要工作安排和任务分解');
    expect(r.plan.sections).toHaveLength(1);
    expect(r.plan.sections[0]?.title).toMatch(/^聚力提质增效,加快多链融合,塑造产业发展新优势/);
    expect(importedItems(page)).toEqual([{ id: '1', departments: [], targets: [] }]);
    // Warnings name the line the text stands on.
    expect(r.warnings.find((w) => w.item === '1')?.line).toBe(4);
  });

  it('a short line keeps its inline marks ("要求: 1.…" in one sentence is not split)', () => {
    const text = ['2023年工作要点', '1.抓好安全生产。重点是: (一)隐患排查; 2.应急演练。'].join('\n');
    expect(importedItems(text).map((i) => i.id)).toEqual(['1']);
  });
});

describe('a 印发通知 in Traditional characters whose title names the plan without 《》 (wuxi-2023)', () => {
  const page = [
    '文號 | 錫政發〔2023〕5號 |',
    '---|---|',
    '制發機關 | 無錫市人民政府 |',
    '市政府關于印發2023年度民生服務',
    '“十百千”行動實施方案的通知',
    '錫政發〔2023〕5號',
    '各市(縣)、區人民政府,市各委辦局,市各直屬單位:',
    '現將《2023年度民生服務“十百千”行動實施方案》印發給你們,請認真貫徹實施。',
    '無錫市人民政府',
    '2023年3月14日',
    '(此件公開發布)',
    '2023年度民生服務“十百千”行動實施方案',
    '一、深入實施十項人代會票決產生的重點民生實事項目',
    '(一)增強責任意識。各地各有關部門要切實增強責任感和使命感。',
  ].join('\n');

  it('the plan is the one the notice hands out (關于印發…的通知), not the notice (was: title 市政府關于印發…的通知)', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('2023年度民生服務“十百千”行動實施方案');
    expect(r.plan.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(schemaErrors(r.plan)).toEqual([]);
  });
});

describe('a share of a whole as the level to reach (xian-2021)', () => {
  const text = [
    '魅力城市建设十大专项行动方案',
    '一、城市违法建设治理专项行动',
    ' 1.加大违建整治力度。巩固提升拆违拆临成果,健全完善长效管控机制,持续推进无违建街(镇)建设,12 月底前全市无违建街(镇)达到全市街(镇)总数的 80%。对 2020 年已达标的部分三级和二级无违建街(镇)进行提档升级,进一步精细化消减剩余存量违法建筑,提档升级街(镇)比例达到 50%以上。',
  ].join('\n');

  it('达到…总数的 80% at the clause\'s end is a level of 80 % (was: skipped); 达到80%的企业 stays a condition', () => {
    expect(importedItems(text, 2021)[0]?.targets).toEqual([
      ['level', 80, '%', '2021-12-31'],
      ['at_least', 50, '%', undefined],
    ]);
    expect(importedItems('2021年工作要点\n1.推进改造,达到80%的企业完成改造。', 2021)[0]?.targets).toEqual([]);
  });
});

describe('a 实施方案 that names no year anywhere, its targets dated years ahead (chengdu-2024)', () => {
  const page = [
    '成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知',
    '各区(市)县政府(管委会),市级有关部门,有关单位:',
    '经市领导同意,现将《成都市城市社区嵌入式服务设施建设工程实施方案》印发给你们,请结合实际认真贯彻落实.',
    '一、主要目标',
    '到2025年底前,全市首批100个嵌入式服务设施建设示范社区全面建成,实现各类嵌入式设施空间协同布局、功能复合设置和可持续运营,形成可复制、可推广的经验、政策或模式。',
    '到2027年底前,在总结试点形成的经验做法和有效建设模式基础上,向全市更多社区推开,确保四川天府新区、成都高新区、锦江区、青羊区、金牛区、武侯区、成华区50%的城市社区建成完备的社区嵌入式服务综合体(社区服务中心);成都东部新区、龙泉驿',
  ].join('\n');

  it('--period gives where it starts, the plan runs as far as its targets are dated, as a title without a year does (was: the year 2024, both dates dropped)', () => {
    const r = importPlan(page, { year: 2024 });
    expect(r.plan.period).toEqual({ start: '2024-01-01', end: '2027-12-31' });
    expect(r.hints).toContainEqual({ code: 'imp_periodFromTargetsGiven', params: { start: '2024-01-01', end: '2027-12-31' } });
    expect(schemaErrors(r.plan)).toEqual([]);
    // A document with a year of its own (a 文号) and --period: one year, as before.
    const withNo = page.replace('各区(市)县政府', '成发改〔2024〕12号\n各区(市)县政府');
    expect(importPlan(withNo, { year: 2024 }).plan.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('a clause opening on 全市首批 + a count that says what is done to them is a count to reach; 50%的城市社区建成… a share to reach (was: two milestones)', () => {
    expect(importedItems(page, 2024)).toEqual([
      {
        id: '一',
        departments: [],
        targets: [
          ['at_least', 100, '个', '2025-12-31'],
          ['level', 50, '%', '2027-12-31'],
        ],
      },
    ]);
    // A comparator before the share says which ones: a condition, no target.
    expect(importedItems('2024年工作要点\n1.推进改造,达到80%的企业完成改造。', 2024)[0]?.targets).toEqual([]);
  });
});

describe('a 民生实事 登记表 whose rows carry their own times (xinchang-2021)', () => {
  const head = ['2021年新昌县政府十方面民生实事进展情况登记表', '项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |'];
  const table = (...rows: string[]) => [...head, ...rows].join('\n');

  it('a task row left by merged cells with a time of its own is dated by it; with no number it is a milestone then (was: 2021.12 lost, no target)', () => {
    const got = importedItems(
      table(
        '1.城市人居环境提升项目 | 对人民中路等3条城区道路进行综合提升改造; | 11月 | 建设局 |',
        '2021.8 | 城投集团 | ||',
        '对七星路等重点区域进行绿化亮化提档升级; | 2021.12 | 城投集团 | |',
        '在50所学校食堂开展校园智能阳光厨房建设,推动校园食品安全智慧共治,实现“整体智治”。 | 10月底前 | 市场监管局 | |',
      ),
    );
    // 对人民中路等3条城区道路进行…改造: a count after the names it stands for (X等N条) opening its clause.
    expect(got[0]?.targets).toEqual([
      ['at_least', 3, '条', '2021-11-30'],
      ['milestone', 100, '%', '2021-12-31'],
      ['at_least', 50, '所', '2021-10-31'],
    ]);
  });

  it('a time cell numbering one date per task (1.2021年8月 2.2021年12月) dates the row\'s sentences in order (was: unreadable, every target due at another row\'s time)', () => {
    const got = importedItems(
      table('5.教育设施提升项目 | 计划投资1067万元,完成22所学校校园空调安装工程(二期);持续推进幼儿园建设,城北幼儿园、天姥幼儿园投入使用,拔茅幼儿园完成主体结顶。 | 1.2021年8月 2.2021年12月 | 教体局 |'),
    );
    expect(got[0]?.targets).toEqual([
      ['at_least', 1067, '万元', '2021-08-31'],
      ['at_least', 22, '所', '2021-08-31'],
      ['milestone', 100, '%', '2021-12-31'],
    ]);
  });

  it('steps numbered inline in one time cell (1、…7月1日项目投入试运营 2、… 3、…10月1日前完成…) are a milestone each; one past the plan\'s year is none (was: one milestone)', () => {
    const text = table(
      '4.农贸市场综合提升项目 | 建成新昌县农副产品交易物流区域并投入运行;动工建设南岩农贸市场,完成地下室基础工程。 | 1、农副产品交易物流中心7月1日项目投入试运营 2、南岩农贸市场计划2022年12月底完成项目建设 3、钟楼农贸市场星级改造计划10月1日前完成项目建设 | 公共服务集团 |',
    );
    expect(importedItems(text)[0]?.targets).toEqual([
      ['milestone', 100, '%', '2021-07-01'],
      ['milestone', 100, '%', '2021-10-01'],
    ]);
    expect(importPlan(text).warnings.map((w) => w.code)).toContain('imp_deadlineOutsideQuoted');
  });

  it('after a sum or a count, the next clause ending on a count names what it buys, counted too (投资4000万元,路面维修等养护工程60公里); 10000穴 is a count (was: 60/75 公里 and 穴 skipped)', () => {
    const got = importedItems(
      table(
        '2.生态公墓建设项目 | 持续推进生态公墓建设,新建生态公益性墓地15处,新增墓穴10000穴;出台实施公墓管理办法,加强对已建公墓管理。 | 10月底 | 民政局 |',
        '3.农村道路改造提升项目 | 投资5000万元,提升改造低等级公路40公里;投资4000万元,路面维修等养护工程60公里;投资2250万元,亮化农村公路75公里。 | 10月 | 交通运输局 |',
      ),
    );
    expect(got[0]?.targets).toEqual([
      ['at_least', 15, '处', '2021-10-31'],
      ['at_least', 10000, '穴', '2021-10-31'],
    ]);
    expect(got[1]?.targets.map((t) => `${t[1]}${t[2]}`)).toEqual(['5000万元', '40公里', '4000万元', '60公里', '2250万元', '75公里']);
  });
});

describe('a table flattened with no separators at all, as a document site shows a .docx (changzhou-zhonglou-2021)', () => {
  // The site's text: the viewer's page chunks 1、 2、 (the second inside 高新园(邹区镇)), the header run together
  // after 序号, each row number + 项目名称 + 主要内容 + 分管领导 + 牵头单位 + 配合单位 with nothing between.
  const page = [
    '2021年重大民生实事项目目标任务责任分解表.docx',
    '《2021年重大民生实事项目目标任务责任分解表.docx》由会员分享,可在线阅读,更多相关《2021年重大民生实事项目目标任务责任分解表.docx(4页珍藏版)》请在第壹文秘上搜索。',
    '1、2021年重大民生实事项目目标任务责任分解表序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给实施新建、改扩建学校重点建设项目12个,计划竣工3个,其中幼儿园7个、小学4个、初中1个;增加学位5000个,其中幼儿园420个,中小学4580个。何海平教育局经开区高新园(邹区镇)各街道市国有公司2促进就业稳定增长落实就业优先战略。全区城镇新增就业15000人,城镇登记失业率控制在3%以内;开展职业技能补贴培训10000人次。何海平人社局高新园(邹区镇',
    '2、)各街道3老城厢复兴发展完成常州盛宣怀故居(本体)修缮展陈。何海平文体旅局晋陵公司轨道公司推进大庙弄核心区改造、瞿秋白纪念馆周边立面整治及三堡街、西横街、民元里、邮电路、北大街等老城厢道路整治。芮春祥住建局五星街道南大街街道荷花池街道4优化养老服务为全区23000名老年人提供居家上门服务。张菁民政局高新园(邹区镇)各街道提升改造8家城乡社区居家养老服务中心(站)。对300户困难老人家庭进行居家适老化改造。序号项目名称主要内容区政府分管领导牵头单位配合单位5文体惠民行动新建2家“秋白书苑”,开展“幸福钟楼”、文旅惠民月等文旅惠民活动,组',
  ].join('\n');

  it('reads the header and cuts the rows at their numbers, each row by its leader, lead unit and other units', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('2021年重大民生实事项目目标任务责任分解表');
    expect(importedItems(page).map((i) => [i.id, i.leaders, i.lead, i.departments])).toEqual([
      ['1', ['何海平'], ['教育局'], ['教育局', '经开区', '高新园(邹区镇)', '各街道', '市国有公司']],
      // 人社局 is no 人社 / 局高新园: a name never starts on a unit's last character.
      ['2', ['何海平'], ['人社局'], ['人社局', '高新园(邹区镇)', '各街道']],
      // Two blocks under one number, the second led by a leader whose surname is not a common one (芮).
      ['3', ['何海平', '芮春祥'], ['文体旅局', '住建局'], ['文体旅局', '住建局', '晋陵公司', '轨道公司', '五星街道', '南大街街道', '荷花池街道']],
      // 张菁 / 民政局, not 张菁民 / 政局; the text after the units is the row's still.
      ['4', ['张菁'], ['民政局'], ['民政局', '高新园(邹区镇)', '各街道']],
      // The header again (a new page) is no row; the copy stops inside row 5.
      ['5', undefined, undefined, []],
    ]);
    expect(r.plan.sections[0]?.items.map((i) => i.title)).toEqual(['增加教育资源供给', '促进就业稳定增长', '老城厢复兴发展', '优化养老服务', '文体惠民行动']);
  });

  it('reads the counts of each row, the 其中 breakdowns and the text after the units included', () => {
    const byId = new Map(importedItems(page).map((i) => [i.id, i.targets.map(([kind, target, unit]) => `${kind} ${target}${unit ?? ''}`)]));
    // 增加学位5000个: 增加 is a task verb before a count at the clause's end.
    expect(byId.get('1')).toEqual(['at_least 12个', 'at_least 3个', 'at_least 7个', 'at_least 4个', 'at_least 1个', 'at_least 5000个', 'at_least 420个', 'at_least 4580个']);
    expect(byId.get('2')).toEqual(['at_least 15000人', 'at_most 3%', 'at_least 10000人次']);
    expect(byId.get('4')).toEqual(['at_least 23000名', 'at_least 8家', 'at_least 300户']);
    // 新建2家“秋白书苑”: a name in quotes alone is what is counted.
    expect(byId.get('5')).toEqual(['at_least 2家']);
  });

  it('leaves prose that names 序号 and a few header words alone', () => {
    const text = ['2024年工作要点', '1.按序号项目名称主要内容整理台账,新建3个档案室。'].join('\n');
    expect(importedItems(text).map((i) => [i.id, i.targets.length])).toEqual([['1', 1]]);
  });
});
