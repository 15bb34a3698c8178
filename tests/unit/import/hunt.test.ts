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
