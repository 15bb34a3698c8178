// The rules the thirtieth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems, refusal } from './helpers.js';

describe('a bilingual page: the translation under each paragraph (wuhu-bilingual-2024)', () => {
  const page = [
    '2024年政府工作报告(四)',
    '三、2024年政府工作任务',
    'III. Major Tasks for 2024',
    '(一)大力推进现代化产业体系建设,加快发展新质生产力。充分发挥创新主导作用,以科技创新推动产业创新,加快推进新型工业化。',
    '1. Striving to modernize the industrial system and developing new quality productive forces at a faster pace',
    'We should give full rein to the leading role of innovation, spur industrial innovation by making innovations in science and technology.',
    '推动产业链供应链优化升级。保持工业经济平稳运行。实施制造业重点产业链高质量发展行动。',
  ].join('\n');

  it('1. Striving to modernize… translates (一): no item of its own, the plan numbered by (一) (was: item 1)', () => {
    expect(importedItems(page, 2024).map((i) => i.id)).toEqual(['一']);
  });

  it('a 1. line in Chinese, a Latin name in it or not, stays an item', () => {
    expect(importedItems(['2024年工作要点', '一、主要任务', '1. PPP项目规范管理。', '2. 推进 5G 基站建设。'].join('\n'), 2024).map((i) => i.id)).toEqual(['1', '2']);
  });
});

/** matsu-pledges-2020's lines as published: a 馬祖日報 report on the county's pledges, 第一項: … 第三項:. */
const MATSU = [
  '縣府召開上半年度縣長政見執行情形管制會議 王忠銘提醒各局處把握期程,有困難立即提出',
  ' 縣長政見執行情形管制會議由王忠銘主持,會中以逐項討論方式,由20項政見權責局處進行說明及提報意見;政見及成果如下:',
  ' 第一項:落實離島綜合建設五期及十二年中長程發展計畫,為地方創生奠定永續發展根基。行政處辦理109年補助計畫管考會議已完成。',
  ' 第二項:賡續爭取興建南北竿跨海大橋,加強水力、電力、電 信、 碼頭、道路、排水、停車場等基礎設施,提升鄉親生活品質,因應產業經濟發展需求。工務處中柱碼頭區營運設施改善工程已完成。',
  ' 第三項:加速改善機場,興建三千噸以上離島客貨輪,提升馬祖對外海空交通設施。',
].join('\n');

describe('pledges numbered 第一項: / 第二項: (matsu-pledges-2020, Traditional characters)', () => {

  it('each 第N項: line is an item numbered N (was: no numbered items found)', () => {
    expect(importedItems(MATSU, 2020).map((i) => i.id)).toEqual(['一', '二', '三']);
  });

  it('第一项 in running text, no colon after it, is no item', () => {
    expect(() => importedItems(['2020年工作要点', '第一项任务是落实责任。'].join('\n'), 2020)).toThrow();
  });
});

describe('a performance report on a year gone by (ndc-performance-2024, 國發會 113年度施政績效報告)', () => {
  const report = (title: string) =>
    [title, '壹、前言', '參、年度目標及策略推動成果與未來精進方向', '一、前 瞻 視 野,擘劃國家未來發展方向', '肆、施政績效成果亮點', '一、淨零公正轉型', '二、雙語政策', '五、兆元投資國家發展方案已盤點潛在案源逾50案,規模超過1,800億元'].join('\n');

  it('its title line naming a 績效報告 refuses it as a work report (was: imported, 24 results as items)', () => {
    expect(refusal(report('國家發展委員會 113年度本會施政績效報告公告 114-03-28'))).toEqual({ key: 'imp_workReport', params: { title: '國家發展委員會 113年度本會施政績效報告' } });
  });

  it('a plan whose title names no report is still imported', () => {
    expect(refusal(report('國家發展委員會 114年度施政計畫'))?.key).not.toBe('imp_workReport');
  });
});

describe('a page giving one part of a long report: the report\'s name is the title', () => {
  it('2024年政府工作报告(四): (四) numbers the page\'s part, no part of the title (wuhu-bilingual-2024)', () => {
    expect(importPlan(['2024年政府工作报告(四)', '三、2024年政府工作任务', '(一)大力推进现代化产业体系建设,加快发展新质生产力。'].join('\n')).plan.title).toBe('2024年政府工作报告');
  });

  it('the chapter after dashes and the part number are the page\'s (macau-policy-2025)', () => {
    const page = [
      '二〇二五年財政年度施政報告---二○二五年度施政總體方向、主要預期目標和施政重點 (1)',
      '',
      '行政長官辦公室',
      '2025-04-14 16:03',
      '2025年特區政府施政重點:',
      '(一)拼經濟、謀發展、搞建設,奮力推動經濟適度多元',
      '1. 完善經濟治理體系',
      '健全經濟適度多元發展統籌協調機制。確立規劃落實的牽頭部門和組織機制,加強跨部門工作統籌協調。',
    ].join('\n');
    expect(importPlan(page).plan.title).toBe('二〇二五年財政年度施政報告');
  });

  it('a plan split in parts keeps its number: 重点工作分工方案(一) is one of them', () => {
    expect(importPlan(['2025年省《政府工作报告》重点工作分工方案(一)', '1. 推进项目建设。(责任单位:省发展改革委)'].join('\n')).plan.title).toBe('2025年省《政府工作报告》重点工作分工方案(一)');
  });
});

describe('a page of the premier\'s 施政報告 (ey-premier-2025)', () => {
  const page = [
    '院長施政報告',
    '',
    '列印圖示',
    '[節錄自立法院第11屆第3會期卓院長口頭施政報告114年2月25日]',
    '',
    ' 壹、 迎面而來的五大挑戰',
    '國人的需要與期許,是行政團隊源源不絕的支持力量。行政團隊責無旁貸,必須為老問題找新方法,為新問題找好方法,才能持續落實對全體人民的承諾:',
    '一、人口對策:照顧家人同樣是國家的責任',
    '在超高齡社會及少子女化雙重衝擊下,將同時面臨提高出生率及照顧家中幼兒、長輩的挑戰。',
  ].join('\n');

  it('院長施政報告, the report\'s name alone, is the title (was: the bracket [節錄自…施政報告114年2月25日] under it)', () => {
    expect(importPlan(page, { year: 2025 }).plan.title).toBe('院長施政報告');
  });
});

describe('a news headline in two halves, a comma in its second (matsu-pledges-2020)', () => {
  const page = (headline: string) =>
    [
      headline,
      '',
      '  • 2020-08-08',
      ' 縣長政見執行情形管制會議由王忠銘主持,會中以逐項討論方式,由20項政見權責局處進行說明及提報意見;政見及成果如下:',
      ' 第一項:落實離島綜合建設五期及十二年中長程發展計畫,為地方創生奠定永續發展根基。行政處辦理109年補助計畫管考會議已完成。',
      ' 第二項:賡續爭取興建南北竿跨海大橋,加強水力、電力、電 信、 碼頭、道路、排水、停車場等基礎設施,提升鄉親生活品質,因應產業經濟發展需求。工務處中柱碼頭區營運設施改善工程已完成。',
    ].join('\n');

  it('is the title, the page\'s date under it left out (was: 2020年工作要点)', () => {
    expect(importPlan(page('縣府召開上半年度縣長政見執行情形管制會議 王忠銘提醒各局處把握期程,有困難立即提出'), { year: 2020 }).plan.title).toBe(
      '縣府召開上半年度縣長政見執行情形管制會議 王忠銘提醒各局處把握期程,有困難立即提出',
    );
  });

  it('a first line opening on a clause and a comma is prose, no headline', () => {
    expect(importPlan(page('縣府召開管制會議,王忠銘提醒各局處把握期程 有困難立即提出'), { year: 2020 }).plan.title).toBe('2020年工作要点');
  });
});

describe('a number a projection gives, 根據…推估, is a forecast, no target (ey-premier-2025, Traditional characters)', () => {
  const plan = (sentence: string) => ['院長施政報告', '一、人口對策:照顧家人同樣是國家的責任', sentence].join('\n');

  it('根據國發會最新推估,…至2030年將開始少於2,300萬人 sets no target, nor runs the period to 2030 (was: at_most 23000000人, period 2025–2030)', () => {
    const text = plan('根據國發會最新推估,我國生育率及總人口持續下降,至2030年將開始少於2,300萬人。在超高齡社會及少子女化雙重衝擊下,將同時面臨提高出生率及照顧家中幼兒、長輩的挑戰。');
    expect(importedItems(text, 2025)[0]?.targets).toEqual([]);
    expect(importPlan(text, { year: 2025 }).plan.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('a number to reach in the same words without a projection cited stays a target', () => {
    expect(importedItems(plan('至2030年總人口不少於2,300萬人。'), 2025)[0]?.targets.map(([kind]) => kind)).toEqual(['at_least']);
  });
});

describe('the office opening each pledge\'s result answers for it (matsu-pledges-2020)', () => {

  it('行政處辦理… / 工務處中柱碼頭區…: the office after the sentence\'s end (was: departments [])', () => {
    expect(importedItems(MATSU, 2020).map((i) => i.departments)).toEqual([['行政處'], ['工務處'], []]);
  });

  it('在市水利局…, 要加大问责处罚…, 各处…: no office', () => {
    const plan = ['2020年工作要点', '一、推进河道整治。在市水利局指导下完成验收。', '二、严肃纪律。要加大问责处罚力度。', '三、清理场地。各处要按时完成。'].join('\n');
    expect(importedItems(plan, 2020).map((i) => i.departments)).toEqual([[], [], []]);
  });
});
