// The rules the eleventh held-out batch asked for, each on lines of the real published text it came
// from (tests/fixtures/import/real/ once a document passes the bars, pending/ until then).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems } from './helpers.js';

describe('batch 11 (fixerd): a notice handing out tasks, a table with cells split by spaces, numbers in Chinese', () => {
  const refusal = (text: string) => {
    try {
      importPlan(text);
    } catch (e) {
      return (e as { detail?: { key?: string; params?: Record<string, unknown> } }).detail;
    }
    return undefined;
  };

  describe('a notice that hands out the tasks themselves, 目标任务责任分解给你们, in Traditional characters (shishi-notice-2025)', () => {
    const page = [
      '- 發布機構:石獅市人民政府辦公室',
      '- 標題:石獅市人民政府辦公室關于2025年市《政府工作報告》目標任務責任分解的通知',
      '- 備注/文號:獅政辦〔2025〕1號',
      '各鎮人民政府、街道辦事處,石獅高新技術產業開發區管委會,市直各單位,上級駐石有關單位,市屬有關國有企業:',
      '2025年是“十四五”規劃的收官之年,也是為“十五五”發展打好基礎的關鍵之年。市八屆人大四次會議審議通過的《政府工作報告》,確定了2025年全市經濟社會發展主要目標任務,對2025年市政府工作作出了總體部署。為進一步明確任務、夯實責任,確保全年各項目標任務圓滿完成,現將2025年市《政府工作報告》目標任務責任分解給你們,請各單位認真對照任務,細化措施,抓好落實。有關事項通知如下:',
      '一、提高認識,壓實責任。2025年市《政府工作報告》是做好政府各項工作的指導性文件,是經市八屆人大四次會議審議通過的“法定作業”,各鎮(街道)、各部門要切實提高思想認識,主動認領、對號入座,確保各項目標任務不折不扣完成。',
      '二、細化措施,合力推進。各鎮(街道)、各部門要對照目標,細化任務分解,加強分工協作,形成狠抓落實的強大合力。對涉及宏觀指標性的任務,各牽頭單位要加強監測和分析,及時向市政府提出相應措施建',
    ].join('\n');

    it('is refused as notice-only, naming the tasks its 標題 line hands out (was: a plan of items 一、 and 二、)', () => {
      expect(refusal(page)).toMatchObject({ key: 'imp_noticeOnly', params: { title: '2025年市〈政府工作報告〉目標任務責任分解' } });
    });

    it('the same notice followed by its tasks imports them, not its requirements', () => {
      const plan = [page.replace(/提出相應措施建$/, '提出相應措施建議。'), '石獅市人民政府辦公室', '2025年1月24日', '2025年市《政府工作報告》目標任務責任分解', '1.地區生產總值增長6%左右。(牽頭單位:市發改局)'].join('\n');
      expect(importedItems(plan).map((i) => i.id)).toEqual(['1']);
    });
  });
});
