// Stage 4: measurable targets inside an item's text, with their deadlines (stage 5).
//
//   不少于N, 不低于N, N以上, 达到N, 累计N …           at_least
//   控制在N以内, 不超过N, 下降到N …                    at_most
//   保持在N%以上, 动态保持 …                           level
//   全覆盖, 全部解困, 实现…全部                          milestone (target 100, unit %)
//   "选树试点10个", "命名工作室20家", "成立6个工作室"   at_least: a bare count after a task verb
//
// Conservative on purpose: a false target is worse than a missed one. Numbers inside quotes
// or 《titles》, years, dates, ranges, codes (5G, 1+X), ordinals (第三届), relative changes
// (增长8%) and conditions ("25人以上的企业", "100家以上、…") are never targets; the
// comparator-shaped ones among them come back as notes, which become import warnings.

import type { TargetKind } from '../model.js';
import { says, type ImportMessage } from './errors.js';
import { findDeadlines } from './deadlines.js';
import type { DeadlineHit } from './deadlines.js';
import { THOUSANDS, display, lineAt, parseChineseNumber } from './text.js';
import type { SText } from './text.js';

export interface FoundTarget {
  kind: TargetKind;
  target: number;
  unit: string;
  metric: string;
  pos: number;
  line: number;
  due?: string;
}

export interface TargetNote extends ImportMessage {
  line: number;
}

export interface TargetScan {
  targets: FoundTarget[];
  notes: TargetNote[];
}

export interface TargetOptions {
  year: number;
  /** Period bounds, YYYY-MM-DD: a deadline outside them is reported, not used. */
  start: string;
  end: string;
  /** Spans of the text to ignore (the attribution). */
  exclude?: Array<[number, number]>;
  /** Metric to use when the words before a number say nothing (the item title). */
  fallbackMetric: string;
}

/** "3.03" shifted by `pow10` decimal places, exactly: exactNumber('3.03', 4) = 30300. */
export function exactNumber(digits: string, pow10 = 0): number {
  const [int = '', frac = ''] = digits.split('.');
  const all = int + frac.padEnd(pow10, '0');
  const point = int.length + pow10;
  return Number(`${all.slice(0, point) || '0'}.${all.slice(point) || '0'}`);
}

const UNITS = [
  '个百分点',
  '百分点',
  '平方公里',
  '平方米',
  '立方米',
  '千米',
  '公里',
  '公顷',
  '人次',
  '场次',
  '户次',
  '件次',
  '批次',
  '万亿元',
  '万元',
  '亿元',
  '万美元',
  '亿美元',
  '美元',
  '个工作日',
  '工作日',
  '微克/立方米',
  '家次',
  '课时',
  '学时',
  '小时',
  '%',
  '‰',
  '个',
  '家',
  '场',
  '次',
  '条',
  '篇',
  '件',
  '项',
  '人',
  '名',
  '户',
  '所',
  '支',
  '批',
  '期',
  '座',
  '处',
  '套',
  '台',
  '辆',
  '张',
  '份',
  '册',
  '本',
  '部',
  '首',
  '幅',
  '集',
  '节',
  '班',
  '例',
  '床',
  '栋',
  '盏',
  '层',
  '间',
  '轮',
  '元',
  '亩',
  '吨',
  '公斤',
  '千克',
  '斤',
  '头',
  '只',
  '株',
  '棵',
  '米',
  '天',
  '门',
  '类',
  '位',
  '对',
  '组',
  '村',
  '宗',
  '起',
  '穴',
  '片',
  // (A case, a project counted one by one in Taiwanese usage: 辦理35案軟硬體計畫執行.)
  '案',
];
const PERCENTS = new Set(['%', '‰']);
const MONEY = new Set(['万亿元', '万元', '亿元', '万美元', '亿美元', '美元', '元']);
const RELATIVE_UNITS = new Set(['个百分点', '百分点']);
/** "下降0.5到1个百分点", "提高1—2个百分点": a change in points given as a range, the upper bound and the unit after the floor. */
const POINTS_SPAN = /^ ?(?:到|至|—|–|-|~|～) ?\d+(?:\.\d+)? ?(?=个?百分点)/;

const AT_LEAST_PRE =
  /(不少于|不低于|不得少于|不得低于|至少|力争达到|累计达到|达到|达|累计|(?<![不得])超过|突破|增加到|增加至|提高到|提高至|提升到|提升至|增至|扩大到|扩大至|新增|年度目标值|不小于|(?<![不得])大于|(?<![不得])高于|≥|>=|⩾)$/;
const AT_MOST_PRE =
  /(控制在|控制到|不超过|不高于|不得超过|不得高于|不大于|下降到|下降至|降至|降到|降低到|降低至|压减到|压减至|压降到|压降至|压缩到|压缩至|减少到|减少至|(?<![不得])低于|(?<![不得])少于|(?<![不得])小于|≤|<=|⩽)$/;
const LEVEL_PRE = /(动态保持在|动态保持|保持在|稳定在|维持在|保持|稳定)$/;
/** The name of an indicator opening its line (after a list's bullet) before its value's colon: 生产总值增长, 城镇调查失业率. */
const LABEL_BEFORE = /(?<=(?:^|\n)(?:[-•·] ?)?)[\u4e00-\u9fff]{2,20}$/;
const RELATIVE_PRE = /(同比增长|同比下降|年均增长|增长|下降|提高|降低|减少|增加|提升|扩大|缩小|压减|压降|压缩)$/;
const POST_LEAST = /^(以上|及以上|或以上)/;
const POST_MOST = /^(以内|以下|及以下|或以下)/;
const POST_APPROX = /^(左右|上下|余|多)/;
/** Units of a length of time: N个工作日内, N小时内 is a time limit. */
const TIME_SPAN = /^(?:个工作日|工作日|小时|天)$/;
const NOT_A_COUNT = /^(年|月|日|号|时|点|分|秒|岁|周岁|周年|届|级|星|倍|年度|世纪|大|强|项目)/;
const TASK_VERBS =
  /(盘活|推进|推动|实现|新认定|整治|清理|修缮|种植|栽植|支持|资助|选树|培育|命名|评选|评定|举办|开展|组织|建成|建立|成立|创建|打造|新建|新增|完成|实施|推出|认定|招募|培训|吸纳|帮扶|慰问|走访|救助|资助|发放|提供|发布|建设|累计|改造|引进|签约|招聘|培养|推荐|表彰|创成|挂牌|办好|发展|召开|帮助|组建|建好|设立|遴选|安排|开设|改建|安装|增配|争创|配置|配备|加装|促进|维修|更换|铺设|硬化|增加|扩种|援助|开发|销号|再建|扩建|治理|购置|采购|储备|拆除|开办|创办|公推|增设|覆盖|进入|走进|进行|收回|调整|推广|办理|评估|展示)/;
/**
 * Words that open a new sentence of a plan's prose, never the end of a name: where a copy dropped the full stop before
 * them (建成A、B等3条高速围绕交通硬联通项目三年建成的目标,推进…) what was counted ends (3条高速).
 */
const STOP_DROPPED = /(?:围绕|聚焦|按照|坚持|着力|全力|确保|力争)/;
/** What a count after 等 totals, to where the clause (or the sentence a copy ran on) ends: 等6座小型水库加固改造. */
const TOTALLED = new RegExp(`^(?:\\d+ ?(?:千伏|kV|KV|kv) ?)?[\\u4e00-\\u9fff]{2,12}?(?=[,;:。、)\\]\\n]|\\([A-Za-z]{2,8}\\)|$|(?:及|和|与)[\\u4e00-\\u9fff]{2,}等\\d|${STOP_DROPPED.source})`);
/** A verb of putting to use what one has (用好, 依托, 借助): the count after it is the stock used. */
const STOCK_USED = /(?:用好|利用好|依托|借助|凭借|发挥好)$/;
/** A year's projects by the stage they are at: 续建项目, 新开工项目, 谋划项目. */
const PROJECTS_BY_STAGE = /(?:续建|新开工|开工|竣工|谋划|储备)(?:重点)?项目/;
/** 新 and a verb of one or two characters right before a count: 新发展 (a converter's 新进展), 新招录, 新吸收 — done anew to that many. */
const NEWLY = /^新[\u4e00-\u9fff]{1,2}$/;
/**
 * Nothing, a preposition or the scope before a count that opens its clause ("为10个老旧小区实施…",
 * "在50所学校食堂开展…建设", "全市首批100个…示范社区全面建成"); or an aim and what is measured, a few
 * characters ("力争路段7.8公里全线绿化美化").
 */
const OPENS_COUNT = /^(?:为|对|给|在)?(?:全(?:市|区|县|省|镇|乡|国)|辖区)?(?:首批|第一批|新)?$|^(?:为|对|给|在)[\u4e00-\u9fff、]{1,40}等$|^(?:为|对|给)[\u4e00-\u9fff]{1,12}的$|^(?:为|对|给)全(?:市|区|县|省|镇|乡)[\u4e00-\u9fff]{1,8}$|^(?:力争|确保|争取)[\u4e00-\u9fff]{0,4}$/;
/** 所 and a task verb before a count: what was done to them (所收回的120公顷), a description. */
const DONE_BY = new RegExp(`所(?:${TASK_VERBS.source})的$`);
/** The year a clause opens on, before what it counts: 于2023年为分布各区的111个道路构筑物进行翻新. */
const OPENING_YEAR = /^(?:于|在|到)? ?(?:19|20)\d{2} ?年(?:底前|底|内|前)?/;
/** Two-character words before a count that say what there is, not what is done: 涉及12个乡镇, 现有5所, 包括3项. */
const HAS_OR_SPANS = /^(?:涉及|包括|包含|含有|现有|共有|拥有|已有|原有|尚有|还有|分为|分成|分属|辐射|惠及|受益|位于|地处|占地|相当|合计|总计|共计|其余|剩余|排名|位列|位居|年均|人均|每年|每月|每个|每家|每户|每人|平均)$/;
/**
 * A verb of two characters right before a count of things counted one by one, the clause's only words before it
 * (after 全年 / 一是 and the like): "增设4处交叉口信号灯", "加快10个商贸项目建设" — that many to do, whatever the verb
 * (a closed list of verbs misses the next plan's). Not a word saying what there is (涉及12个乡镇).
 */
const actsOn = (pre: string, unit: string): boolean => {
  if (!COUNT_WORD.test(unit)) return false;
  let bare = pre.trim();
  for (let guard = 0; guard < 3; guard++) {
    const lead = LEADING_SCOPE.exec(bare);
    if (!lead) break;
    // (Only a scope before the count, 在全市100个社区开展宣传: where the work is done, no verb acting on them.)
    if (lead[0].length === bare.length) return false;
    bare = bare.slice(lead[0].length);
  }
  return /^[\u4e00-\u9fff]{2}$/.test(bare) && !HAS_OR_SPANS.test(bare) && !COMPARATOR_TAIL.test(bare);
};
/** What a share of something does: "50%的城市社区建成…" (a level of 50 % to reach). */
const SHARE_DOES = /^的([\u4e00-\u9fff]{2,12}?)(?:均|都|全部)?(?:建成|建立|实现|达到|达标|完成|配备|覆盖|开展|纳入|接入|通过)/;
/** What a share right before it is done to: "100%纳入监测范围", "100%达标", "100%覆盖". */
const SHARE_DONE = /^(?:纳入|覆盖|达标|接入|入库|建档|到位|落实到位|完成)/;
/** A 、 standing for a comma before 以…为主, which says which ones: 辦理35案軟硬體計畫執行、以通過…之社區為主. */
const AS_COMMA = /^、以[^,;:。\n]{1,30}?为(?:主|重点|限)/;
/** A verb clearing or settling a share of a group named right after it: 消化60%超职数干部. */
const SHARE_ACTED = /(?:消化|化解|处置|清理|清退|清偿|整改|销号|安置)$/;
/** Who a service is for, named right after their number: 中小学生, 老年人, 困难群众, 残疾儿童 … */
const PEOPLE = /^[\u4e00-\u9fff]{0,6}?(?:学生|居民|群众|老人|老年人|儿童|妇女|职工|农民|人口|患者|残疾人|青少年|家庭|孕产妇|新生儿|少年)/;
/** A verb that is all the clause says before a count of people: 提升3万农村人口…水平, 培训2万农民. */
const SERVES = new RegExp(`^(?:${TASK_VERBS.source}|提升)$`);
/** Measure words that count things (not amounts: 元, 亩, 吨, 万元 …). */
const COUNT_WORD = /^(个|条|家|所|座|处|套|台|辆|张|栋|间|村|项|支|批|类|户|名|人|场|件)$/;
/** What a clause opening on a count does to them. */
const COUNTED_ACTION = /(新增|实施|加装|安装|改造|提供|建设|新建|建成|完成|开设|设置|配备|更新|提升|升级|绿化|美化|亮化|硬化|整治|维修|更换|修缮)/;
/** A dimension named before its figure: 路基宽度24米, 高度3米. */
const SIZE_PRE = /(?:宽度|寬度|路宽|路寬|(?<!拓)宽|(?<!拓)寬|高度|深度|厚度|直径|直徑|跨径|跨徑|跨度)(?:约|約|为|為)?$/;
const LENGTH_PRE = /(?:全长|全長|总长|總長|长度|長度)(?:约|約|为|為)?$/;
const SIZE_NEXT = /^[、,]? ?[\u4e00-\u9fff]{0,4}(?:宽度|寬度|路宽|宽|寬|高度|深度|厚度|直径|直徑|跨径|跨度)(?:约|約|为|為)?\d/;
/** Ages of the people a count is of: 75~79周岁, 60岁以上. */
const AGES = /\d{1,3}(?:[~～\-—至]\d{1,3})?周?岁(?:以上|以下|及以上|及以下)?/g;
/** What a count names running to its clause's end into what is done to it: 三类桥梁加固维修, 桥改造. */
const DONE_TO = new RegExp(`^[^\\P{Script=Han}等]{1,16}?${COUNTED_ACTION.source}(?=[,;。\\n(]|$)`, 'u');
/** Words before what is counted: enumerators, adverbs, scope ("一是", "全市", "累计") … */
const LEADING_SCOPE =
  /^(一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|其中|同时|并且|并|且|还|要|力争|确保|争取|全年|年内|今年|当年|每年|年均|累计|在|于|全市|全区|全县|全省|全镇|全乡|全街道|全系统)/;
/** … and the action ("选树", "带动"): one verb is dropped, "完成改造小区" keeps 改造小区. */
const LEADING_VERB =
  /^(组织开展|新培育|新认定|新建成|新创建|带动|推动|组织|举办|开展|完成|实现|培育|选树|命名|评选|评定|建成|建立|成立|创建|组建|打造|新建|新增|发布|推出|认定|招募|培训|吸纳|帮扶|帮助|慰问|走访|救助|资助|发放|实施|推进|引导|指导|支持|鼓励|吸引|改造|引进|培养|表彰|发展|召开)/;
const COMPARATOR_TAIL = new RegExp(
  `(${[AT_LEAST_PRE, AT_MOST_PRE, LEVEL_PRE, RELATIVE_PRE].map((r) => r.source.slice(1, -2)).join('|')})$`,
);
/**
 * The words before a number without the enumerator, the project and the year (and phase) a clause opens on:
 * "一是2021年计划投资" and "四是云塑小镇项目2021年二期计划投资" are "计划投资".
 */
const bareOf = (pre: string): string =>
  pre
    .trim()
    .replace(/^(?:[一二三四五六七八九十]{1,3}是)?(?:[\u4e00-\u9fff]{2,12}?项目)?(?:(?:19|20)\d{2} ?年度?)?(?:[一二三四五]期)?/, '');
const MILESTONE = /全覆盖|全部解困|全部脱困|实现[^,;:]{0,40}全部/;
/** A place that governs, by its name's end: 吉首市, 凤凰县, 湘西经开区, 乾州街道 (not 小区, 社区, 校区: things worked on). */
const JURISDICTION = /(?:市|[县縣]|[镇鎮]|[乡鄉]|街道|(?:开发|開發|经开|經開|高新|新)[区區])$/;
/** The year a change is measured from, 比2021年 / 较2020年底: a base, no report of that year. */
const BASE_YEAR = /(?:比|较|較|相比|相较于?|與|与)(?:19|20)\d{2} ?年(?:底|末)?/g;
/** Words before 前N% / 前N名 that make it a rank to reach, not a time (近3年, 前三季度). */
const RANK_PRE = /(进入|冲击|跻身|位居|位列|稳居|居于|保持在?|排名|排在|挺进|迈入|入围|争创|争先进入)[^,;:。]{0,10}$/;
/** A count left blank in a model text (范文): ____个, XX个, ××次, X% — the number for the user to write in. */
const BLANK_COUNT = /(?:_{2,}|(?<![A-Za-z0-9])(?:[Xx×]{1,3}))(?:人次|[%个次项家人名场户条所件座期批天万亿元])/;
const MILESTONE_VERBS = /(出台|印发|召开|完成|建成|制定|编制|公布|发布|启动|开通|上线|投用|投入使用|投入运营|试运营|投产|交付|通车|开业|开馆|开园|验收|竣工|完工|挂牌|成立|举办|开工|备案|报送|上报|提交)/;
const CN_AFTER_VERB = new RegExp(`(?<=${TASK_VERBS.source})(?<n>[一两二三四五六七八九十]{1,2})(?=[个所座处家条栋套台辆张间])`, 'g');
/**
 * 百 / 千 / 万 standing alone right before a measure word of things counted one by one, and what they are (two characters
 * at least: not 进万家门): no numeral around it, nor a word making it vague (上万, 数千, 近万, 过万).
 */
const SCALE = /(?<![零〇一二两三四五六七八九十百千万萬\d.数上近过破逾几])[百千万萬](?=[家户戶个個名所间間座场場项項][\u4e00-\u9fff]{2})(?![百千万萬].[零〇一二两三四五六七八九十百千万萬])/g;
const CN_NUM = /(不少于|不低于|至少|达到|累计|超过|突破|控制在|不超过|不高于|保持在) ?([零〇一二两三四五六七八九十百千万]{1,8})/g;

const QUOTES: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['《', '》'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
  ['〈', '〉'],
]);

/**
 * A bracket that breaks a count into its parts, two at least with a figure each ("危桥改造12座(其中:1座四五类危桥、11座
 * 宽路窄桥)", "(含…护栏6.7公里、…护栏5.65公里)"), lists the work part by part: each part a count, as a 其中 list outside
 * brackets is. One part alone ("新培育…龙头企业5家(其中省级1家)") says what some of them are: not read.
 */
function partsCounted(norm: string, open: number, end: number): boolean {
  const close = norm.indexOf(')', open);
  if (close < 0 || close > end) return false;
  return norm.slice(open + 1, close).split(/[、,;]/).filter((part) => /\d/.test(part)).length >= 2;
}

/** Marks characters inside quotes / book titles / excluded spans (never targets). */
function maskOf(norm: string, sentences: Array<[number, number]>, exclude: Array<[number, number]>): Uint8Array {
  const mask = new Uint8Array(norm.length);
  for (const [s, e] of sentences) {
    const stack: string[] = [];
    let ascii = false;
    for (let i = s; i < e; i++) {
      const c = norm.charAt(i);
      const close = QUOTES.get(c);
      // (A schedule quoted as its slogan, “11月前全面完成、12月查漏补缺和完善提升”, opens on its date: no name, read.)
      if (close !== undefined && /^\d{1,2} ?月(?:份|底|末)? ?(?:前|之前)/.test(norm.slice(i + 1, i + 8))) continue;
      // (A quote the page never closes in its sentence, 做好十四五”“十五五规划衔接,总结评估6个…, its close dropped by a
      // copy: no name runs to the sentence's end, nothing masked.)
      if (close !== undefined && !norm.slice(i + 1, e).includes(close)) continue;
      if (close !== undefined) stack.push(close);
      else if (c === '(' && /^\(\s?(其中|含|包括|即)/.test(norm.slice(i, i + 5)) && !partsCounted(norm, i, e)) stack.push(')');
      else if (stack.length > 0 && c === stack[stack.length - 1]) {
        stack.pop();
        mask[i] = 1;
      } else if (c === '"') ascii = !ascii;
      if (stack.length > 0 || ascii) mask[i] = 1;
    }
  }
  for (const [s, e] of exclude) mask.fill(1, Math.max(0, s), Math.min(norm.length, e));
  // A KPI's scoring scale (衡量标准(评分级距):1.完成委托…25%;2.…50%): its grading, not targets.
  for (const m of norm.matchAll(/评分级距\)?:[^。\n]*/g)) mask.fill(1, m.index, m.index + m[0].length);
  return mask;
}

function sentenceSpans(norm: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < norm.length; i++) {
    if ('。;!?\n'.includes(norm.charAt(i))) {
      if (i > from) out.push([from, i]);
      from = i + 1;
    } else if (norm.charAt(i) === ' ' && i > from && /^ \d{1,2}、\D/.test(norm.slice(i, i + 5)) && !/\d/.test(norm.charAt(i - 1))) {
      // Steps numbered inline in one cell: "1、…7月1日项目投入试运营 2、…计划10月1日前完成项目建设".
      out.push([from, i]);
      from = i + 1;
    }
  }
  if (norm.length > from) out.push([from, norm.length]);
  return out;
}

function unitAt(norm: string, p: number): string {
  for (const u of UNITS) if (norm.startsWith(u, p)) return u;
  return '';
}

/**
 * What describes a project as designed: its site or floor area given as a figure, its design standard or size, an area
 * it is about (50平方公里以上建设用地面积达到…目标要求 is an area to reach, no description).
 */
const DESIGN = /(?:用地|建筑|建设|占地)面积 ?(?:约|約|为|為)? ?\d|设计(?:标准|规模)|面积 ?(?:约|約|为|為) ?\d/;

/**
 * A sentence citing a projection, 根據國發會最新推估,…至2030年將開始少於2,300萬人 / 据预测…: what someone forecasts will
 * happen, not a number the plan sets out to reach (预计 of the plan's own work, 预计完成投资, is not cited from anyone).
 */
const FORECAST = /(?:根据|根據|据|據|按照)[^,;。]{0,20}?(?:推估|推计|推計|推算|预测|預測|预估|預估)/;

const CLAUSE_END = /[,;:。、()\]\n]/;

interface Candidate {
  start: number;
  end: number;
  value: number;
  cn: boolean;
  /** A count in Chinese numerals after as many names as it counts ("西苑小区、金鑫二小区、宏昌小区三所") or right after its task verb ("提升改造一个"). */
  listed?: boolean;
  /** A round 百 / 千 / 万 alone before its measure word: the scale a project's name promises ("服务千家企业"). */
  scale?: boolean;
}

/** Periods listed and the sums each must reach, in order: 上半年、三季度、四季度任务分别为80、60、60万元. */
const PERIOD_SHARES = /((?:第?[一二三四](?:季度)?|[上下]半年)(?:[、,和及]?(?:第?[一二三四](?:季度)?|[上下]半年))+)[\u4e00-\u9fff]{0,10}?分别为 ?(\d+(?:\.\d+)?(?: ?[、,和] ?\d+(?:\.\d+)?)+) ?(万元|亿元|元|个|家|人|次|项)/g;
const PERIOD_END: Record<string, string> = { 一: '03-31', 二: '06-30', 三: '09-30', 四: '12-31', 上半年: '06-30', 下半年: '12-31' };

/** Each period's share, at least that much by the period's end; none when the periods and the sums do not pair up. */
export function periodShares(norm: string, year: number): Array<{ target: number; unit: string; due: string; pos: number }> {
  const out: Array<{ target: number; unit: string; due: string; pos: number }> = [];
  for (const m of norm.matchAll(PERIOD_SHARES)) {
    const periods = (m[1] ?? '').match(/[上下]半年|[一二三四]/g) ?? [];
    const sums = (m[2] ?? '').split(/ ?[、,和] ?/).map(Number);
    if (periods.length !== sums.length || !/季度|半年/.test(m[1] ?? '')) continue;
    const pos = m.index + m[0].length - (m[3] ?? '').length;
    periods.forEach((p, i) => out.push({ target: sums[i] ?? 0, unit: m[3] ?? '', due: `${year}-${PERIOD_END[p] ?? '12-31'}`, pos }));
  }
  return out;
}

export function findTargets(body: SText, opts: TargetOptions): TargetScan {
  const { norm, raw } = body;
  const sentences = sentenceSpans(norm);
  const mask = maskOf(norm, sentences, opts.exclude ?? []);
  const targets: FoundTarget[] = [];
  /** "计划于9月底前全部完成": the date the work named before is all done by (see the end). */
  const completions: FoundTarget[] = [];
  const notes: TargetNote[] = [];
  const note = (pos: number, message: ImportMessage): void => {
    notes.push({ line: lineAt(body, pos), ...message });
  };
  const snippet = (s: number, e: number): string => display(raw.slice(Math.max(0, s), Math.min(raw.length, e)));

  /** The words before the number: what is counted. */
  const metricOf = (clauseStart: number, numStart: number): string => {
    let s = clauseStart;
    let e = numStart;
    const trimEnds = (): void => {
      const marker = /^(?:[\u2460-\u2487]|\(\d{1,3}\)|\d{1,3}\))/.exec(norm.slice(s, Math.min(e, s + 6)));
      if (marker) s += marker[0].length;
      while (s < e && /[\s,、:;(的]/.test(norm.charAt(s))) s++;
      while (e > s && /[\s,、:;的]/.test(norm.charAt(e - 1))) e--;
    };
    trimEnds();
    const tail = COMPARATOR_TAIL.exec(norm.slice(s, e));
    if (tail) e -= tail[0].length;
    trimEnds();
    let verbs = 0;
    for (let guard = 0; guard < 8; guard++) {
      const slice = norm.slice(s, e);
      const scope = LEADING_SCOPE.exec(slice);
      const verb = verbs === 0 ? LEADING_VERB.exec(slice) : null;
      const dl = /^[\d年上下第前一二三四]/.test(slice) ? findDeadlines(slice.slice(0, 24), opts.year)[0] : undefined;
      if (dl && dl.start === 0 && e - s - dl.end >= 2) s += dl.end;
      else if (scope && e - s - scope[0].length >= 2) s += scope[0].length;
      else if (verb && e - s - verb[0].length >= 2) {
        s += verb[0].length;
        verbs++;
      } else break;
      trimEnds();
    }
    if (e - s > 12) {
      const slice = norm.slice(s, e);
      let cut = -1;
      for (const m of slice.matchAll(/开展|组织|举办|实施/g)) {
        if (slice.length - (m.index + m[0].length) >= 4) cut = m.index + m[0].length;
      }
      if (cut > 0) s += cut;
    }
    trimEnds();
    let metric = display(raw.slice(s, e));
    if (metric.length > 40) metric = metric.slice(metric.length - 40);
    return metric;
  };

  for (const [sStart, sEnd] of sentences) {
    const sentence = norm.slice(sStart, sEnd);
    // A sentence describing a project as designed, by its site or floor area or its design standard (…项目总用地面积
    // 24938.8㎡,设计标准为二级甲等医院,新建发热门诊1栋,总床位数348床 / …改造等,建设面积约15万平方米): its sizes and
    // counts say what the project is, not what the year is to reach.
    if (DESIGN.test(sentence)) continue;
    if (FORECAST.test(sentence)) continue;
    const found: FoundTarget[] = [];
    // (A year's projects by stage, 续建项目7个 / 新开工项目24个 / 谋划项目5个, count them as a verb would.)
    const verbMatch = TASK_VERBS.exec(sentence) ?? PROJECTS_BY_STAGE.exec(sentence);
    const firstVerb = verbMatch ? sStart + verbMatch.index : Infinity;

    const candidates: Candidate[] = [];
    // (3٬300: its thousands grouped, toNorm's THOUSANDS.)
    for (const m of sentence.matchAll(/\d{1,3}(?:\u066c\d{3})+(?!\d)|\d+(?:\.\d+)?/g)) {
      candidates.push({ start: sStart + m.index, end: sStart + m.index + m[0].length, value: Number(m[0].replaceAll(THOUSANDS, '')), cn: false });
    }
    for (const m of sentence.matchAll(CN_NUM)) {
      const digits = m[2] ?? '';
      const value = parseChineseNumber(digits);
      if (value === undefined || value === 0) continue;
      const start = sStart + m.index + m[0].length - digits.length;
      candidates.push({ start, end: start + digits.length, value, cn: true });
    }
    // "实施西苑小区、金鑫二小区、宏昌小区三所老旧小区…改善": a count in Chinese numerals right after the names it
    // stands for, as many as it says (two at least), is a count as 3所 would be.
    for (const m of sentence.matchAll(/(?<=[\u4e00-\u9fff])([两二三四五六七八九十]{1,2})(?=[个家所座处条项村户栋套台])/g)) {
      const value = parseChineseNumber(m[1] ?? '');
      if (value === undefined || value < 2) continue;
      const clause = /[^,;:(]*$/.exec(sentence.slice(0, m.index))?.[0] ?? '';
      const names = clause.split('、');
      if (names.length !== value || names.some((n) => !/^[\u4e00-\u9fff]{2,16}$/.test(n))) continue;
      // (Names of places that govern, 推进吉首市、湘西经开区两个…改革试点, say where the work is done, as 在100个社区 does:
      // the count tallies them, no number of things to make.)
      if (names.every((n) => JURISDICTION.test(n))) continue;
      const start = sStart + m.index;
      candidates.push({ start, end: start + (m[1] ?? '').length, value, cn: true, listed: true });
    }
    // "提升改造一个未成年人保护工作站", "新建两所幼儿园": a count in Chinese numerals right after the task verb, then a
    // measure word of things counted one by one, is a count as 1个 would be (一批, 一类, 一项 name no number of things).
    for (const m of sentence.matchAll(CN_AFTER_VERB)) {
      const digits = m.groups?.n ?? '';
      const value = parseChineseNumber(digits);
      const start = sStart + m.index;
      if (value === undefined || candidates.some((c) => c.start === start)) continue;
      candidates.push({ start, end: start + digits.length, value, cn: true, listed: true });
    }
    // "劳模工匠服务千家企业和校园", "万家企业和谐劳动关系指导服务", "赋能服务千个班组": a round 百 / 千 / 万 alone before a measure
    // word of things counted one by one is the scale the project promises, that many (not 千家万户, 百县千乡: figures of speech).
    for (const m of sentence.matchAll(SCALE)) {
      const start = sStart + m.index;
      const around = norm.slice(Math.max(0, start - 2), start + 4);
      // (A slogan says it again, 进万家门、访万家情: a figure of speech too; so are two scales one word apart, each before
      // its own thing, 百馆千场万人科学家精神宣讲联盟: a name.)
      const again = sentence.split(norm.slice(start, start + 2)).length > 2;
      if (again || /[百千万萬][\u4e00-\u9fff][百千万萬]|百家争鸣|百家爭鳴|万家灯火|萬家燈火/.test(around) || candidates.some((c) => c.start === start)) continue;
      candidates.push({ start, end: start + 1, value: m[0] === '百' ? 100 : m[0] === '千' ? 1000 : 10000, cn: true, scale: true });
    }
    // "进入前五位", "跻身全省前十名": a rank written in Chinese numerals is read as 前5位 would be (the rank's words decide below).
    for (const m of sentence.matchAll(/(?<=前)([一二三四五六七八九十]{1,3})(?=[名位])/g)) {
      const value = parseChineseNumber(m[1] ?? '');
      const start = sStart + m.index;
      if (value === undefined || candidates.some((c) => c.start === start)) continue;
      candidates.push({ start, end: start + (m[1] ?? '').length, value, cn: true });
    }
    candidates.sort((a, b) => a.start - b.start);

    let prevEnd = sStart;
    let prevAny = sStart;
    /** Where the last target read ends (a list of standards goes on after it). */
    let lastEnd = sStart;
    /** The growth rate just read, where a list of them goes on ("分别增长5%、10%和5%"): its end and metric. */
    let rates: { end: number; metric: string } | undefined;
    /** Where the next figure of a 、-list after 分别 and its verb stands, and the words the verb ends (分别稳定在). */
    let respectively: { at: number; pre: string } | undefined;
    for (const cand of candidates) {
      const { start, end } = cand;
      if (mask[start] === 1 || start < prevEnd) continue;
      // Not a quantity: part of a code, a date, a range, an ordinal.
      const prev = norm.charAt(start - 1);
      const prevNs = prev === ' ' ? norm.charAt(start - 2) : prev;
      const next = norm.charAt(end);
      // (A colon after words, "(其中:1座…", opens what follows; after a figure, 10:30 / 1:1, it is a time or a ratio.)
      const colon = prevNs === ':' && !/[\dA-Za-z]/.test(norm.charAt(start - (prev === ' ' ? 3 : 2)));
      if ((/[A-Za-z0-9.+\-/:_#~]/.test(prev) || /[A-Za-z+\-/:_#~]/.test(prevNs)) && !colon) continue;
      // "引进新品种2-3个": a range of a count, its bounds after each other and a measure word after both (not a
      // span of years, a code or a percent): at least the lower bound (at most the upper one after 控制在 …).
      const range = !cand.cn && /^\d{1,6}$/.test(norm.slice(start, end)) ? /^ ?[-~] ?(\d{1,6})(?![\d.])/.exec(norm.slice(end, end + 10)) : null;
      const upper = range ? Number(range[1]) : NaN;
      const rangeUnit = range ? unitAt(norm, end + range[0].length + (norm.charAt(end + range[0].length) === ' ' ? 1 : 0)) : '';
      const ranged = range !== null && upper > cand.value && rangeUnit !== '' && !PERCENTS.has(rangeUnit) && !MONEY.has(rangeUnit);
      const span = !cand.cn && !ranged ? POINTS_SPAN.exec(norm.slice(end, end + 12)) : null;
      if (!ranged && !span && (/[A-Za-z0-9_+\-/:#~]/.test(next) || (next === '.' && /\d/.test(norm.charAt(end + 1))))) continue;
      if (prevNs === '前' && (!cand.cn || /^[名位]/.test(next))) {
        // A rank to reach: 冲击全球前0.1%行列, 进入全省前10名 (at most that share or place).
        const at = norm.lastIndexOf('前', start - 1);
        const rankUnit = /^(%|‰|名|位)/.exec(norm.slice(end, end + 1))?.[0];
        let from = at;
        while (from > Math.max(sStart, prevEnd, at - 16) && !/[,;:\n]/.test(norm.charAt(from - 1))) from--;
        if (rankUnit !== undefined && RANK_PRE.test(norm.slice(from, at)) && norm.charAt(end + 1) !== '的') {
          found.push({ kind: 'at_most', target: cand.value, unit: rankUnit, metric: metricOf(from, at) || opts.fallbackMetric, pos: start, line: lineAt(body, start) });
          prevEnd = prevAny = end + 1;
        }
        continue;
      }
      if (prevNs === '第' || prevNs === '前' || prevNs === '近') continue;

      let p = ranged ? end + (range?.[0].length ?? 0) : end + (span?.[0].length ?? 0);
      if (norm.charAt(p) === ' ') p++;
      let value = cand.value;
      let unit = '';
      // 万元 / 亿元 / 万亿元 / 亿美元 are units of their own (120亿元 is 120 亿元, 1万亿元 is 1 万亿元, as the plan writes it).
      const money = /^(?:万亿元|万元|亿元|万美元|亿美元)/.exec(norm.slice(p, p + 3));
      if (money) unit = money[0];
      else if (!cand.cn && (norm.charAt(p) === '万' || norm.charAt(p) === '亿')) {
        // Decimal-exact: 3.03万 is 30300, not 30299.999999999996.
        value = exactNumber(norm.slice(start, end).replaceAll(THOUSANDS, ''), norm.charAt(p) === '万' ? 4 : 8);
        p++;
        if (norm.charAt(p) === ' ') p++;
      }
      if (unit === '') unit = unitAt(norm, p);
      // "服务16000多人次", "达到500余人": 多 / 余 between the figure and its measure word, more than that many (read below).
      const more = unit === '' && /^[多余]/.test(norm.charAt(p)) ? unitAt(norm, p + 1) : '';
      if (more !== '') {
        p++;
        unit = more;
      }
      // 人均预期寿命达82.4岁: an age is a target after 达/达到 (but 35岁以下 is a condition).
      if (unit === '' && norm.charAt(p) === '岁' && !cand.cn && AT_LEAST_PRE.test(norm.slice(Math.max(0, start - 4), start).replace(/ +$/, ''))) unit = '岁';
      if (unit === '' && (cand.cn || NOT_A_COUNT.test(norm.slice(p, p + 3)))) continue;
      const unitStart = p;
      let q = p + unit.length;
      // "抽检量不少于4批次/千人", "每10万人口…": a rate per so many people, the unit as written with what it is per.
      if (unit !== '' && !PERCENTS.has(unit)) q += /^\/ ?(?:\d{1,3}|[十百千万])?[十百千万]?(?:人口|人|户)/.exec(norm.slice(q, q + 8))?.[0].length ?? 0;
      // A percent sign is written %: the look-alikes a PDF leaves (﹪, ℅) are read as it.
      const rawUnit = PERCENTS.has(unit) ? unit : display(raw.slice(unitStart, q));
      if (norm.charAt(q) === ' ') q++;
      const postLeast = POST_LEAST.exec(norm.slice(q, q + 4));
      // "开办企业0.5个工作日内完成", "24小时内办结": a time after which nothing is left undone, 内 caps it as 以内 does.
      const postMost = postLeast ? null : (POST_MOST.exec(norm.slice(q, q + 4)) ?? (TIME_SPAN.test(unit) ? /^之?内/.exec(norm.slice(q, q + 2)) : null));
      const approx = POST_APPROX.exec(norm.slice(q, q + 3));
      const postWord = postLeast?.[0] ?? postMost?.[0] ?? '';
      let r = q + postWord.length;
      // 左右 / 上下 keep the kind the words before give (达到2000名左右 is at_least 2000).
      if (postWord === '' && approx && /^(左右|上下)/.test(approx[0])) r += approx[0].length;
      if (norm.charAt(r) === ' ') r++;
      const endChar = norm.charAt(r);
      // "硬化道路10万平方米并安装…", "铺设污水管网348米及其他附属设施": a count ends its clause where the next task starts.
      const atClauseEnd = r >= sEnd || CLAUSE_END.test(endChar) || /^(?:并|以及|及其他|及其它|及配套)/.test(norm.slice(r, r + 3));

      // The clause before the number: back to the last separator or the previous target.
      // (At most 200 characters back: a longer "clause" names nothing, and the bound keeps long lines linear.)
      let clauseStart = start;
      const floor = Math.max(prevEnd, start - 200);
      while (clauseStart > floor && !/[,;:\n]/.test(norm.charAt(clauseStart - 1))) clauseStart--;
      // "- 生产总值增长:5.5%左右": a figure alone after a label's colon (a list of indicators, each named, then its value) is
      // the label's, read as if the label stood right before it.
      const label = norm.charAt(clauseStart - 1) === ':' && /^ ?(?:达到|达|约|为|不低于|不少于|超过)? ?$/.test(norm.slice(clauseStart, start)) ? LABEL_BEFORE.exec(norm.slice(Math.max(floor, clauseStart - 21), clauseStart - 1)) : null;
      if (label) clauseStart -= label[0].length + 1;
      const pre = norm.slice(clauseStart, start).replace(/[ :]+$/, '');
      const clause = norm.slice(clauseStart, r);
      // More than so many things counted one by one, in a task of the plan (服务16000多人次, 达到500余人), is at least that many;
      // an amount so written (1000余万元, 冷库库容达15000余立方米, 占地500余亩) sizes a project described, and a report of what
      // was done (已服务3000余人次, 共…, a year before the plan's) counts the past: neither is a number to hold anyone to.
      const promised = more !== '' && (COUNT_WORD.test(unit) || /次$/.test(unit)) && !reported(norm.slice(sStart, start), pre, opts.year);
      const about = (more !== '' && !promised) || (approx !== null && !/^(左右|上下)/.test(approx[0]));
      // "新建道路全长343米、路基宽度24米": a width (a height, a depth…) named right before its figure is the size of one
      // work, and so is a length given beside it: no count of work done (全长约4.3公里 alone, what is laid, still is).
      if (/^(?:米|公里|千米|厘米|毫米)$/.test(unit) && (SIZE_PRE.test(pre) || (LENGTH_PRE.test(pre) && SIZE_NEXT.test(norm.slice(r, r + 12))))) continue;

      // "培育一批产值超5亿元、税收超1000万元的龙头企业": a 、-list of figures running into 的 and what they describe says which
      // ones, as 1000万元的龙头企业 alone does (the bars of a kind of firm, no number to reach).
      if (endChar === '、' && postWord === '' && listRunsIntoOf(norm, r, sEnd)) continue;

      // "粮食播种面积和产量分别稳定在218万亩、18亿斤以上": after 分别, the verb before the first figure of a 、-list governs
      // each figure of it, read as if it stood right before each.
      const governs = respectively?.at === start && pre === '' ? respectively.pre : pre;
      let kind: TargetKind | undefined;
      if (AT_LEAST_PRE.test(governs)) kind = 'at_least';
      else if (AT_MOST_PRE.test(governs)) kind = 'at_most';
      else if (LEVEL_PRE.test(governs)) kind = postMost ? 'at_most' : 'level';
      // "确保生猪出栏200万头": the head a year sends to market (出栏) is a number to reach, at least that many (存栏, the
      // head kept, is a stock to hold: below).
      else if (/出栏(?:量|数)?$/.test(pre) && !PERCENTS.has(unit) && !MONEY.has(unit) && !cand.cn) kind = postMost ? 'at_most' : 'at_least';
      // "规模猪场(户)保有量666个", "能繁母猪存栏量32万头": a stock the clause names is a number to hold, as 稳定在 would say.
      // "围绕我市68.59万亩耕地保有量和58.24万亩永久基本农田保护目标": a figure before the stock it names (…保有量) or the
      // protection goal it sets (…保护目标) is that much to hold, a level.
      else if (!PERCENTS.has(unit) && !MONEY.has(unit) && !cand.cn && postWord === '' && /^[\u4e00-\u9fff]{1,10}?(?:保有量|保护目标)(?=[,;。和及与、\n]|$)/.test(norm.slice(r, sEnd))) kind = 'level';
      else if (/(?:保有量|存栏量|存栏)$/.test(pre) && !PERCENTS.has(unit) && !MONEY.has(unit) && !cand.cn) kind = postLeast ? 'at_least' : postMost ? 'at_most' : 'level';
      // A share of a whole reached at the clause's end: 无违建街(镇)达到全市街(镇)总数的 80% holds a level of 80 %.
      else if (PERCENTS.has(unit) && !cand.cn && atClauseEnd && /(?:达到|达|完成)[^,;:。]{1,20}的$/.test(pre)) kind = 'level';
      // "城镇调查失业率5%左右", "居民消费价格涨幅3%左右": a rate named right before its figure, at the clause's end, a level to hold;
      // so is a share that names its whole or its part ("占规上工业比重6.2%", "实物商品网上零售额占比13%"; a bare 占比 after a
      // rate, "增长5%,占比30%", names nothing).
      else if (PERCENTS.has(unit) && !cand.cn && atClauseEnd && /(?:率|涨幅|增幅|增速|.{2}比重|.{2}占比)$/.test(pre)) kind = postLeast ? 'at_least' : postMost ? 'at_most' : 'level';
      // "最低生活保障标准提升至每人每月1260元": a sum per head (per month) is a standard set, a level to hold; so is the
      // next of a list after it ("同步提升至每人每月2016元、1890元").
      else if (MONEY.has(unit) && !cand.cn && /每(?:人|户)(?:每(?:月|年|天))?$|每(?:月|年)$/.test(pre)) kind = 'level';
      const standard = found[found.length - 1];
      if (kind === undefined && standard?.kind === 'level' && MONEY.has(unit) && standard.unit === display(raw.slice(p, p + unit.length)) && /^[、 ]*(?:和|及|与)? *$/.test(norm.slice(lastEnd, start))) {
        kind = 'level';
      }
      const quoted = snippet(Math.max(clauseStart, prevAny), r);
      prevAny = r;

      // "优化提升50条背街后巷", "提档升级7个小区健身场地设施": 提升 before a count of things (a measure word, then what
      // they are) upgrades that many of them, a count to reach; 提升5个百分点 / 提升10% is a rise.
      // So does 提升 after a work done to things, 改造提升 / 整治提升, before how much of them ("完成改造提升1.3万平方米",
      // "城市道路改造提升3公里"): the extent of the works, no rise.
      const upgrades =
        !cand.cn &&
        ((COUNT_WORD.test(unit) && (/^提升$/.test(RELATIVE_PRE.exec(pre)?.[0] ?? '') || /提档升级$/.test(pre)) && /^[\u4e00-\u9fff]{2}/.test(norm.slice(q, q + 2))) ||
          (unit !== '' && !PERCENTS.has(unit) && !RELATIVE_UNITS.has(unit) && /(?:改造|改建|整治|修缮|整修|绿化|亮化|美化)提升$/.test(pre)));
      // (提升 before so many people, no measure word between, improves things for them: no rise.)
      const relative = upgrades || (unit === '' && SERVES.test(pre.trim()) && PEOPLE.test(norm.slice(q, q + 12))) ? null : RELATIVE_PRE.exec(pre);
      let metric = '';
      // "经济增长7.5%—8%": a growth rate given as a range holds its floor (at least 7.5 %), the upper end no target of its own.
      const spread = kind === undefined && relative !== null && PERCENTS.has(unit) && !cand.cn && !atClauseEnd ? /^[-—–~至到] ?\d+(?:\.\d+)? ?%?/.exec(norm.slice(r)) : null;
      const spreadEnd = r + (spread?.[0].length ?? 0);
      const floored = spread !== null && (spreadEnd >= sEnd || CLAUSE_END.test(norm.charAt(spreadEnd)));
      if (floored) r = spreadEnd;
      // The next rates of a list after a growth rate ("产业分别增长5.5%、6%", "分别增长5%、10%和5%"): each a level too.
      const rateEnd = atClauseEnd || floored || /^(?:和|及|与)\d/.test(norm.slice(r, r + 2));
      const before = rates;
      const listed = kind === undefined && !relative && before !== undefined && PERCENTS.has(unit) && !cand.cn && rateEnd && /^[、 ]*(?:和|及|与)? *$/.test(norm.slice(before.end, start));
      const rate = listed || (kind === undefined && relative !== null && PERCENTS.has(unit) && !cand.cn && rateEnd);
      rates = undefined;
      if (listed) {
        kind = 'level';
        metric = before.metric;
      } else if (kind === undefined && relative && PERCENTS.has(unit) && !cand.cn && rateEnd) {
        // A growth rate: 地区生产总值增长8%以上 / 同比下降20% hold a level of 8 % / 20 %.
        kind = floored ? 'at_least' : 'level';
        metric = `${metricOf(clauseStart, start)}${display(raw.slice(clauseStart + pre.length - relative[0].length, clauseStart + pre.length)).replace(/\s+/g, '')}`;
      } else if (kind === undefined && relative && /^(?:减少|增加)$/.test(relative[0]) && postLeast && !PERCENTS.has(unit) && !RELATIVE_UNITS.has(unit) && !cand.cn && atClauseEnd) {
        // "农村贫困人口减少60万以上": how many fewer (or more) at least, a count to reach.
        kind = 'at_least';
      } else if (RELATIVE_UNITS.has(unit) && !cand.cn && (kind !== undefined || relative || /[降增]幅$/.test(pre)) && (atClauseEnd || endChar === '、') && !reported(norm.slice(sStart, start).replace(BASE_YEAR, ''), pre, opts.year)) {
        // "近视率比2021年下降0.5到1个百分点", "年降幅≥1个百分点", "比上年提高3个百分点以上": a change in points the task sets, its
        // direction and its number, is reached when the change is (at least the floor of a range; at most after 不超过 / 以内).
        kind = kind ?? (postMost ? 'at_most' : 'at_least');
        metric = `${metricOf(clauseStart, start)}${relative ? display(raw.slice(clauseStart + pre.length - relative[0].length, clauseStart + pre.length)).replace(/\s+/g, '') : ''}`;
      } else if (RELATIVE_UNITS.has(unit) || (kind === undefined && relative && !cand.cn)) {
        if (kind !== undefined || relative) note(start, says('imp_relative', { text: quoted }));
        continue;
      }
      if (about && kind !== undefined) {
        note(start, says('imp_approximate', { text: quoted }));
        continue;
      }
      // "为200万中小学生开展心理健康测评": so many people a service is for, written without a measure word, opening its
      // clause (为/给/向 and the count, then who they are): a count to reach, its unit left empty as the plan leaves it.
      // So is the count a task verb acts on right before it: 提升3万农村人口供水保障水平.
      if (unit === '' && kind === undefined && !cand.cn && value >= 100 && (/^(?:为|给|向)$/.test(pre.trim()) || SERVES.test(pre.trim())) && PEOPLE.test(norm.slice(q, q + 12))) kind = 'at_least';
      // "亿元GDP生产安全事故死亡率控制在0.0088以内" as a PDF's text layer leaves it (…死 / 双下亿GDP / 0.0088 以内,): a figure
      // with no measure word capped by 以内 at its clause's end is a cap, whatever words before it were lost.
      if (unit === '' && kind === undefined && !cand.cn && postMost?.[0] === '以内' && atClauseEnd) kind = 'at_most';
      if (unit === '' && kind === undefined) continue;
      // "该项目位于…,总投资120万元,占地500余亩": a project's whole budget describes it; the year is measured by its steps.
      if (/(?:总投资|總投資)(?:预计|預計|约|約|为|為)?$/.test(pre)) continue;
      // "对绵阳火车站站前广场进行改建(占地面积约2.4万平方米)": the ground area of what is built describes it, as its width
      // does (SIZE_PRE), no number to reach.
      if (/(?:占地面积|占地面積|占地)(?:约|約|为|為|达|達)?$/.test(pre)) continue;
      // "航空救援实现50公里飞行半径全覆盖", "建成1公里服务圈": a distance before the radius (circle) a service reaches says how
      // far it reaches, the standard of the goal, not a count.
      if (/^(?:公里|千米|米)$/.test(unit) && /^[\u4e00-\u9fff]{0,4}?(?:半径|圈)/.test(norm.slice(q, q + 8))) continue;
      // "受益群众5万人": who benefits says what the work is worth, not a number to reach (惠及居民3200户 after a count
      // stays the count's companion, as the plans written for a 督查室 use it); nor is a sum a subsidy pays out ("培训补贴1950万元")
      // or a loan scheme lends ("发放创业担保贷款1500万元"): money handed out, the count of what it builds is the target.
      if (kind === undefined && (/(?:受益|受惠)[\u4e00-\u9fff]{0,6}$/.test(pre) || (MONEY.has(unit) && /(?:补贴|补助|补偿|贷款)$/.test(pre)))) continue;
      // "目前已完成投资85万元", "已建成3个": what is done already is reported progress, not a target.
      if (kind === undefined && /(?:^|[^不])已(?:经)?(?:累计)?(?:完成|建成|实现|投入|开工|竣工|新增|发放|培训|帮扶|拨付|到位|有)[\u4e00-\u9fff]{0,4}$/.test(pre.trim())) continue;
      // "计划投资1067万元,完成…" / "投资5000万元,提升改造…": a clause opening on the money to invest is a sum to reach.
      if (kind === undefined && MONEY.has(unit) && /^(?:计划|计画|拟|年度|全年|今年)?投资$/.test(bareOf(pre)) && atClauseEnd) kind = 'at_least';
      if (value > 1e15 || !Number.isFinite(value)) {
        note(start, says('imp_tooLarge', { text: quoted }));
        continue;
      }

      if (metric !== '') {
        // The growth rate found above.
      } else if (kind !== undefined) {
        // 不少于3次 / 不少于10场宣讲活动 / 不少于5城乡公益性公墓新建、… (the measure word lost, the noun up to
        // twelve characters before the clause goes on, or before a bracket glossing it: 新增2个乡镇(街道)建有托育机构; a name
        // in quotes among them: 新增7000个社区托育“宝宝屋”托额) / but not 达到80%的企业 (a condition).
        // (Or before 和 / 及 / 与 and the next figure: 68.59万亩耕地保有量和58.24万亩…保护目标.)
        const tail = /^(?:[\u4e00-\u9fff]|“[^”,;:。\n]{1,24}”){1,12}(?=[,;:。、()\]\n]|$|(?:和|及|与)\d)/.exec(norm.slice(r, Math.min(sEnd, r + 40)));
        // "为不少于2.5万名退休和生活困难妇女提供免费…检查": the least number of people (households …) a service is for,
        // however long what it gives them.
        const servedFor = /^(?:为|给|向)(?:不少于|不低于|至少|超过)$/.test(pre.trim()) && COUNT_WORD.test(unit);
        // "新增3个村集体收入超过10万元": that many things whose measure passes a bar; the bar says which count, no target.
        const passing = !atClauseEnd && !tail && COUNT_WORD.test(unit) ? /^[\u4e00-\u9fff]{2,12}?(?:超过|达到|突破|不低于|不少于)\d[^,;:。\n]*/.exec(norm.slice(r, sEnd)) : null;
        // "在完成…计划的学员中,不少于70%在提升个人发展方面取得进步": the share of a group named before (…中) that reaches what
        // follows, a share to reach, named by the rest of the clause.
        // (So is a part of the count before, 当中不少于1,300公顷来自「北部都会区」: at least that much of it comes from there.)
        const among = !atClauseEnd && !tail && !cand.cn && (PERCENTS.has(unit) || /^(?:当中|其中)/.test(pre.trim())) && /中 ?,? ?(?:不少于|不低于|至少|超过) ?$/.test(norm.slice(Math.max(0, start - 8), start));
        if (among) {
          const close = norm.slice(q, sEnd).search(/[,;。\n]/);
          metric = display(raw.slice(q, close < 0 ? sEnd : q + close)).slice(0, 40);
        } else if (!atClauseEnd && !tail && !servedFor && !passing) {
          note(start, says('imp_goesOn', { text: quoted }));
          continue;
        }
        if (passing) {
          metric = display(raw.slice(r, r + passing[0].length));
          r += passing[0].length;
        }
        if (servedFor && !atClauseEnd && !tail) {
          const close = norm.slice(q, sEnd).search(/[,;。\n]/);
          metric = display(raw.slice(q, close < 0 ? sEnd : q + close)).slice(0, 40);
        }
        if (endChar === '的') continue;
        // "保持不低于80%" holds a rate; "动态保持" always does.
        if (kind === 'at_least' && /保持|稳定/.test(clause) && PERCENTS.has(unit)) kind = 'level';
        if (/动态保持/.test(clause) && kind !== 'at_most') kind = 'level';
      } else if ((cand.listed && firstVerb < start) || cand.scale) {
        kind = 'at_least';
      } else if (cand.cn) {
        continue;
      } else if (postWord !== '') {
        // "利用外资1.8亿美元以上、市外内资200亿元以上。" is a list of targets; "企业100家以上、职工5000人以上乡镇"
        // describes what follows it (the list runs into a noun): a condition.
        const listOfTargets = endChar === '、' && listEndsClause(norm, r, sEnd);
        // "到2025年底,50平方公里以上建设用地面积达到…目标要求": the clause opens on the number and says what that
        // much of something reaches: a count to reach (at least 50 平方公里), named by the words between.
        const reaches = postLeast && opensClause(pre, opts.year) ? /^([\u4e00-\u9fff]{2,16}?)(?:达到|达标|实现|建成|符合)/.exec(norm.slice(r, sEnd)) : null;
        // "申报并打造3个以上的“六星级”党建示范村": right after the verb that makes them, N个以上的 counts what is made
        // (at least that many), not which ones (对25人以上的企业…: a condition); so does N个以上 with no 的 before what is
        // made ("打造5个以上示范村", "推出5处以上区级“家门口的好去处”").
        const made = postLeast && /^(?:个|家|所|座|处|条|项|支|批)$/.test(unit) && new RegExp(`(?:${TASK_VERBS.source})$`).test(pre) && /^(?:的|[\u4e00-\u9fff“"])/.test(norm.slice(r, r + 1));
        if (reaches && !(reaches[1] ?? '').startsWith('的')) {
          kind = 'at_least';
          metric = display(raw.slice(r, r + (reaches[1] ?? '').length));
        } else if (made) {
          const what = /^的?["“]?([^,;:。、\n]{2,16}?)(?=[,;:。、\n]|$)/.exec(norm.slice(r, sEnd));
          if (what) metric = display(raw.slice(r + what[0].length - (what[1] ?? '').length, r + what[0].length)).replace(/["“”]/g, '');
        } else if ((!atClauseEnd || endChar === '、') && !listOfTargets && !/内$/.test(postWord)) {
          note(start, says('imp_condition', { text: quoted }));
          continue;
        }
        // ("保持公路水路建设投资100亿元以上": a sum is spent or earned over the year, reached, not held: at least.)
        kind = postLeast ? (/保持|稳定/.test(clause) && !MONEY.has(unit) ? 'level' : 'at_least') : 'at_most';
      } else if (PERCENTS.has(unit) && !cand.cn && postWord === '' && !approx && SHARE_DOES.test(norm.slice(r, sEnd))) {
        // "确保…成华区50%的城市社区建成完备的…综合体": the share of them that reaches it, a level to hold
        // (达到80%的企业 stays a condition: a comparator before it says which ones).
        const close = norm.slice(r + 1, sEnd).search(/[,;。\n(]/);
        kind = 'level';
        metric = display(raw.slice(r + 1, close < 0 ? sEnd : r + 1 + close));
      } else if (PERCENTS.has(unit) && !cand.cn && postWord === '' && !approx && SHARE_DONE.test(norm.slice(r, sEnd)) && !/\d/.test(pre)) {
        // "冬春瓜菜品种100%纳入监测范围": the share of what the clause names that is brought in, covered, up to
        // standard — a level to hold, named by those words and what is done to them.
        const close = norm.slice(r, sEnd).search(/[,;。\n(]/);
        kind = 'level';
        metric = `${metricOf(clauseStart, start)}${display(raw.slice(r, close < 0 ? sEnd : r + close))}`.slice(0, 40);
      } else if (PERCENTS.has(unit) && !cand.cn && postWord === '' && !approx && SHARE_ACTED.test(pre) && /^[\u4e00-\u9fff]{2,12}(?=[,;。\n]|$)/.test(norm.slice(r, sEnd))) {
        // "力争到2025年底消化60%超职数干部": the verb acts on that share of what is named after it, to the clause's end: at
        // least that share of them.
        const close = norm.slice(r, sEnd).search(/[,;。\n]/);
        kind = 'at_least';
        metric = `${SHARE_ACTED.exec(pre)?.[0] ?? ''}${display(raw.slice(r, close < 0 ? sEnd : r + close))}`;
      } else if (!PERCENTS.has(unit) && !about) {
        // A bare count: "选树试点10个," after a task verb, or "成立6个工会工作室。".
        // What is counted may hold a name in quotes (200张“新时代城市建设者管理者之家”床位), say what it is in brackets
        // after it (125台自动式体外除颤器(AED)) or be one of a list of counts (40个小学生爱心暑托班、12个…).
        // (A name in quotes alone is what is counted too: 新建2家“秋白书苑”; one character will do: 销号15个村; sixteen at
        // most: 培育2个市级以上党支部领办合作社示范社.)
        // (Or ends at 和/及/与 when the next count follows: "实施165个农村饮水水源保障工程和25个城乡供水一体化工程".)
        // (Or ends where the next task on them starts, with its own count: 进入全省400个社区开展宣传活动800场.)
        // (Or at a 、 standing for a comma before 以…为主, which says which ones: 辦理35案軟硬體計畫執行、以通過…之社區為主.)
        const named = /^(?:\d+ ?(?:千伏|kV|KV|kv) ?)?(?:(?:[\u4e00-\u9fff]|“[^”,;:。\n]{1,24}”){1,16}|“[^”,;:。\n]{2,24}”)(?<!以)(?=[,;:。)\]\n(]|、(?= *(?:\d|$))|、(?=以[^,;:。\n]{1,30}?为(?:主|重点|限))|(?:以及|和|及|与)(?=\d)|(?:开展|举办|组织)[^,;:。\n\d]{1,16}\d|$)/.exec(norm.slice(q, Math.min(sEnd, q + 40)));
        // (A list goes on only after things counted one by one: 建设900床综合医院、100床感染楼 sizes its buildings.)
        const listed = named !== null && norm.charAt(q + named[0].length) === '、' && !AS_COMMA.test(norm.slice(q + named[0].length, sEnd));
        const noun = named && named[0].length <= 30 && (!listed || COUNT_WORD.test(unit)) ? named : null;
        // (What is upgraded may be a list of kinds, to the clause's end: 提升12所中小学、幼儿园基础设施.)
        const upgraded = upgrades ? /^[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12}){1,4}(?=[,;:。\n]|$)/.exec(norm.slice(q, sEnd)) : null;
        const ofWhat = /^的([\u4e00-\u9fff]{2,12})(?=[,;:。、)\]\n]|$)/.exec(norm.slice(q, Math.min(sEnd, q + 14)));
        // (The description may hold a bar saying which ones, 引进6家投资5000万元以上的工业产业项目: no count of its own.)
        const described = noun ? null : /^(?:[^,;:。\n\d的]|\d[\d.]*[万亿千百]?[\u4e00-\u9fff]{0,2}(?:以上|以下)){2,60}?的((?:“[^”,;:。\n]{1,24}”)?[\u4e00-\u9fff]{1,12})(?=[,;:。(\n]|$)/.exec(norm.slice(q, sEnd));
        // "引进机数科技等8家独立法人研发机构、…": a count after 等 totals the things the clause names before it.
        // (The verb may stand before an earlier count of the clause: "完成A等6座小型水库加固改造及B等10座山塘综合整治工程";
        // what is counted may end at 及/和 before the next count, or at a bracket: "配置20台急救设施设备(AED)".)
        let head = clauseStart;
        while (head > Math.max(sStart, start - 200) && !/[,;:\n]/.test(norm.charAt(head - 1))) head--;
        const totalled =
          prevNs === '等' && COUNT_WORD.test(unit) && (TASK_VERBS.test(norm.slice(head, start)) || (head === clauseStart && COUNTED_ACTION.test(norm.slice(q, sEnd)) && /(?:项目|工程)$/.test(norm.slice(q, sEnd).trim()))) ? TOTALLED.exec(norm.slice(q, Math.min(sEnd, q + 60))) : null;
        // "深入实施15项重大工程": a programme under way goes on deeper; its count is part of its name, no number to reach.
        if (/(?:深入|持续|继续)(?:实施|推进)$/.test(pre)) continue;
        // "每季度召开1次协调会", "每月开展2次巡查": how often a routine recurs within the year (each quarter, month, week), no
        // number to reach (每年…500次, the year's volume, stays one).
        if (/^(?:次|场|期|轮|回)$/.test(unit) && /每(?:个)?(?:季度|季|月|周|星期|旬|半年|两月|双月)/.test(pre)) continue;
        // "用好56个党员", "依托3个实训基地": what a body has and puts to use, a stock, no number to reach.
        if (STOCK_USED.test(pre.trim())) continue;
        // "过去五年全港所收回的120公顷土地": 所 and the verb say what was done to them, a description, no task.
        if (DONE_BY.test(pre)) continue;
        if ((atClauseEnd || endChar === '、' || /^(?:左右|上下)/.test(approx?.[0] ?? '')) && approx) {
          // "城镇新增就业47万人左右", "粮食产量500亿斤左右": about that many, no word before saying more or less, a level;
          // so before what is counted ("实现对1000所左右高校有效覆盖": about 1000 colleges).
          kind = 'level';
        } else if ((atClauseEnd || endChar === '、') && firstVerb < start) {
          kind = 'at_least';
        } else if (totalled || (upgrades && (noun ?? upgraded))) {
          kind = 'at_least';
          const what = (totalled ?? noun ?? upgraded)?.[0] ?? '';
          metric = display(raw.slice(q, q + what.length));
          r = q + what.length;
        } else if (atClauseEnd && !/\d/.test(pre) && found.some((f) => f.kind === 'at_least' && f.pos >= sStart)) {
          // "投资4000万元,路面维修等养护工程60公里": the clause after a count or a sum names what it buys, counted too.
          kind = 'at_least';
        } else if (noun && !noun[0].startsWith('的') && !noun[0].includes('等') && (TASK_VERBS.test(pre) || NEWLY.test(pre.trim()) || actsOn(pre, unit) || (/^(?:[^,;:。\d]{2,16}、|以及|和|及|与)?$/.test(pre.trim()) && found.some((f) => f.kind === 'at_least')))) {
          // ("新增1家社区长者食堂、3家乡村长者照护之家": the next of a list of counts after the first; "新发展20名党员": 新 and
          // the verb, what is newly done to that many.)
          // "重点支持300名青年人才，1000名骨干人才": the clauses after the first count go on counting.
          kind = 'at_least';
          metric = display(raw.slice(q, q + noun[0].length));
          r = q + noun[0].length;
        } else if (described && COUNT_WORD.test(unit) && new RegExp(`(?:${TASK_VERBS.source})$`).test(pre)) {
          // "在全省建设160个具有指导家庭文明创建、家庭教育服务…等功能的“皖家”幸福驿站": right after the verb that makes them,
          // a count whose thing is described at length before it is named (…的 X, to the clause's end): that many X.
          kind = 'at_least';
          metric = display(raw.slice(q + described[0].length - (described[1] ?? '').length, q + described[0].length));
          r = q + described[0].length;
        } else if (ofWhat && TASK_VERBS.test(pre) && (COUNT_WORD.test(unit) || /次$/.test(unit))) {
          // "全年完成20万人次的宣传培训", "维修更换农村37处的机泵、阀门": a task done that many times (to that many
          // things), 的 before what it is; only for things counted one by one (2000平方米的活动中心 is a size).
          kind = 'at_least';
          metric = display(raw.slice(q + 1, q + 1 + (ofWhat[1] ?? '').length));
          r = q + 1 + (ofWhat[1] ?? '').length;
        } else if (money && /^(?:计划|拟|预计)?投资$/.test(bareOf(pre))) {
          // "投资3000万元建设南美白对虾…基地": a clause opening on the money put into what it builds (not a project's 总投资).
          const close = norm.slice(q, sEnd).search(/[,;。\n]/);
          kind = 'at_least';
          metric = `投资${display(raw.slice(q, close < 0 ? sEnd : q + close))}`.slice(0, 40);
        } else if (OPENS_COUNT.test(pre.trim().replace(/^[-•·] */, '').replace(OPENING_YEAR, '')) || new RegExp(`^${TASK_VERBS.source}$`).test(pre.trim())) {
          // A clause that opens on what it counts and says what is done to them: "50个小区新增电动自行车充电设施",
          // "为10个老旧小区实施消防设施改造", "推进1万户老旧小区居民加装燃气泄漏报警器" — a count to reach. Not when the
          // clause counts something else ("460个居村综合文化活动室提供不少于2300场文化活动": who provides them).
          // (The clause may end at 、 before the next count: "对18个老旧小区进行综合改造、229个老旧小区进行“微改造”".)
          const close = norm.slice(q, sEnd).search(/[,;。\n]|、(?= *\d)/);
          const rest = norm.slice(q, close < 0 ? sEnd : q + close);
          // (An age says which people, no other count: 为1000名75~79周岁失能…老年人提供居家上门服务.)
          // (A service run for that many, 为456户独居老年人开展…服务, counts them too; 在100个社区开展宣传 says where.)
          const served = /^(?:为|给)/.test(pre.trim()) && /开展/.test(rest);
          if (rest.length < 4 || rest.length > 40 || /\d|等/.test(rest.replace(AGES, '')) || !(COUNTED_ACTION.test(rest) || served)) continue;
          kind = 'at_least';
          metric = display(raw.slice(q, q + rest.length));
          r = q + rest.length;
        } else if (!/\d/.test(pre) && COUNT_WORD.test(unit) && DONE_TO.test(norm.slice(q, sEnd))) {
          // "颜恒线…人行道及2座桥改造", "农村公路90座三类桥梁加固维修(其中…)": what is counted runs to the clause's end into
          // what is done to it — the count of the work, whatever the clause opened on.
          const what = DONE_TO.exec(norm.slice(q, sEnd))?.[0] ?? '';
          kind = 'at_least';
          metric = display(raw.slice(q, q + what.length));
          r = q + what.length;
        } else continue;
      } else continue;

      if (kind === undefined) continue;
      if (ranged && kind === 'at_most') value = cand.value === 0 ? upper : upper * (value / cand.value);
      if (metric === '') metric = metricOf(clauseStart, start);
      if (metric === '') metric = opts.fallbackMetric;
      // "A和B均保持在98%以上": the same bar for each of them, one target apiece; so "建设稻谷、玉米、马铃薯示范基地各10万亩".
      const each = /^(.+?)(?:均|都|各)$/.exec(metric);
      const parts = each ? (each[1] ?? '').split(/和|及|与|、/).map((x) => x.trim()).filter((x) => x.length >= 2) : [];
      if (each) metric = (each[1] ?? '').trim() || metric;
      // "辐射带动328家链上企业、13个党组织、277名党员纳入统一管理体系": the counts of a 、-list before the one read, each
      // so many things, go with it (at least that many each, named by their own nouns).
      if (kind === 'at_least' && COUNT_WORD.test(unit) && !cand.cn && metric !== '') {
        for (const head of countsListedBefore(pre)) {
          const at = clauseStart + head.at;
          if (mask[at] === 1) continue;
          found.push({ kind, target: head.value, unit: head.unit, metric: head.noun, pos: at, line: lineAt(body, at) });
        }
      }
      for (const m of parts.length >= 2 && parts.length <= 6 ? parts : [metric]) {
        found.push({ kind, target: value, unit: rawUnit, metric: m, pos: start, line: lineAt(body, start) });
      }
      if (rate) rates = { end: r, metric };
      prevEnd = r;
      lastEnd = r;
      while (prevEnd < sEnd && /[、 ]/.test(norm.charAt(prevEnd))) prevEnd++;
      respectively = /分别[\u4e00-\u9fff]{1,6}$/.test(governs) && norm.charAt(prevEnd - 1) === '、' ? { at: prevEnd, pre: governs } : undefined;
    }

    // Clauses of the sentence, and which of them already hold a target (binary search keeps
    // a sentence of thousands of clauses linear).
    const clauses: Array<[number, number]> = [];
    for (const m of sentence.matchAll(/[^,;:]+/g)) clauses.push([sStart + m.index, sStart + m.index + m[0].length]);
    const taken = new Uint8Array(clauses.length);
    const clauseOf = (pos: number): number => lastAtOrBefore(clauses.length, (i) => clauses[i]![0], pos);
    const take = (t: FoundTarget): void => {
      found.push(t);
      const c = clauseOf(t.pos);
      if (c >= 0) taken[c] = 1;
    };
    const numbered = found.length;
    for (const t of found.slice()) {
      const c = clauseOf(t.pos);
      if (c >= 0) taken[c] = 1;
    }

    clauses.forEach(([cs, ce], ci) => {
      if (taken[ci] === 1) return;
      const text = norm.slice(cs, ce);
      // Zero targets: 新增违法建设"零增长", 重大事故"零发生" -> at_most 0 (the quotes are usual here).
      // (A count the clause closes on as nil, 重大心理危机事件为零 / 审计问题为零, the same.)
      const zero = /[“"]?零(增长|发生|新增|事故|伤亡|死亡)[”"]?|(?:均|都)?为零(?=[。;,.]? *$)/.exec(text);
      if (zero && zero.index >= 2) {
        const metric = metricOf(cs, cs + zero.index) || opts.fallbackMetric;
        take({ kind: 'at_most', target: 0, unit: '', metric, pos: cs + zero.index, line: lineAt(body, cs + zero.index) });
        return;
      }
      // "鼠患主要黑点数目于2023年底前至少减半": halved, a fall of half at least (减半征收 names a policy, no target).
      const half = /(?:至少|力争|确保)?减半 *$/.exec(text);
      if (half && half.index >= 2 && mask[cs + half.index] !== 1) {
        take({ kind: 'at_least', target: 50, unit: '%', metric: `${metricOf(cs, cs + half.index) || opts.fallbackMetric}减少`, pos: cs + half.index, line: lineAt(body, cs + half.index) });
        return;
      }
      // Milestones: 全覆盖 / 全部解困 / 实现…全部.
      const mile = MILESTONE.exec(text);
      if (!mile || mask[cs + mile.index] === 1) return;
      // 全覆盖 before more words of its clause says how a work is done or what it is called, no state to reach: the kind of
      // training (全覆盖的学习培训), a survey (做好企业党组织全覆盖排摸工作), a way of acting (全覆盖践行), a project's name
      // (中小学班级多媒体全覆盖项目). Only 和 / 及 / 与 joining a second state to reach (网络全覆盖和…更新升级) goes on.
      if (/全覆盖$/.test(mile[0]) && /^(?![和及与])\p{Script=Han}/u.test(text.slice(mile.index + mile[0].length))) return;
      // (实现…全部的 says what kind, too.)
      if (text.charAt(mile.index + mile[0].length) === '的') return;
      // "基本实现…安防工程全覆盖": hedged (basically, not all), nothing to hold at 100 % (基本医疗保险全覆盖 still is).
      if (/基本(?:实现|全覆盖|全部)/.test(text.slice(0, mile.index + mile[0].length))) return;
      let s = cs;
      while (s < ce && norm.charAt(s) === ' ') s++;
      for (let guard = 0; guard < 4; guard++) {
        const lead = LEADING_SCOPE.exec(norm.slice(s, ce)) ?? LEADING_VERB.exec(norm.slice(s, ce));
        const dl = findDeadlines(norm.slice(s, ce), opts.year)[0];
        if (dl && dl.start === 0 && ce - s - dl.end >= 4) s += dl.end;
        else if (lead && ce - s - lead[0].length >= 4) s += lead[0].length;
        else break;
        while (s < ce && norm.charAt(s) === ' ') s++;
      }
      let metric = display(raw.slice(s, ce));
      if (metric.length > 60) metric = metric.slice(0, 60);
      take({ kind: 'milestone', target: 100, unit: '%', metric: metric || opts.fallbackMetric, pos: cs, line: lineAt(body, cs) });
    });

    // Deadlines of this sentence go to its targets; a deadline with a deliverable and no
    // number ("6月底前出台实施方案") is a milestone of its own.
    const hits = findDeadlines(sentence, opts.year).map((h): DeadlineHit => ({ ...h, start: h.start + sStart, end: h.end + sStart }));
    const usable: DeadlineHit[] = [];
    /** Deadlines outside the period: a clause dated so is no milestone of this plan ("预计2022年12月开工建设" in 2023's). */
    const outside: DeadlineHit[] = [];
    for (const h of hits) {
      if (mask[h.start] === 1) continue;
      if (h.date === undefined) {
        note(h.start, h.problem ?? says('imp_deadlineUnreadable'));
      } else if (h.date < opts.start || h.date > opts.end) {
        outside.push(h);
        if (found.length > 0 || MILESTONE_VERBS.test(sentence)) note(h.start, says('imp_deadlineOutsideQuoted', { date: h.date, text: snippet(h.start, h.end) }));
      } else usable.push(h);
    }
    // A clause saying only that the work is all done by a date ("计划于9月底前全部完成") has no deliverable of its
    // own: it dates the counts named before it (kept aside, resolved once the whole text is read).
    for (let k = usable.length - 1; k >= 0; k--) {
      const h = usable[k]!;
      const [cs, ce] = clauses[clauseOf(h.start)] ?? [0, 0];
      if (h.end > ce) continue;
      const words = (norm.slice(cs, h.start) + norm.slice(h.end, ce)).replace(/\s+/g, '');
      if (!/^(?:并|均|将|要|计划|计画|预计|力争|确保|争取)?(?:于|在|到)?(?:全部|全面|基本|均)(?:完成|建成|竣工|完工)(?:建设|任务)?$/.test(words)) continue;
      completions.push({ kind: 'milestone', target: 100, unit: '%', metric: display(raw.slice(cs, ce)).trim() || opts.fallbackMetric, pos: cs, line: lineAt(body, cs), due: h.date! });
      taken[clauseOf(h.start)] = 1;
      usable.splice(k, 1);
    }
    /** Index of the last usable deadline starting at or before pos, or -1. */
    const deadlineBefore = (pos: number): number => lastAtOrBefore(usable.length, (i) => usable[i]!.start, pos);
    if (usable.length > 0) {
      let stepped = 0;
      for (let ci = 0; ci < clauses.length; ci++) {
        const [cs, ce] = clauses[ci] ?? [0, 0];
        if (taken[ci] === 1) continue;
        const verb = MILESTONE_VERBS.exec(norm.slice(cs, ce));
        if (!verb || mask[cs + verb.index] === 1) continue;
        // "目前已完成投资85万元": done already, reported progress.
        if (/(?:^|[^不])已(?:经)?$/.test(norm.slice(cs, cs + verb.index))) continue;
        if (outside.some((h) => h.start >= cs && h.end <= ce)) continue;
        // "全年完成____个以上", "召开定价会议,全年需达____次": a model text's count left blank for the user to fill in: the
        // sentence counts what is to be done, the count is not written, so there is nothing whole to complete.
        if (BLANK_COUNT.test(norm.slice(sStart, sEnd))) continue;
        const first = usable[deadlineBefore(cs - 1) + 1]; // the first deadline at or after the clause start
        const inClause = first !== undefined && first.start >= cs && first.end <= ce ? first : undefined;
        // With number targets in the sentence, only a clause with its own deadline is a milestone.
        // After a step with its own date, only other dated steps ("6月開工,年內完工": two milestones).
        if ((numbered > 0 || stepped > 0) && inClause === undefined) continue;
        // (Nor one whose work a count of the sentence measures: 年底前完成第三期标准厂房的建设和管理,确保今年完成15万平方米
        // 标准厂房建设 — the square metres say how far it gets.)
        if (found.some((t) => t.pos >= sStart && t.kind !== 'milestone' && sharesWork(norm.slice(cs, ce), t.metric))) continue;
        let s = cs;
        let e = ce;
        if (inClause) {
          // Drop the deadline words from the metric: "6月底前出台实施方案" -> "出台实施方案".
          if (inClause.start - cs <= 2) s = inClause.end;
          else if (ce - inClause.end <= 2) e = inClause.start;
        }
        const mark = /^\d{1,2}、/.exec(norm.slice(s, e));
        if (mark) s += mark[0].length;
        while (s < e && /[\s在于前,]/.test(norm.charAt(s))) s++;
        let metric = display(raw.slice(s, e));
        if (metric.length > 60) metric = metric.slice(0, 60);
        if (metric.length < 2) continue;
        take({ kind: 'milestone', target: 100, unit: '%', metric, pos: cs, line: lineAt(body, cs), ...(inClause?.date !== undefined ? { due: inClause.date } : {}) });
        stepped++;
        if (numbered === 0 && inClause === undefined) break;
      }
    }
    found.sort((a, b) => a.pos - b.pos);
    for (const t of found) {
      const hit = usable[deadlineBefore(t.pos)] ?? usable[0];
      if (hit?.date !== undefined && t.due === undefined) t.due = hit.date;
    }
    targets.push(...found);
  }
  for (const c of completions) {
    const undated = targets.filter((t) => t.pos < c.pos && t.due === undefined && t.kind !== 'milestone');
    for (const t of undated) t.due = c.due;
    if (undated.length === 0) targets.push(c);
  }
  targets.sort((a, b) => a.pos - b.pos);
  // A quarter's heading in the text (第一季度:开展…1次;…第二季度:…): what it lists is due by that quarter's end.
  const quarters = [...norm.matchAll(/第([一二三四])季度 ?:/g)];
  for (const t of targets) {
    const q = quarters.filter((m) => m.index < t.pos).pop();
    if (t.due === undefined && q !== undefined) t.due = `${opts.year}-${PERIOD_END[q[1] ?? ''] ?? '12-31'}`;
  }
  // Each task it lists with no number (第三季度:落实…两级责任制。开展创建“和谐寺观教堂”活动。) is a deliverable of that
  // quarter, done by its end: a milestone. Not a standing routine (持续整治…,防止反弹), nor the entry the page cut off.
  quarters.forEach((q, qi) => {
    const from = q.index + q[0].length;
    const to = quarters[qi + 1]?.index ?? norm.length;
    for (const m of norm.slice(from, to).matchAll(/[^;。]+(?:[;。]|$)/g)) {
      const s = from + m.index;
      const e = s + m[0].length;
      const entry = m[0].replace(/\(\d+(?:\.\d+)?分\)/g, '').replace(/[;。\s]+$/, '').trim();
      if (!/[;。]$/.test(m[0]) || !/^[\u4e00-\u9fff]/.test(entry) || entry.length < 4) continue;
      if (/^(?:持续|继续|坚持|长期|常态化|经常性)/.test(entry)) continue;
      if (targets.some((t) => t.pos >= s && t.pos < e)) continue;
      targets.push({ kind: 'milestone', target: 100, unit: '%', metric: display(raw.slice(s, e)).replace(/\(\d+(?:\.\d+)?分\)/g, '').replace(/[;。]$/, '').trim().slice(0, 60), pos: s, line: lineAt(body, s), due: `${opts.year}-${PERIOD_END[q[1] ?? ''] ?? '12-31'}` });
    }
  });
  targets.sort((a, b) => a.pos - b.pos);
  if (targets.length === 0) {
    for (const t of periodShares(norm, opts.year)) targets.push({ kind: 'at_least', target: t.target, unit: t.unit, metric: opts.fallbackMetric, pos: t.pos, line: lineAt(body, t.pos), due: t.due });
  }
  return { targets, notes };
}

/**
 * Does a count report what was done rather than plan it: 已 / 共 before it in its clause (已服务, 共培训; not 公共), or a year
 * before the plan's named in its sentence before it (2023年全年服务3000余人次 in a 2024 plan)?
 */
function reported(before: string, pre: string, year: number): boolean {
  if (/(?<!不)已|共计|合计|总计|(?<![公总])共(?=[\u4e00-\u9fff]{0,4}$)/.test(pre)) return true;
  return [...before.matchAll(/((?:19|20)\d{2}) ?年/g)].some((m) => Number(m[1]) < year);
}

/** Does a clause name the work a count's metric names: four characters of it running together (标准厂房)? */
function sharesWork(clause: string, metric: string): boolean {
  const m = metric;
  for (let k = 0; k + 4 <= m.length; k++) {
    const part = m.slice(k, k + 4);
    if (/^[\u4e00-\u9fff]{4}$/.test(part) && clause.includes(part)) return true;
  }
  return false;
}

/** Nothing before the number in its clause but a deadline ("到2025年底") or nothing at all. */
function opensClause(pre: string, year: number): boolean {
  const words = pre.trim();
  if (words === '') return true;
  const hit = findDeadlines(words, year)[0];
  return hit !== undefined && hit.start === 0 && hit.end >= words.replace(/[,，\s]+$/, '').length;
}

/** Does the 、-list starting at `from` end its clause on 以上/以下/以内 (nothing after the last one)? */
function listEndsClause(norm: string, from: number, sEnd: number): boolean {
  let e = from;
  while (e < sEnd && !/[,;:。\n]/.test(norm.charAt(e))) e++;
  const seg = norm.slice(from, e).replace(/ +$/, '');
  return /\d[^、]*(以上|以下|以内)$/.test(seg);
}

/**
 * Does the 、-list starting at `from` run into 的 and a noun after its last figure (产值超5亿元、税收超1000万元的龙头企业), each
 * part a figure? Then the figures are bars saying which ones, as 25人以上的企业 is.
 */
function listRunsIntoOf(norm: string, from: number, sEnd: number): boolean {
  let e = from;
  while (e < sEnd && !/[,;:。\n]/.test(norm.charAt(e))) e++;
  const parts = norm.slice(from, e).split('、').slice(1);
  const last = parts[parts.length - 1] ?? '';
  return parts.length > 0 && parts.every((part) => /\d/.test(part)) && /\d[^\d的]{0,6}的[\u4e00-\u9fff“]/.test(last) && !/的/.test(parts.slice(0, -1).join(''));
}

/**
 * The counts of a 、-list a clause runs into before its last count (…328家链上企业、13个党组织、): each a figure, a measure
 * word of things counted one by one and what they are, with where each figure stands in `pre`.
 */
function countsListedBefore(pre: string): Array<{ at: number; value: number; unit: string; noun: string }> {
  const list = /(?:(?<![\d.])\d+ ?[个条家所座处套台辆张栋间村项支户名人场件][\u4e00-\u9fff]{2,12}、)+$/.exec(pre);
  if (!list) return [];
  return [...list[0].matchAll(/(\d+) ?([个条家所座处套台辆张栋间村项支户名人场件])([\u4e00-\u9fff]{2,12})、/g)]
    .filter((m) => !/的|以上|以下/.test(m[3] ?? ''))
    .map((m) => ({ at: list.index + m.index, value: Number(m[1]), unit: m[2] ?? '', noun: m[3] ?? '' }));
}

/** Index of the last of n ascending starts that is ≤ pos, or -1 (binary search: a sentence may have thousands of clauses). */
function lastAtOrBefore(n: number, startAt: (i: number) => number, pos: number): number {
  let lo = 0;
  let hi = n - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (startAt(mid) <= pos) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}
