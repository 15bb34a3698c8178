// The rules the twenty-fourth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems } from './helpers.js';

describe('a 素材 site names its page 关于 + the year\'s work plan (shanghai-health-2022)', () => {
  const page = (title: string) =>
    [
      '當(dāng)前位置:公文素材庫 > 精選好文 > 關于2022年衛生健康工作要點',
      title,
      '  一、聚焦一條主線,毫不放松抓好常態(tài)化疫情防控和突發(fā)本土疫情應(yīng)急處置',
      '  1.抓好常態(tài)化疫情防控。一是高度關(guān)注境外疫情形勢。',
    ].join('\n');

  it('關于2022年衛生健康工作要點 is titled 2022年衛生健康工作要點 (was: 關于 kept)', () => {
    expect(importPlan(page('關于2022年衛生健康工作要點'), {}).plan.title).toBe('2022年衛生健康工作要點');
  });

  it('关于…的实施方案 is a title of its own and keeps its 关于', () => {
    expect(importPlan(page('关于2022年推进卫生健康高质量发展的实施方案'), {}).plan.title).toBe('关于2022年推进卫生健康高质量发展的实施方案');
  });
});

describe('a school year (学年度) is the plan period, September to August', () => {
  it('20252026学年度学校工作计划范文: the dash the page lost is written again, the 范文 site label dropped (was: no 4-digit year)', () => {
    const page = [
      '20252026学年度学校工作计划范文',
      '第一章指导思想与年度定位',
      '1.2年度定位',
      '2025—2026学年定义为“质量跃升年、治理深化年、文化彰显年”。',
      '一、教学质量',
      '1.中考总分优秀率≥42%,低分率≤3%;',
    ].join('\n');
    const { plan } = importPlan(page, {});
    expect([plan.title, plan.period.start, plan.period.end]).toEqual(['2025—2026学年度学校工作计划', '2025-09-01', '2026-08-31']);
  });

  it('中学2022—2023学年度工作计划.docx runs from 2022-09-01 to 2023-08-31 (was the calendar year 2022)', () => {
    const page = ['中学2022—2023学年度工作计划.docx', '一、加强党建工作', '1.抓好“三会一课”,提升党员教育管理水平。', '2.开展主题党日活动。'].join('\n');
    const { plan } = importPlan(page, {});
    expect([plan.title, plan.period.start, plan.period.end]).toEqual(['中学2022—2023学年度工作计划', '2022-09-01', '2023-08-31']);
  });

  it('two years that are not one school year stay as they were', () => {
    const page = ['2023—2025年学校发展规划', '一、加强党建工作', '1.抓好“三会一课”,提升党员教育管理水平。'].join('\n');
    const { plan } = importPlan(page, {});
    expect([plan.period.start, plan.period.end]).toEqual(['2023-01-01', '2025-12-31']);
  });
});

describe('circled marks counting straight through the chapters are the items (school-kpi-2025)', () => {
  const page = [
    '20252026学年度学校工作计划范文',
    '第一章指导思想与年度定位',
    '1.1指导思想',
    '以党的二十大精神为统领,落实《教育强国建设规划纲要》。',
    '第二章关键指标与责任分解',
    '2.1教学质量指标',
    '①中考总分优秀率≥42%,低分率≤3%;',
    '②高考特殊类型招生控制线上线率≥92%,C9高校录取人数≥25人;',
    '2.2学生发展指标',
    '③国家义务教育质量监测四科达标率≥95%,校际差异系数≤0.15。',
    '2.4治理与保障指标',
    '④校园重大安全责任事故为零;',
  ].join('\n');

  it('①–④ across 2.1 / 2.2 / 2.4 are items 1–4, not the chapters 一, 二', () => {
    expect(importedItems(page).map((i) => i.id)).toEqual(['1', '2', '3', '4']);
  });

  it('marks starting over under each 一、 stay inside it: the 一、 are the items', () => {
    const restart = ['2025年工作要点', '一、教学质量', '①中考总分优秀率达到42%;', '②低分率控制在3%以内;', '二、学生发展', '①学生体质健康测试优良率达到58%;', '②近视率下降1个百分点。'].join('\n');
    expect(importedItems(restart).map((i) => i.id)).toEqual(['一', '二']);
  });

  it('≥ is at least, ≤ at most: 优秀率≥42%, 低分率≤3%, 系数≤0.15', () => {
    const items = importedItems(page);
    expect(items[0]?.targets.map(([kind, n, unit]) => `${kind} ${n}${unit}`)).toEqual(['at_least 42%', 'at_most 3%']);
    expect(items[2]?.targets.map(([kind, n, unit]) => `${kind} ${n}${unit ?? ''}`)).toEqual(['at_least 95%', 'at_most 0.15']);
  });

  it('a count closing its clause 为零 is held at zero: 校园重大安全责任事故为零, 审计问题为零', () => {
    expect(importedItems(page)[3]?.targets.map(([kind, n]) => `${kind} ${n}`)).toEqual(['at_most 0']);
  });

  it('⑪ ⑫ lost as `?` after ⑩ (not in GB2312) are the indicators 11 and 12', () => {
    const lost = [
      '2025年学校工作计划',
      ...['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'].map((m) => `${m}教师年度满意度≥92%。`),
      '⑩校园重大安全责任事故为零;',
      '?教育经费执行率100%,审计问题为零;',
      '?家长、社区对学校年度综合满意度≥95%。',
    ].join('\n');
    expect(importedItems(lost).map((i) => i.id).slice(9)).toEqual(['10', '11', '12']);
  });
});

describe('a poster: its year spaced out over the heading, its blocks numbered 01, 02 (qinzhou-youth-2024)', () => {
  const page = [
    '2 0 2 4',
    '工作计划',
    '2024年,共青团秦州区委将坚持以*新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大和二十届二中全会精神。',
    '01 五个持续提升',
    '全面推动共青团工作提质增效',
    '持续提升团属阵地建设水平',
    '以“有阵地依托、有规范制度、有运营力量”为目标,对现有阵地提标升级,发挥各自优势、拓展服务领域、增强服务功能。',
  ].join('\n');

  it('2 0 2 4 / 工作计划 is the title 2024工作计划, the year 2024 (was: 工作计划, no year)', () => {
    const { plan } = importPlan(page, {});
    expect([plan.title, plan.period.start]).toEqual(['2024工作计划', '2024-01-01']);
  });

  it('01 五个持续提升 is item 1, its unnumbered sub-headings its text (was: no numbered items)', () => {
    expect(importedItems(page).map((i) => i.id)).toEqual(['1']);
  });

  it('a count with its leading zero that does not go on from the last item is no block: 05 after nothing', () => {
    const count = ['2024年工作计划', '1.推进阵地建设', '05 五个持续提升'].join('\n');
    expect(importedItems(count).map((i) => i.id)).toEqual(['1']);
  });
});

describe('a 文库 preview: the site part numbers 1、2、3、 cutting words, 一、 in the run-on text (school-plan-2024)', () => {
  const chunk1 =
    '1、XXXX中学2024年发展规划学校将继续以习近平新时代中国特色社会主义思想为指导,深入贯彻党的二十大精神,落实立德树人根本任务,进一步增强为党育人、为国育才的责任感、使命感、紧迫感。以党建工作为引领,努力建设高素质专业化创新型教师队伍,坚持“五育并举”,落实“双减”政策,加快建立健全促进学生身心健康和全面发展的长效机制,为办好人民满意的教育不懈努力。一、加强党建工作,引领学校发展一是加强党风廉政建设,认真落实“一岗双责”制度。进一步贯彻落实党风廉政建设“一岗双责”责任制度。继续把党风廉政建设作为党的建设的重要内容,纳入学校领导班子与其他业务工作紧密结合,一起部署,一起落实,一起检查,一起考核,';
  const chunk2 =
    '2、深入推动领导干部廉洁自律工作。按照守土有责、失土问责的要求,加大责任追究力度,对党风廉政责任制落实不力的科室和个人严格实行责任追究,增强中层干部和关键岗位人员履行“一岗双责”的自觉性和主动性。二是严格执行党中央关于党内政治生活的相关规定,落实“三会一课”、组织生活会、民主评议党员、谈心谈话等基本制度,开好党员领导干部年度民主生活会和党支部组织生活会,落实党员领导干部双重组织生活要求。三是把政治理论学习摆在突出的地位,进一步健全学习制度,明确学习要求,严格学习考评。政治和理';
  const page = ['《中学2024年发展规划.docx》由会员分享,可在线阅读,更多相关《中学2024年发展规划.docx(9页珍藏版)》请在优知文库上搜索。', chunk1, chunk2, '3、论学习制度化、系列化、规范化,做到理论联系实际,学以致用。聚焦习'].join('\n');

  it('the pages joined are a viewer page: its one 一、 after a sentence is the item (was: no numbered items)', () => {
    expect(importedItems(page).map((i) => i.id)).toEqual(['一']);
  });

  it('the title run into the preamble, 发展规划 then 学校将…, is cut off it: XXXX中学2024年发展规划', () => {
    expect(importPlan(page, {}).plan.title).toBe('XXXX中学2024年发展规划');
  });
});

describe('two scales one word apart, 百馆千场万人, are a name, no count (cast-2023)', () => {
  const plan = (task: string) => ['中国科协2023年工作要点', '一、坚持党的全面领导', `2.${task}`].join('\n');

  it('依托…、百馆千场万人科学家精神宣讲联盟等 counts nothing (was: at least 1000场)', () => {
    expect(importedItems(plan('深入学习宣传贯彻党的二十大精神。依托中国科学家精神宣讲团、地方宣讲团、特色宣讲团、百馆千场万人科学家精神宣讲联盟等,面向基层一线科技工作者开展宣传宣讲。'), 2023)[0]?.targets).toEqual([]);
  });

  it('a scale alone before its measure word is still the count it promises', () => {
    expect(importedItems(plan('开展劳模工匠服务千家企业活动。'), 2023)[0]?.targets.map(([kind, n, unit]) => `${kind} ${n}${unit}`)).toEqual(['at_least 1000家']);
  });
});

describe('a count after 用好 / 依托 is the stock a body puts to use, no number to reach (zaozhuang-school-2022)', () => {
  const plan = (task: string) => ['中学2022—2023学年度工作计划', '一、坚持党建工作的统领地位不动摇', `(一)${task}`].join('\n');

  it('抓好四个支部建设,用好56个党员 counts nothing (was: at least 56个)', () => {
    expect(importedItems(plan('提高精准决策力,建设精干的管理团队。培养一批想干事、能干事、干好事青年干部。抓好四个支部建设,用好56个党员,真正筑牢战斗堡垒,树立先锋模范。'), 2022)[0]?.targets).toEqual([]);
  });

  it('a count after a verb of doing is still a count to reach', () => {
    expect(importedItems(plan('抓好四个支部建设,新发展6名党员,真正筑牢战斗堡垒。'), 2022)[0]?.targets.map(([kind, n, unit]) => `${kind} ${n}${unit}`)).toEqual(['at_least 6名']);
  });
});
