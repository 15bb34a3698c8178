// Failure classes found by running the importer on real published pages it had never met (the importer
// failure hunt), each tested on lines of the real text it came from (tests/fixtures/import/real/).
import { describe, expect, it } from 'vitest';
import { readFixture, refusal } from './helpers.js';

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
