// Pages that AI answers or editors wrote in Markdown (### 一、…, **1. …**, - **指标**:值, [4]): the marks are the page's
// drawing, neither numbering nor title. Each rule on the lines of the real page it came from (real/ai-summary-2024).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import { importedItems } from './helpers.js';

const lead = ['回答时间 : 2024-08-07', '以下是2024年政府工作报告的主要内容摘要:'];
const aims = [
  '### 二、2024年经济社会发展总体要求和政策取向',
  '2024年是中华人民共和国成立75周年,政府工作将继续深化改革开放,促进高质量发展。主要预期目标包括:',
  '- **生产总值增长**:5.5%左右',
  '- **规上工业增加值增长**:6%左右',
  '- **固定资产投资增长**:6%左右',
  '- **社会消费品零售总额增长**:5.5%左右',
  '- **研发投入强度**:达到3.2%[8]。',
];
const tasks = [
  '### 三、重点任务',
  '1. **深化改革开放**:促进有效市场和有为政府更好结合,持续激发和增强社会活力[5]。',
  '2. **推动高质量发展**:加快构建现代化产业体系,提升科技创新能力,推动绿色低碳发展[4]。',
  '3. **保障和',
];
const targets = (text: string) => importedItems(text).map((i) => [i.id, i.targets.map(([kind, n, unit]) => `${kind} ${n}${unit}`)]);

describe('Markdown marks (ai-summary-2024, an AI answer summing up a 政府工作报告)', () => {
  it('### before 三、 and ** around an item\'s label hide neither the numbering nor the title (was: the title ###三、重点任务, items **深化改革开放**…)', () => {
    const { plan } = importPlan([...lead, ...tasks].join('\n'));
    expect(plan.sections.map((s) => s.title)).toEqual(['重点任务']);
    expect(plan.sections.flatMap((s) => s.items.map((i) => i.title))).toEqual(['深化改革开放:促进有效市场和有为政府更好结合', '推动高质量发展:加快构建现代化产业体系', '保障和']);
  });

  it('a bold the copy cut before it closed and a reference to a source, [5], are marks too (was: **保障和)', () => {
    expect(importPlan([...lead, ...tasks].join('\n')).plan.sections[0]?.items.map((i) => i.text)).toEqual([
      '深化改革开放:促进有效市场和有为政府更好结合,持续激发和增强社会活力。',
      '推动高质量发展:加快构建现代化产业体系,提升科技创新能力,推动绿色低碳发展。',
      '保障和',
    ]);
  });

  it('** standing for characters a page masks, in a text with no Markdown, stays (shangdundu-ms-2025)', () => {
    const masked = ['**市**区第六届人民代表大会第五次会议,于2025年3月21日表决通过**区区本级2025年民生实事项目:', '1.**区上顿渡**2024年**民宅改造工程', '4.**区**安置房东侧道路建设工程'];
    const texts = importPlan(masked.join('\n')).plan.sections[0]?.items.map((i) => i.text) ?? [];
    expect(texts.map((t = '') => t.includes('区上顿渡**2024年**民宅') || t.includes('区**安置房'))).toEqual([true, true]);
  });

  it('an AI answer\'s lead names what it sums up: 以下是X的主要内容摘要 titles the plan X (was: the whole lead)', () => {
    expect(importPlan([...lead, ...tasks].join('\n')).plan.title).toBe('2024年政府工作报告');
  });
});

describe('a list of indicators, each named and then its value after a colon (ai-summary-2024)', () => {
  it('- 生产总值增长:5.5%左右 is the indicator\'s target, as 生产总值增长5.5%左右 is (was: no target, section 二 left out)', () => {
    const { plan } = importPlan([...lead, ...aims.slice(0, 3)].join('\n'));
    expect(plan.sections[0]?.items[0]?.targets?.map((t) => [t.metric, t.kind, t.target, t.unit])).toEqual([['生产总值增长', 'level', 5.5, '%']]);
  });

  it('each - point is a line of its own, not the rest of the one before (was: 社会消费品零售总额增长 and 研发投入强度 run together, one lost)', () => {
    expect(targets([...lead, ...aims, ...tasks].join('\n'))[0]).toEqual(['二', ['level 5.5%', 'level 6%', 'level 6%', 'level 5.5%', 'at_least 3.2%']]);
  });
});

describe('a picture in Markdown over a news page (秦安县 十件民生实事, yhg994208.cn)', () => {
  it('![](…jpg) is the picture the page showed, no text left out (was: 第 1 行 未导入)', () => {
    const page = [
      '![](/Files244/BeyondPic/2015-2/11/20150211011603639.jpg)',
      '2月11日,記者從剛剛閉幕的秦安縣第十七屆人民代表大會(huì)第四次會(huì)議上了解到,2015年,秦安縣繼續(xù)把為人民群眾辦實(shí)事、辦好事作為政府工作的出發(fā)點(diǎn)和落腳點(diǎn),更加注重保障和改善民生,在落實(shí)好省、市政府確定的利民惠民實(shí)事的同時(shí),將集中力量辦好十件民生實(shí)事。',
      '這十件民生實(shí)事分別是:完成秦南路南小河橋至花船子3.4公里道路拓寬改造工程;完成城南片區(qū)棚戶區(qū)改造500套,建成公共租賃住房634套;解決劉坪、中山等鄉(xiāng)鎮(zhèn)4萬(wàn)人的飲水不安全問(wèn)題;實(shí)施蓮花中小等59所改善義務(wù)教育薄弱學(xué)校項(xiàng)目,改造農(nóng)村校舍面積4.2萬(wàn)平方米;建設(shè)農(nóng)村公路500公里,基本實(shí)現(xiàn)建制村通暢工程全覆蓋;完成隴城上袁等31村扶貧開(kāi)發(fā)整村推進(jìn)項(xiàng)目建設(shè);改造農(nóng)村危舊房2000戶;實(shí)施110村農(nóng)村公益事業(yè)“一事一議”財(cái)政獎(jiǎng)補(bǔ)項(xiàng)目,硬化村莊巷道50公里;實(shí)施“保護(hù)視力、提高成績(jī)”項(xiàng)目,為4000名小學(xué)生免費(fèi)篩查配鏡;全面啟動(dòng)城鄉(xiāng)居民大病保險(xiǎn)工作,有效提高重特大疾病保障水平。',
    ].join('\n');
    expect(importPlan(page).warnings.filter((w) => w.line === 1)).toEqual([]);
  });
});
