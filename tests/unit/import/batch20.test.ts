// The rules the twentieth held-out batch asked for, each on lines of the real published text it
// came from (tests/fixtures/import/pending/ until a document passes the bars, then real/).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems, refusal } from './helpers.js';

describe('batch 20, fixc: a sub-section with no numbered items is a leaf of the numbering, an item; (一) restarting under 二、 qualifies ids (yantai-school-2024)', () => {
  // A school's 工作要点: 一、 over (一)(二), each a heading and its prose on one line; 二、 whose (一) heads a 1.
  const plan = [
    '2024年是新中国成立75周年,是实现“十四五”规划目标任务的关键一年,是深入推进“创生教育”的攻坚年。',
    '一、党建工作',
    '(一)党建“八化”品牌建设。坚持“围绕教育抓党建,抓好党建促教育”思路,深入推进 “党组织领导制度化、组织建设层次化、阵地建设标准化、教育活动多样化、新党员发展程序化、党员评价科学化、党团队建设一体化、党建特色鲜明化”党建特色品牌建设。重点抓好两项活动:一是结合行政例会继续深入开展“八大品格铸师魂”讲述活动。二是开展党员“五个一”活动:分享一次理论学习感悟,讲授一节示范课,结对一名青年教师,参与一项研究课题,提出一条合理化建议。每学期至少完成其中三项活动,结果计入党员量化积分。期末评选“先锋党员”“先锋党小组”。',
    '(二)“红色文化”宣讲活动。认真贯彻实施《爱国主义教育法》,以级部为单位成立党员“红色文化”宣讲团,每学期利用班队会给青少年宣讲一次家乡红色故事、双语故事、英雄故事,厚植青少年爱国、爱党、爱家乡情怀,坚定“四个自信”,增强“四个意识”,坚定“听党话,跟党走,感党恩”的崇高信念。',
    '二、德育工作',
    '(一)师德建设。学习落实《新时代中小学教师职业行为十项准则》,进一步完善《双语学校新师德规》,构建“师德规训导制”师德建设体系。',
    '1.学习《师德规》。年内组织全体教职工深入学习和践行《师德规》,提高教师师德修养。采取定期学、分散学、集中学',
  ].join('\n');

  it('一、\'s (一)(二), headings with their prose and no 1. under them, are items, target or not; ids qualified as (一) starts over under 二、 (was: only 二\'s 1., id 1)', () => {
    expect(importedItems(plan, 2024).map((i) => [i.id, i.targets])).toEqual([
      ['一-一', []],
      ['一-二', []],
      ['二-一-1', []],
    ]);
  });

  it('the item under (一)师德建设。… is named by the heading\'s name, not its prose', () => {
    const titles = importPlan(plan, { year: 2024 }).plan.sections.flatMap((s) => s.items.map((i) => i.title));
    expect(titles).toEqual(['党建“八化”品牌建设', '“红色文化”宣讲活动', '师德建设：学习《师德规》']);
  });

  it('sub-sections under a heading framing the plan (一、总体要求 / (一)指导思想) are no items without a target: 1. alone, its id bare', () => {
    const framed = plan.replace('一、党建工作', '一、总体要求').replace('(一)党建“八化”品牌建设。', '(一)指导思想。');
    expect(importedItems(framed, 2024).map((i) => i.id)).toEqual(['1']);
  });
});

/** The 许昌市总工会 news page (xuchang-union-2025), its headline, dateline and the paragraph of the six 工程. */
const xuchang = [
  '河南许昌2025年劳动和技能竞赛将覆盖职工35万人次',
  '3月11日上午,河南省许昌市总工会召开七届三次全委会议。',
  '2025年许昌市总工会将以“学工运史、抒工会情、续写许昌工运事业新篇章”为总揽,着力实施“六大工程”,努力在推动许昌实现“两融五城四跃升”中贡献工会智慧和力量。',
  '会议提出,一是实施聚共识工程,深化职工思想政治引领,教育引导全市职工群众坚定不移听党话、跟党走。二是实施促发展工程,团结广大职工建功立业。全年劳动和技能竞赛要覆盖职工35万人次,带动各级工会培育工匠100名。三是实施惠民生工程,做实困难职工帮扶救助。持续做好常态化帮扶、金秋助学、大病互助,提升困难职工的获得感和幸福感。四是实施解难题工程,全面推行新时代“枫桥经验”工会实践,推动构建和谐劳动关系。五是实施护安全工程,维护劳动领域政治安全。深化工会劳动法律监督“一函两书”制度,切实保障职工队伍和谐稳定。六是实施强改革工程,加强工会组织改革和建设,着力提升工会干部服务职工的能力和素质。',
].join('\n');

describe('一是 … 六是 running on inside one paragraph, the only numbering, are the items (xuchang-union-2025)', () => {
  it('imports 一–六 (was: no numbered items), the words before 一是 no item', () => {
    expect(refusal(xuchang)).toBeUndefined();
    const items = importPlan(xuchang).plan.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.id)).toEqual(['一', '二', '三', '四', '五', '六']);
    expect(items[0]?.title).toBe('实施聚共识工程');
    expect(items.map((i) => i.title).join('')).not.toContain('会议提出');
  });

  it('paragraphs that each count 一是, 二是 afresh number nothing: still refused', () => {
    const speech = [
      '乡镇2020年工作计划',
      '抓好党建工作,一是加强班子建设。二是加强党员教育。',
      '抓好经济工作,一是加快招商引资。二是抓好项目建设。',
    ].join('\n');
    expect(refusal(speech)).toMatchObject({ key: 'imp_noItems' });
  });
});

describe('a news report’s lead opens on its dateline: the headline over it is a line of its own, the title (xuchang-union-2025)', () => {
  it('河南许昌2025年劳动和技能竞赛将覆盖职工35万人次 over 3月11日上午,…: the headline is the title, the year 2025 from it', () => {
    const plan = importPlan(xuchang).plan;
    expect(plan.title).toBe('河南许昌2025年劳动和技能竞赛将覆盖职工35万人次');
    expect(plan.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });
});

describe('覆盖 before a count is a task verb: so many people to reach (xuchang-union-2025)', () => {
  it('全年劳动和技能竞赛要覆盖职工35万人次,带动各级工会培育工匠100名: two counts to reach', () => {
    expect(importedItems(xuchang).find((i) => i.id === '二')?.targets).toEqual([
      ['at_least', 350000, '人次', '2025-12-31'],
      ['at_least', 100, '名', '2025-12-31'],
    ]);
  });
});

/** The 工人日报 page on 上海市总工会's ten 实事 (shanghai-union-2024), its masthead kept. */
const shanghai = [
  '工人日报-中工网',
  '中工娱乐',
  '工人日报 2024年02月29日 星期一',
  '上海市总发布2024年10项服务职工实事项目',
  '《工人日报》(2024年02月29日 01版)',
  '本报讯 (记者裴龙翔)上海市总工会日前公布了2024年服务职工的10项实事项目,项目涵盖维权服务、技能提升、劳模服务、健康服务、帮困救助、生活服务6个大类。其中,“建设改善1000间生产一线职工工间休息室”“新建和改建职工健身驿站(健身角)”被列为上海市为民办实事项目。',
  '据统计,自2014年推出实事项目以来,上海市总已累计推出107个项目,惠及职工约3631.9万人次。',
  '2024年上海工会服务职工实事项目分别为:“建设改善1000间生产一线职工工间休息室”“劳模工匠服务千家企业和校园”“万家企业和谐劳动关系指导服务”“组织一线技术工人及职工疗休养”“新建和改建职工健身驿站(健身角)”“新就业形态劳动者暖心行动”“助力万户低收入职工‘菜篮子’行动”“推进职工技能等级提升”“赋能服务千个班组”“安全实训进一线班组”。',
].join('\n');

describe('quoted names run together after 分别为:, as many as a line above counts, are the items (shanghai-union-2024)', () => {
  it('the ten “…”“…” names are items 1–10 (was: no numbered items), each without the list’s quotes', () => {
    expect(refusal(shanghai)).toBeUndefined();
    const items = importPlan(shanghai).plan.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(items[6]?.title).toBe('助力万户低收入职工‘菜篮子’行动');
    expect(importedItems(shanghai)[0]?.targets).toEqual([['at_least', 1000, '间', undefined]]);
  });

  it('the count is the headline’s 10项, not the 107个项目 of the line right before: a count the names do not come to numbers nothing', () => {
    const nine = shanghai.replace('“安全实训进一线班组”', '');
    expect(refusal(nine)).toMatchObject({ key: 'imp_noItems' });
  });
});

describe('a newspaper’s masthead and edition line are the page’s, and a list’s intro under a headline is no title (shanghai-union-2024)', () => {
  it('工人日报 2024年02月29日 星期一 / headline / 《工人日报》(2024年02月29日 01版): the headline alone is the title', () => {
    expect(importPlan(shanghai).plan.title).toBe('上海市总发布2024年10项服务职工实事项目');
  });

  it('without the masthead, the headline still wins over the intro 2024年上海工会服务职工实事项目分别为:', () => {
    const bare = shanghai.split('\n').slice(3).filter((l) => !l.startsWith('《')).join('\n');
    expect(importPlan(bare).plan.title).toBe('上海市总发布2024年10项服务职工实事项目');
  });
});

describe('a round 百 / 千 / 万 alone before a measure word is the scale a project promises (shanghai-union-2024)', () => {
  it('服务千家企业 / 万家企业…指导服务 / 助力万户… / 赋能服务千个班组: 1000 家, 10000 家, 10000 户, 1000 个', () => {
    const items = importedItems(shanghai);
    expect([2, 3, 7, 9].map((n) => items.find((i) => i.id === String(n))?.targets)).toEqual([
      [['at_least', 1000, '家', undefined]],
      [['at_least', 10000, '家', undefined]],
      [['at_least', 10000, '户', undefined]],
      [['at_least', 1000, '个', undefined]],
    ]);
  });

  it('a figure of speech is no scale: 走进千家万户, 百县千乡万村', () => {
    const plan = ['某县总工会2024年工作要点', '1.开展普法宣传走进千家万户。', '2.推进百县千乡万村示范行动。'].join('\n');
    expect(importedItems(plan).map((i) => i.targets)).toEqual([[], []]);
  });
});

/** The 中国妇女报 report on the 安徽省妇联's 工作要点 (anhui-womenfed-2025), no title line. */
const anhui = [
  '日前,安徽省妇联向各市妇联、省直妇工委及省直管市、县妇联印发《全省妇联2025年工作要点》(以下简称《工作要点》),明确今年工作总体思路:在推进“五项行动”上持续发力,在落实改革任务上久久为功,聚力抓好“十大实事”,更好地引领服务联系妇女,为全面建设美好安徽贡献巾帼力量。',
  '据悉,今年,安徽省妇联将持续深化巾帼心向党引领行动、巾帼建功系列行动、家庭服务巾帼行动、巾帼维权暖心行动、妇联组织强基破难和妇联干部队伍能力素质提升行动,纵深推进全面从严治党,切实加强妇联自身建设。',
  '“十大实事”包括:“皖风送岗”巾帼招聘,组织线上线下专场招聘活动1000场次,提供就业岗位20万个;“皖美”巾帼家政拟进入全省400个社区开展宣传活动800场,服务16000多人次;开展省级爱心妈妈示范培训,推进“皖美一家 爱心妈妈”结对关爱应结尽结;通过20场“皖美”巾帼普法行省级示范活动,带动全省举办线上线下普法活动5000场;“皖美之约”婚恋交友公益工程,省市联动举办一批青年交友活动;“皖美”执委领航暨“徽姑娘”暖“新”行动,为“三新”领域妇女群众提供“娘家人暖‘新’码(卡)”、设立“娘家人暖‘新’角”、举办娘家人暖“新”专场活动等;建设“皖美”庭院,拟新建各级“美丽庭院”8万户;“皖家”巾帼创业项目,助力农村妇女发展“徽姑娘”农家乐(民宿)、合作社、电子商务等特色产业;在全省建设160个具有指导家庭文明创建、家庭教育服务、家庭关爱帮扶、家庭发展赋能等功能的“皖家”幸福驿站;“皖家”健康平安行动,实施全国妇联低收入妇女和省城乡困难妇女“两癌”救助等。',
].join('\n');

describe('a news report with no title line: the book it says was handed out, 印发《…2025年工作要点》, is the title (anhui-womenfed-2025)', () => {
  it('全省妇联2025年工作要点, not the list’s intro “十大实事” nor a made-up 2025年工作要点', () => {
    const plan = importPlan(anhui).plan;
    expect(plan.title).toBe('全省妇联2025年工作要点');
    expect(plan.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('a list’s intro naming no year, “十大实事”包括:, names the list, not the year’s plan: no title', () => {
    expect(importPlan(anhui.split('\n').slice(1).join('\n'), { year: 2025 }).plan.title).not.toBe('“十大实事”');
  });
});

describe('counts whose thing is named past words of their own (anhui-womenfed-2025)', () => {
  it('拟进入全省400个社区开展宣传活动800场: 进入 acts on the 400 communities, named up to the next task with its count', () => {
    expect(importedItems(anhui).find((i) => i.id === '2')?.targets.slice(0, 2)).toEqual([
      ['at_least', 400, '个', undefined],
      ['at_least', 800, '场', undefined],
    ]);
  });

  it('在全省建设160个具有…等功能的“皖家”幸福驿站: right after the verb, a count described at length before its name is that many', () => {
    expect(importedItems(anhui).find((i) => i.id === '9')?.targets).toEqual([['at_least', 160, '个', undefined]]);
  });

  it('服务16000多人次: more than so many people served, in a task of the plan, is at least that many (was: none, 多 read as approximate)', () => {
    expect(importedItems(anhui).find((i) => i.id === '2')?.targets.slice(2)).toEqual([['at_least', 16000, '人次', undefined]]);
  });

  it('a report of what was done with 多 / 余 is none: 已 / 共 before it, or a year before the plan’s', () => {
    const plan = (task: string) => ['某区妇联2025年工作要点', `1、${task}`].join('\n');
    expect(importedItems(plan('巾帼家政进社区开展宣传活动,已服务16000多人次。'))[0]?.targets).toEqual([]);
    expect(importedItems(plan('2024年全年共服务3000余人次,今年继续开展巾帼家政服务。'))[0]?.targets).toEqual([]);
    expect(importedItems(plan('高层次人才总量达到500余人。'))[0]?.targets).toEqual([['at_least', 500, '人', undefined]]);
  });

  it('an amount with 余 sizes a project described, no target (nanzhang-2023: 冷库库容达15000余立方米,年周转蔬菜达到40000余吨)', () => {
    const plan = ['某镇2023年工作计划', '(五)南李末村蔬菜保鲜库项目:该项目总投资预计300余万元,占地2000余平方米,冷库库容达15000余立方米,年周转蔬菜达到40000余吨,该项目预计2023年3月开工建设。'].join('\n');
    expect(importedItems(plan, 2023)[0]?.targets.filter(([kind]) => kind !== 'milestone')).toEqual([]);
  });

  it('在全市100个社区开展宣传 still counts no target: a scope, no verb acting on them', () => {
    const plan = ['某区妇联2025年工作要点', '1.在全市100个社区开展宣传活动800场。'].join('\n');
    expect(importedItems(plan)[0]?.targets).toEqual([['at_least', 800, '场', undefined]]);
  });
});

describe('a round 百 / 千 / 万 that only sounds like a count is none (shanghai-union-2024’s rule, bounded)', () => {
  it('进万家门、访万家情, 上万家企业, 数千名职工, 千家萬戶, 百家争鸣: no target', () => {
    const plan = [
      '某市总工会2024年工作要点',
      '1.开展进万家门、访万家情活动。',
      '2.组织上万家企业开展劳动竞赛。',
      '3.培训数千名职工骨干。',
      '4.推动工会服务走进千家萬戶。',
      '5.营造百家争鸣学术氛围。',
      '6.劳模工匠服务千家企业和校园。',
    ].join('\n');
    expect(importedItems(plan).map((i) => i.targets)).toEqual([[], [], [], [], [], [['at_least', 1000, '家', undefined]]]);
  });
});

describe('a list the text counts wins over an aside’s 一是…二是… on the same page (anhui-womenfed-2025, xuchang-union-2025)', () => {
  it('“十大实事”包括: ten clauses, the lead’s 一是…二是… no numbering', () => {
    const page = anhui.replace('据悉,今年,安徽省妇联将持续深化', '据悉,今年,安徽省妇联将抓好两件事:一是持续深化巾帼行动。二是持续深化');
    expect(importedItems(page).map((i) => i.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });
});
