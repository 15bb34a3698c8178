// The rules the sixteenth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems, readFixture } from './helpers.js';

describe('a poster’s blocks numbered 01, 02, … alone on their lines (jinfeng-2025)', () => {
  const poster = readFixture('real/jinfeng-2025.txt');

  it('reads the blocks as items 1–8 (was: no numbered items)', () => {
    expect(importedItems(poster).map((i) => i.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('opens the list after a line that ends no sentence: no viewer pads a page number with a zero', () => {
    const lines = ['金凤区2025年民生实事', '每一件都和市民生活息息相关', '01', '交通畅行“顺心”实事', '新增公共停车位800个。', '02', '幸福宜居“舒心”实事', '改造老旧小区20个。'];
    expect(importedItems(lines.join('\n')).map((i) => i.id)).toEqual(['1', '2']);
  });
});

describe('a bulleted point (▶, ●, ◆) opens a clause of its own (jinfeng-2025)', () => {
  const block = ['金凤区2025年民生实事', '1.幸福宜居 “舒心”实事', '▶改造老旧小区20个。', '▶建成保障性租赁住房352套。', '2.休闲健身 “悦心”实事', '▶新建小微公园2个。'];

  it('the block’s heading names the item, not run into its first point', () => {
    const items = importPlan(block.join('\n')).plan.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.title)).toEqual(['幸福宜居“舒心”实事', '休闲健身“悦心”实事']);
  });

  it('the bullet is no part of what is counted', () => {
    const items = importPlan(block.join('\n')).plan.sections.flatMap((s) => s.items);
    expect(items[0]?.targets?.map((t) => t.metric)).toEqual(['老旧小区', '保障性租赁住房']);
  });
});

describe('counts of things upgraded, repaired and lent (jinfeng-2025)', () => {
  const item = (line: string) => importedItems(`金凤区2025年民生实事\n1.${line}`)[0]?.targets;

  it('对辖区80条…进行维修更换: the count the repair is done to', () => {
    expect(item('对辖区80条背街小巷破损路面、井盖、道牙、树框进行维修更换。')).toEqual([['at_least', 80, '条', undefined]]);
  });

  it('提档升级7个…, 提升12所A、B…: upgrading that many, what is upgraded a list of kinds', () => {
    expect(item('提档升级7个小区健身场地设施。')).toEqual([['at_least', 7, '个', undefined]]);
    expect(item('提升12所中小学、幼儿园基础设施。')).toEqual([['at_least', 12, '所', undefined]]);
  });

  it('发放创业担保贷款1500万元: money a loan scheme lends, as a subsidy’s sum, is no target; the count after it is', () => {
    expect(item('发放创业担保贷款1500万元,培育创业实体500个。')).toEqual([['at_least', 500, '个', undefined]]);
  });
});

describe('a table one cell per line whose header words the copy broke (sizhoutou-2024)', () => {
  // The real cells: 攻坚目标 / 任务 is one header (…目标任务), 第二季度 / 完成情况 the report beside the plan.
  const cells = [
    '泗洲头镇2024年度重点工作计划二季度执行情况',
    '序号', '重点工作', '责任', '领导', '责任', '科室', '攻坚目标', '任务', '工作任务安排', '第二季度', '完成情况',
    '1', '白仙山水库工程政策处理', '欧乾震', '白仙山水库工程政策处理工作领导小组',
    '完成项目政策处理工作,推进大坝、溢洪道、引水隧洞及配套设施建设。', '推进坟墓迁移工作。', '该工程库区内坟墓迁移进度达60%。',
    '2', '现代化美丽城镇', '吴宇凡', '乡村振兴办', '成功创建首批浙江省美丽城镇。', '按照时间节点开展项目建设。',
    '本年度总投资6000万元的19个项目完成投资3000万元。',
  ];
  const page = cells.join('\n\n');

  it('reads seven columns: the progress report is no target, the goal no unit (was: 60% and 3000万元 targets, 成功创建… a unit)', () => {
    expect(importedItems(page)).toEqual([
      { id: '1', departments: ['白仙山水库工程政策处理工作领导小组'], leaders: ['欧乾震'], targets: [] },
      { id: '2', departments: ['乡村振兴办'], leaders: ['吴宇凡'], targets: [] },
    ]);
  });

  it('a header word that is whole before the break stays a column of its own (建设地点 / 备注)', () => {
    const other = page.replace('攻坚目标\n\n任务', '建设地点\n\n备注');
    expect(importedItems(other)[0]?.targets).toEqual([]);
    expect(importedItems(other)[0]?.departments).toEqual(['白仙山水库工程政策处理工作领导小组']);
  });
});

describe('a completion table’s 项目内容 column is the task (yueqing-2022)', () => {
  // The real lines: the header and row 2 (项目内容, then the report: 年度完成情况, 完成成效).
  const page = [
    '序号 | 项 目 内 容 | 年度完成情况 | 完成成效 | 责任单位 | 责任人 |',
    '2 | 新增托位1140个,普惠托位685个 | 新增托位1155个,其中新增普惠托位1155个。 | 超额完成 | 市卫健局 | 黄李虎 |',
  ].join('\n');

  it('holds the targets, the report beside it none (was: no text, no targets)', () => {
    expect(importedItems(page, 2022)).toEqual([
      {
        id: '2',
        departments: ['市卫健局'],
        leaders: ['黄李虎'],
        targets: [
          ['at_least', 1140, '个', undefined],
          ['at_least', 685, '个', undefined],
        ],
      },
    ]);
  });
});

describe('a 实事 table headed 实事项目名称, its projects’ further measures on rows without a number (shanghai-2024)', () => {
  const page = readFixture('real/shanghai-2024.txt');
  const table = page.split('\n').slice(page.split('\n').findIndex((l) => l.startsWith('2024年上海市为民办实事项目完成情况')));

  it('reads 实事项目名称 as the task column, as 项目名称 is (was: no numbered items with text)', () => {
    expect(importedItems(table.join('\n')).map((i) => i.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('a row under the merged 序号 cell, shifted one column left, is a measure of the project above, its report cells no targets', () => {
    const items = importedItems(table.slice(0, 5).join('\n'));
    expect(items.map((i) => [i.id, i.targets])).toEqual([
      [
        '1',
        [
          ['at_least', 4000, '张', undefined],
          ['at_least', 800, '张', undefined],
          ['at_least', 3000, '张', undefined],
        ],
      ],
    ]);
  });
});

describe('a count’s noun glossed in brackets before the clause goes on (yueqing-2022)', () => {
  it('新增2个乡镇(街道)建有托育机构 counts 2 个 (was: a note that the clause goes on)', () => {
    const page = ['序号 | 项 目 内 容 | 年度完成情况 | 完成成效 | 责任单位 | 责任人 |', '1 | 新增2个乡镇(街道)建有托育机构 | 完成新增智仁乡和岭底乡建有托育机构。 | 完成任务 | 市卫健局 | 仇永亲 |'].join('\n');
    expect(importedItems(page, 2022)[0]?.targets).toEqual([['at_least', 2, '个', undefined]]);
  });
});

describe('a table under a notice’s list of attachments, with no heading of its own (yueqing-2022)', () => {
  it('is the first attachment: its name is the title (was: 3.2022年度乐清本级…, the last entry with its number)', () => {
    expect(importPlan(readFixture('real/yueqing-2022.txt')).plan.title).toBe('2022年度省政府民生实事项目完成情况');
  });
});

describe('a number with its thousands grouped by commas (hk-kpi-2022)', () => {
  // The real lines: item 4 of the Hong Kong KPIs, its second bullet.
  const page = [
    '4. 確保土地如期到位:',
    '- 在未來五年(2023-24 至 2027-28 年度),準備好可通過賣地或鐵路物業發展而可供市場興建合共不少於 72,000 個私營房屋單位的土地。(發展局)',
  ].join('\n');

  it('is one number, not 72 and 0 (was: at least 72, at least 0 個)', () => {
    expect(importedItems(page, 2022)[0]?.targets.map((t) => [t[0], t[1], t[2]])).toEqual([['at_least', 72000, '個']]);
  });

  it('the same in full-width (72，000); a comma after a count stays a clause break', () => {
    expect(importedItems(page.replace('72,000', '72，000'), 2022)[0]?.targets.map((t) => t[1])).toEqual([72000]);
    expect(importedItems('2022年工作要点\n1.新增停车位2000个,充电桩1,500个。', 2022)[0]?.targets.map((t) => [t[1], t[2]])).toEqual([
      [2000, '个'],
      [1500, '个'],
    ]);
  });
});

describe('a financial year written as Hong Kong writes it, 2027-28 年度 (hk-kpi-2022)', () => {
  const page = [
    '4. 確保土地如期到位:',
    '- 在未來五年(2023-24 至 2027-28 年度),準備好可通過賣地或鐵路物業發展而可供市場興建合共不少於 72,000 個私營房屋單位的土地。(發展局)',
  ].join('\n');

  it('ends on 31 March of its second year (was: no date)', () => {
    expect(importedItems(page, 2022)[0]?.targets).toEqual([['at_least', 72000, '個', '2028-03-31']]);
  });
});

describe('a task force’s name alone between two numbered KPIs (hk-kpi-2022)', () => {
  // The real lines: items 1 and 3 closed by their offices in brackets, the next task force's name under each.
  const page = [
    '弱勢社群學生擺脫跨代貧窮行動小組',
    '1. 在完成為期一年的「共創明『Teen』計劃」的學員中,不少於 70% 在提升個人發展和正向思維方面取得進步。(政務司司長辦公室/勞工及福利局)',
    '地區事項統籌工作組',
    '2. 改善環境衛生及市容:',
    '- 約 600 個各部門確定的環境衛生黑點於 2023 年底前消除至少 75%。(政務司副司長辦公室/相關政策局)',
    '- 鼠患主要黑點數目於 2023 年底前至少減半。(環境及生態局)',
    '- 香港房屋委員會(房委會)與轄下公共屋邨不同持份者每年進行約 500 次聯合清潔行動。(房屋局)',
    '- 於 2023 年為分布各區的 111 個道路構築物進行翻新/美化工作。(運輸及物流局)',
    '3. 於 2022 年底前完成對亂拋垃圾、廢物處置和阻塞街道定額罰款的檢視,並在 2023 年中完成其餘與環境衛生相關法例的檢視,以提高執法的果效和阻嚇力。(政務司副司長辦公室/相關政策局)',
    '土地及房屋供應統籌組',
    '4. 確保土地如期到位:',
  ].join('\n');

  it('heads what follows: no unit of the item its bracket closed (was: 地區事項統籌工作組, 土地及房屋供應統籌組 as units)', () => {
    expect(importedItems(page, 2022).map((i) => [i.id, i.departments])).toEqual([
      ['1', ['政務司司長辦公室', '勞工及福利局']],
      // (Each bullet of 2 names its own offices: all of them are the item's.)
      ['2', ['政務司副司長辦公室', '相關政策局', '環境及生態局', '房屋局', '運輸及物流局']],
      ['3', ['政務司副司長辦公室', '相關政策局']],
      ['4', []],
    ]);
  });

  it('a unit line under an item with no bracket of its own is still its units', () => {
    const text = ['2022年工作要点', '1. 改善環境衛生及市容。', '地區事項統籌工作組', '2. 確保土地如期到位。'].join('\n');
    expect(importedItems(text, 2022)[0]?.departments).toEqual(['地區事項統籌工作組']);
  });
});

describe('counts after 开办, and what is counted holding a name in quotes (shanghai-2024)', () => {
  const item = (line: string) => importedItems(`2024年为民办实事项目\n1.${line}`)[0]?.targets;

  it('开办500个小学生爱心暑托班: 开办 makes what it counts, as 开设 does', () => {
    expect(item('开办500个小学生爱心暑托班')).toEqual([['at_least', 500, '个', undefined]]);
  });

  it('新增7000个社区托育“宝宝屋”托额: the noun after the count may hold a name in quotes', () => {
    expect(item('新增7000个社区托育“宝宝屋”托额')).toEqual([['at_least', 7000, '个', undefined]]);
  });
});

describe('a viewer’s page numbers glued into a body on one line, 12023年…规划 / 聚力增效2一是 / 新时展新3格局 (street-linyi-2023)', () => {
  const page = readFixture('real/street-linyi-2023.txt');

  it('reads the title off the 1 glued to its year and the preamble it runs into, and (一), (二) as the items (was: no numbered items)', () => {
    const r = importPlan(page);
    expect(r.plan.title).toBe('2023年街道2023年工作规划');
    expect(r.plan.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['一', '二']);
  });

  it('the glued numbers are no part of the text: 聚力增效一是, 拉开新时展新格局', () => {
    const items = importPlan(page).plan.sections.flatMap((s) => s.items);
    expect(items[0]?.text).toContain('聚力增效一是');
    expect(items[1]?.text).toContain('拉开新时展新格局');
  });

  it('a number standing before what it counts is no page number: 推进2个项目 stays, the 2 further on is the page', () => {
    const counted = page.replace('(一)坚持以党建为统领,', '(一)坚持以党建为统领,推进2个项目,');
    const text = importPlan(counted).plan.sections[0]?.items[0]?.text;
    expect(text).toContain('推进2个项目');
    expect(text).toContain('聚力增效一是');
  });
});

describe('quotes a converter closes with 〞 (“攻坚战〞), and counts of things passing a bar (street-linyi-2023)', () => {
  const item = (line: string) => importedItems(`2023年街道工作计划\n1.${line}`)[0]?.targets;

  it('a quote closed by 〞 hides only what it quotes: the count after it is read', () => {
    expect(item('打好村级集体经济增收“攻坚战〞,新增3个村级服务站。')).toEqual([['at_least', 3, '个', undefined]]);
  });

  it('新增3个村集体收入超过10万元: that many things passing the bar, the bar no target of its own', () => {
    expect(item('新增3个村集体收入超过10万元。')).toEqual([['at_least', 3, '个', undefined]]);
  });
});

describe('counts after 公推, 创办 and 新+verb, and a long name of what is counted (street-linyi-2023)', () => {
  const item = (line: string) => importedItems(`2023年街道工作计划\n1.${line}`)[0]?.targets;

  it('集中公推40名入党积极分子, 新发展20名党员 (a converter’s 新进展): 新 and a verb count what is done anew', () => {
    expect(item('集中公推40名入党乐观分子,新进展20名党员。')).toEqual([
      ['at_least', 40, '名', undefined],
      ['at_least', 20, '名', undefined],
    ]);
  });

  it('力争创办10家以上的…合作社, 培育2个市级以上党支部领办合作社示范社 (what is counted fifteen characters long)', () => {
    expect(item('力争创办10家以上的党支部领办合作社,培育2个市级以上党支部领办合作社示范社。')).toEqual([
      ['at_least', 10, '家', undefined],
      ['at_least', 2, '个', undefined],
    ]);
  });
});

describe('the share of a group named before it that reaches what follows: …的學員中,不少於 70% 在…取得進步 (hk-kpi-2022)', () => {
  const page = readFixture('real/hk-kpi-2022.txt');

  it('item 1: at least 70 % (was: none, the clause going on after the figure)', () => {
    expect(importedItems(page, 2022).find((i) => i.id === '1')?.targets.map((t) => t.slice(0, 3))).toEqual([['at_least', 70, '%']]);
  });

  it('a share that says which ones, 不少于70%的人, is still no target of its own', () => {
    expect(importedItems('2022年工作要点\n1. 学员中不少于70%的人取得进步。')[0]?.targets).toEqual([]);
  });
});

/** hk-kpi-2022's page (Traditional characters, a news page listing the 施政報告's KPIs). */
const hk = readFixture('real/hk-kpi-2022.txt');
const hkItem = (id: string) => importedItems(hk, 2022).find((i) => i.id === id);
/** A KPI of the page on its own, under the page's headline and its task force. */
const hkLine = (line: string) => importedItems(['施政報告|李家超列110項KPI 涵蓋土地房屋供應、推進「再工業化」等 一文看清百大指標', '地區事項統籌工作組', `2. ${line}`].join('\n'), 2022)[0]?.targets ?? [];

describe('- bullets under an item, each closed by its own offices in brackets (hk-kpi-2022)', () => {
  it('item 2 holds its four bullets and the offices of each (was: the first bullet only, the other three unplaced)', () => {
    expect(hkItem('2')?.departments).toEqual(['政務司副司長辦公室', '相關政策局', '環境及生態局', '房屋局', '運輸及物流局']);
    expect(hkItem('2')?.targets.map((t) => t.slice(0, 3))).toEqual([
      ['at_least', 75, '%'],
      ['at_least', 50, '%'],
      ['at_least', 500, '次'],
      ['at_least', 111, '個'],
    ]);
    expect(importedItems(hk, 2022).map((i) => i.id)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('a line after a bracket that is no bullet still starts nothing of the item: the task force over item 3 is no unit of 2', () => {
    expect(hkItem('3')?.departments).toEqual(['政務司副司長辦公室', '相關政策局']);
  });
});

describe('公頃 in Traditional characters is the measure word 公顷 (hk-kpi-2022)', () => {
  it('依時提供約 3,300 公頃新平整土地 is a count of 公頃 (was: no unit, no target)', () => {
    expect(hkLine('在未來十年依時提供約 3,300 公頃新平整土地。')).toEqual([['at_least', 3300, '公頃', undefined]]);
  });
});

describe('至少減半: halved, a fall of half at least (hk-kpi-2022)', () => {
  it('鼠患主要黑點數目於 2023 年底前至少減半 is at least 50 %, by the end of 2023 (was: no target)', () => {
    expect(hkLine('鼠患主要黑點數目於 2023 年底前至少減半。(環境及生態局)')).toEqual([['at_least', 50, '%', '2023-12-31']]);
  });

  it('減半征收 names a policy, no target', () => {
    expect(hkLine('落實小型企業所得稅減半征收政策。(財政局)')).toEqual([]);
  });
});

describe('進行 and 收回 act on the count after them; 所 and a verb before it describe it (hk-kpi-2022)', () => {
  it('每年進行約 500 次聯合清潔行動 is at least 500 次 (was: none)', () => {
    expect(hkLine('房委會與轄下公共屋邨不同持份者每年進行約 500 次聯合清潔行動。(房屋局)')).toEqual([['at_least', 500, '次', undefined]]);
  });

  it('為政府項目收回約 500 公頃私人土地 is at least 500 公頃; 過去五年全港所收回的 120 公頃 is the past, no target', () => {
    expect(hkLine('為政府項目收回約 500 公頃私人土地,總量比過去五年全港所收回的 120 公頃土地超逾四倍。').map((t) => t.slice(0, 3))).toEqual([['at_least', 500, '公頃']]);
  });
});

describe('a clause opening on its year and 為 what it counts (hk-kpi-2022)', () => {
  it('- 於 2023 年為分布各區的 111 個道路構築物進行翻新/美化工作 is at least 111 個, by the end of 2023 (was: none, no date)', () => {
    expect(hkLine('改善環境衛生及市容:\n- 於 2023 年為分布各區的 111 個道路構築物進行翻新/美化工作。(運輸及物流局)')).toEqual([['at_least', 111, '個', '2023-12-31']]);
  });
});

describe('a part of the count before it: 當中不少於 1,300 公頃來自… (hk-kpi-2022)', () => {
  it('at least 1,300 公頃 beside the 3,300 (was: none, the clause going on after the figure)', () => {
    expect(hkLine('依時提供約 3,300 公頃新平整土地,當中不少於 1,300 公頃來自「北部都會區」。').map((t) => t.slice(0, 3))).toEqual([
      ['at_least', 3300, '公頃'],
      ['at_least', 1300, '公頃'],
    ]);
  });
});

describe('a year’s middle, a year or before, a clause set in a later year (hk-kpi-2022)', () => {
  it('於 2022 年底前完成…,並在 2023 年中完成…: two milestones, the second by 2023-06-30 (was: one)', () => {
    expect(hkItem('3')?.targets).toEqual([
      ['milestone', 100, '%', '2022-12-31'],
      ['milestone', 100, '%', '2023-06-30'],
    ]);
  });

  it('在2024年或之前 is by the end of 2024; 於 2023 年 in a 2022 plan by the end of 2023, 在2022年 in it no date of its own', () => {
    expect(hkLine('選取 255 公頃土地進行可行性研究,以期在2024年或之前完成改劃。')).toContainEqual(['milestone', 100, '%', '2024-12-31']);
    expect(hkLine('於 2023 年新建 3 個垃圾站。')).toEqual([['at_least', 3, '個', '2023-12-31']]);
    expect(hkLine('在 2022 年新建 3 個垃圾站。')).toEqual([['at_least', 3, '個', undefined]]);
  });
});

describe('a plan with no year of its own runs to its last target date (hk-kpi-2022)', () => {
  it('未來十年(2023-24 至 2032-33 年度) in a 2022 address: the period ends 2033-03-31, the end of that financial year (was: 2028-12-31, the 3,300 公頃 left undated)', () => {
    const plan = importPlan(hk, { year: 2022 }).plan;
    expect(plan.period).toEqual({ start: '2022-01-01', end: '2033-03-31' });
    expect(hkItem('4')?.targets.map((t) => t[3] ?? plan.period.end)).toEqual(['2033-03-31', '2033-03-31', '2028-03-31']);
  });
});

describe('no title line: the page’s headline on its first line is the title (hk-kpi-2022)', () => {
  it('施政報告|李家超列110項KPI 涵蓋… as written, the bar and spaces kept (was: an invented 2022年工作要点)', () => {
    const r = importPlan(hk, { year: 2022 });
    expect(r.plan.title).toBe('施政報告|李家超列110項KPI 涵蓋土地房屋供應、推進「再工業化」等 一文看清百大指標');
    expect(r.hints.map((h) => h.code)).toContain('imp_titleFromHeadline');
  });

  it('a first line that is a sentence of the preamble is no headline: the title is still made up and said so', () => {
    const page = ['今年是新中国成立75周年,做好今年全市交通运输工作至关重要。', '1. 完成公路建设投资50亿元。'].join('\n');
    expect(importPlan(page, { year: 2024 }).plan.title).toBe('2024年工作要点');
  });
});
