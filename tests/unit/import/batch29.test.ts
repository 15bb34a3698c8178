// The rules the twenty-ninth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems } from './helpers.js';

describe('a sharing site’s notice with no label before the plan (group-union-plan-2024, a 360docs preview)', () => {
  const page = (notice: string[]) =>
    [
      '2024年 集团工会工作计划',
      '',
      '合集下载',
      ...notice,
      '',
      '2024年集团工会工作计划',
      '二、加强职工权益保障',
      '1.增强职工待遇。',
      '',
      '与企业协商,争取提高职工的工资待遇,推动建立健全绩效考核与奖励制度。',
      '',
      '2.完善劳动保障。',
    ].join('\n');
  const notice = [
    '  1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。',
    '  2. 2、"仅部分预览"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款(可完整预览的文档不适用该条件!)。',
    '  3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。',
  ];

  it('its numbered lines, each about the file or the site, are no items (was: items 0-1 … 0-3)', () => {
    expect(importedItems(page(notice), 2024).map((i) => i.id)).toEqual(['1', '2']);
  });

  it('a numbered list with one line about the work is the plan’s own', () => {
    const ids = importedItems(page([notice[0]!, '  2. 2、组织开展劳动法律法规宣传,提高职工对劳动法律法规的了解。']), 2024).map((i) => i.id);
    expect(ids).toContain('0-1');
  });
});

describe('一、引言 over its paragraph frames the plan: no item (group-union-plan-2024)', () => {
  const plan = [
    '2024年集团工会工作计划',
    '一、引言',
    '2024年是我们集团工会迈向新征程的一年,我们将继续围绕保障职工权益、提升职工福利、促进和谐劳动关系的宗旨,积极开展一系列工作,为职工们谋福祉、提供服务。',
    '',
    '二、加强职工权益保障',
    '1.增强职工待遇。',
    '',
    '与企业协商,争取提高职工的工资待遇,推动建立健全绩效考核与奖励制度。',
  ].join('\n');

  it('only the tasks are items (was: item 一)', () => {
    expect(importedItems(plan, 2024).map((i) => i.id)).toEqual(['1']);
  });
});

describe('a copy cut before its start: the items before 二、 are the tail of 一 (group-union-2024)', () => {
  const page = (first: string) =>
    [
      '2024年集团公司工会工作要点',
      '……(开头部分已省略664字)',
      `${first}加强企业精神文明建设。牢固职工文化阵地建设,精心组织开展篮球赛、羽毛球赛、乒乓球赛、摄影比赛、歌咏比赛等文化体育赛事。`,
      '二、聚焦高质量发展首要任务,凝聚职工建功立业、创新创造的合力。',
      '(一)充分发挥典型示范引领作用。大力弘扬劳模精神、劳动精神、工匠精神,加大劳模宣传力度,发挥劳模示范引领作用。',
      '(二)深入开展劳动和技能竞赛。突出行业特点,以技术创新为导向,着力提升职工技能素质,加强专业人才队伍建设。',
      '(三)持续推进职工创新创效。引导职工立足岗位开展技术革新、发明创造,深入钻研业务。',
    ].join('\n');

  it('(三) before 二、 is 一-三 (was: 0-三)', () => {
    expect(importedItems(page('(三)'), 2024).map((i) => i.id)).toEqual(['一-三', '二-一', '二-二', '二-三']);
  });

  it('items starting at (一) before the first heading are the plan’s own, 0', () => {
    expect(importedItems(page('(一)'), 2024).map((i) => i.id)[0]).toBe('0-一');
  });
});

describe('由X负责… hands a decision to the office carrying it out (wsyu-minutes-2026, a 校长办公会纪要)', () => {
  const minutes = (...decisions: string[]) =>
    ['2026年1月4日下午,学校召开2026年度第一次校长办公会。会议由李崇光校长主持,全体校长办公会成员参加。现纪要如下:', ...decisions].join('\n');
  const units = (...decisions: string[]) => importedItems(minutes(...decisions), 2026).map((i) => i.departments);

  it('由人事处负责发文落实 / 后续事宜由科技处负责落实: the office is the item’s unit (was: none)', () => {
    expect(
      units(
        '三、会议审议并通过了2025年“双师型”教师名单,由人事处负责发文落实。',
        '六、会议听取了科技处负责人关于学校保密资质申报推进工作情况的汇报,后续事宜由科技处负责落实。',
      ),
    ).toEqual([['人事处'], ['科技处']]);
  });

  it('the shortest name before what it does: 学校办公室 (not 学校) before 根据 / 发文', () => {
    expect(
      units(
        '四、会议研究讨论了部分获奖单位和获奖教师奖励事宜,由学校办公室根据会议精神负责督办落实。',
        '五、会议研究确定了本学期寒假休假与春季开学时间,由学校办公室发文通知。',
      ),
    ).toEqual([['学校办公室'], ['学校办公室']]);
  });

  it('由X会同Y具体实施: both units, neither the lead (会同 names none)', () => {
    const [item] = importedItems(minutes('二、会议审议并原则通过了2026年度教师招聘计划。由人事处会同发规办具体实施。'), 2026);
    expect(item?.departments).toEqual(['人事处', '发规办']);
    expect(item?.lead ?? []).toEqual([]);
  });

  it('由 inside a word, or a chair 由…主持, names no unit', () => {
    expect(units('一、会议由李崇光校长主持,推进自由贸易试验区建设。')).toEqual([[]]);
  });
});

describe('a 文号 with the document’s name in brackets after it (wsyu-minutes-2026)', () => {
  it('院办发〔2026〕1号(2026年度第一次校长办公会纪要): the name, without its brackets (was: kept)', () => {
    const text = [
      '院办发〔2026〕1号(2026年度第一次校长办公会纪要)',
      '2026年1月4日下午,学校召开2026年度第一次校长办公会。现纪要如下:',
      '三、会议审议并通过了2025年“双师型”教师名单,由人事处负责发文落实。',
    ].join('\n');
    expect(importPlan(text).plan.title).toBe('2026年度第一次校长办公会纪要');
  });
});

describe('会议要求,A及B要… / A应会同B、C…: the units a meeting’s demand is addressed to (wsyu-minutes-2026)', () => {
  const minutes = (decision: string) => ['2026年1月4日下午,学校召开2026年度第一次校长办公会。现纪要如下:', decision].join('\n');
  const units = (decision: string) => importedItems(minutes(decision), 2026).map((i) => i.departments);

  it('人事处及各教学单位要认真研判形势: both (was: only the 由… office)', () => {
    expect(
      units('二、会议审议并原则通过了2026年度教师招聘计划。会议要求,人事处及各教学单位要认真研判形势,结合实际加大对博士人才的引进力度。由人事处会同发规办具体实施。'),
    ).toEqual([['人事处', '发规办', '各教学单位']]);
  });

  it('学校办公室应会同教务处、校团委等相关职能部门: the three, not 等相关职能部门', () => {
    expect(
      units('四、会议研究讨论了部分获奖单位和获奖教师奖励事宜。会议要求,学校办公室应会同教务处、校团委等相关职能部门,进一步完善学校教师竞赛奖励机制。'),
    ).toEqual([['学校办公室', '教务处', '校团委']]);
  });
});

describe('a join.gov.tw record, its field labels lost (tw-rural-regen-2020)', () => {
  const record = (span: string) =>
    [
      span,
      '農村再生第三期實施計畫(109至112年度) :行政院108年05月03日院臺農字第1080011958號函',
      '1,000,000(千元)',
      '1090354:社區農村再生計畫',
      '一、辦理地方政府意見交流座談、共識及教育訓練等執行溝通機制至少8次',
      '二、地方政府整合自身資源與規劃政策重點,辦理35案軟硬體計畫執行',
    ].join('\n');

  it('開始於109年01月01日結束於112年12月31日 alone on its line: the period, 民國 109–112 (was: refused, no year)', () => {
    expect(importPlan(record('開始於109年01月01日結束於112年12月31日')).plan.period).toEqual({ start: '2020-01-01', end: '2023-12-31' });
  });

  it('1090354:社區農村再生計畫: the record’s code is no part of its name', () => {
    expect(importPlan(record('開始於109年01月01日結束於112年12月31日')).plan.title).toBe('社區農村再生計畫');
  });
});

/** The record as the page gave it (tw-rural-regen-2020): the goals 一、二、, the item's content, then its results report numbered 一、二、 again. */
const RURAL = [
  '開始於109年01月01日結束於112年12月31日',
  '農村再生第三期實施計畫(109至112年度) :行政院108年05月03日院臺農字第1080011958號函',
  '1,000,000(千元)',
  '1090354:社區農村再生計畫',
  '一、辦理地方政府意見交流座談、共識及教育訓練等執行溝通機制至少8次',
  '二、地方政府整合自身資源與規劃政策重點,以主題式、跨社區、大整合角度,呈現跨區域農村產業、景觀、生態、旅遊、文化等整合發展,辦理35案軟硬體計畫執行、以通過農再計畫4年以內之社區為主,辦理環境條件改善、產業規劃設計、 產業行銷推廣、文化保存及活用、生態保育類等項目780案計畫執行',
  '建立與各直轄市及縣市政府標竿學習,以共同合作推動「社區農村再生計畫」,使各直轄市及縣市政府依其縣市政願景擬定策略及執行計畫,有規劃有策略地完成各計畫設定之目標。藉由查證制度設計及辦理,協助並輔導各直轄市及縣市政府有目標地逐年完成設定願景,並促進農村再生政策相關目標達成。',
  '一、「第三屆農村領航獎競賽」從253位報名者評選出30位農村英雄,於9月22日舉行頒獎,由陳主委吉仲致詞,陳副主委添壽頒獎表揚。本局集結30位得獎者的貢獻及經驗,出版《吹往未來的在地風》,12月10日舉辦新書發表記者會,會中日本高知縣聯絡辦事處代表歐元韻對本局農村人才培育的貢獻給予高度肯定,後續將規劃30位領航獎得主赴日交流深化國際視野。',
  '二、「農村再生.進擊有成」成果展10月27至30日於台北華山文創園區、11月5至6日於高雄場駁二藝術特區分別辦理展出,呈現全臺各地農村再生等多元面向成果。由陳主委吉仲開幕。並邀農村領航獎得主、專家學者進行跨世代對談,探討農村未來發展方向。共計超過5萬5千人次參展,帶動市集銷售超過75萬元。網路媒體曝光213萬8191次,',
].join('\n');

describe('a results report restarting the numbering after the goals (tw-rural-regen-2020)', () => {
  it('一、「第三屆農村領航獎競賽」…於9月22日舉行頒獎 / 二、…11月5至6日於高雄…分別辦理展出: events held on a day, no items (was: 一-一-2, 一-二-2)', () => {
    const r = importPlan(RURAL);
    expect(r.plan.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['一', '二']);
    expect(r.warnings.filter((w) => w.code === 'imp_reviewPart').map((w) => w.line)).toEqual([8]);
  });
});

describe('counts of a Taiwanese record (tw-rural-regen-2020)', () => {
  it('辦理35案軟硬體計畫執行、以通過農再計畫4年以內之社區為主: 辦理 a task verb, 案 what is counted, the 、 before 以…為主 a comma (was: nothing read)', () => {
    const items = importedItems(['2020年社區農村再生計畫', '一、地方政府整合自身資源與規劃政策重點,辦理35案軟硬體計畫執行、以通過農再計畫4年以內之社區為主,辦理環境條件改善', '二、辦理生態保育類等項目780案計畫執行'].join('\n'));
    expect(items.map((i) => i.targets)).toEqual([[['at_least', 35, '案', undefined]], [['at_least', 780, '案', undefined]]]);
  });
});

describe('a list whose entries end their lines with no stop (tw-rural-regen-2020)', () => {
  it('二、…等項目780案計畫執行 is whole at its line’s end, as 一、…至少8次 is: the paragraph after it opens a sentence of its own (was: 780案 run into 建立與…)', () => {
    const item = importPlan(RURAL).plan.sections[0]?.items[1];
    expect(item?.targets?.map((t) => [t.kind, t.target, t.unit])).toEqual([
      ['at_least', 35, '案'],
      ['at_least', 780, '案'],
    ]);
  });
});
