// The rules the thirteenth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importedItems, readFixture, refusal } from './helpers.js';

describe('batch 13: 党委、政府 written once for the place (luan-tourism-2024)', () => {
  const plan = [
    '2024年旅游强市建设工作要点',
    '1.编制800公里大别山风景道规划。配合做好大别山红绿交融文化旅游圈、合肥都市科创文化休闲旅游圈规划编制工作。',
    '责任单位:市文旅局、市直相关单位,各县区党委、政府',
    '2.开展革命文物资源调查,推进金寨县革命旧址群安防工作。',
    '责任单位:市文旅局,相关县区党委、政府',
    '3.推进红色旅游融合发展。',
    '责任单位:金寨县委、县政府,市文旅局',
  ].join('\n');

  it('a bare 政府 after 各县区党委 is 各县区政府; a body written with its own place stays as written', () => {
    expect(importedItems(plan).map((i) => i.departments)).toEqual([
      ['市文旅局', '市直相关单位', '各县区党委', '各县区政府'],
      ['市文旅局', '相关县区党委', '相关县区政府'],
      ['金寨县委', '县政府', '市文旅局'],
    ]);
  });
});

describe('batch 13: a notice page whose only lines after the notice are its own tail (ewenke-notice-2022)', () => {
  const page = readFixture('real/ewenke-notice-2022.txt');

  it('is refused as only the 印发通知 (its contact line, 附件 list and the share prompt are no plan; was: no numbered items)', () => {
    expect(refusal(page)).toMatchObject({ key: 'imp_noticeOnly' });
  });

  it('the same notice with its 附件 followed by the plan imports the plan', () => {
    const withPlan = `${page}\n2022年《政府工作报告》重点任务责任落实分工\n1.地区生产总值增长6%左右。(牵头单位:旗发改委)`;
    expect(importedItems(withPlan).map((i) => [i.id, i.departments])).toEqual([['1', ['旗发改委']]]);
  });
});
