import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/core/import/clean.js';
import { foldWidth } from '../../../src/core/fold.js';
import { display, fixSpaces, parseChineseNumber, toNorm } from '../../../src/core/import/text.js';

const texts = (input: string): string[] => clean(input).lines.map((l) => l.st.raw);

describe('text normalisation', () => {
  it.each([
    ['１２３４５６７８９０', '1234567890'],
    ['ＡＢＣｘｙｚ', 'ABCxyz'],
    ['９０％', '90%'],
    ['（责任单位：办公室，宣传部；）', '(责任单位:办公室,宣传部;)'],
    ['１．强化政治引领', '1.强化政治引领'],
    ['【牵头单位】', '[牵头单位]'],
    ['責任單位：區發改局', '责任单位:区发改局'],
    ['不少於３０場次', '不少于30场次'],
    ['牽頭', '牵头'],
  ])('parse form of %s is %s', (input, norm) => {
    expect(toNorm(input)).toBe(norm);
    expect(toNorm(input)).toHaveLength(input.length);
  });

  it('folds width for names but keeps Traditional characters as written', () => {
    expect(foldWidth('區發改局（牽頭）')).toBe('區發改局(牽頭)');
    expect(display('市生态环境局 xx 分局')).toBe('市生态环境局xx分局');
  });

  it.each([
    ['不少于 700 条', '不少于700条'],
    ['xx 网上职工之家', 'xx网上职工之家'],
    ['New  Ranking', 'New Ranking'],
    ['强化服务中心大局 ,积极助推', '强化服务中心大局,积极助推'],
    ['  两端  ', '两端'],
  ])('whitespace fix: %s -> %s', (input, fixed) => {
    expect(fixSpaces(input)).toBe(fixed);
  });

  it.each([
    ['三十', 30],
    ['十', 10],
    ['十五', 15],
    ['二十五', 25],
    ['一百零五', 105],
    ['两千', 2000],
    ['三万', 30000],
    ['八', 8],
  ])('Chinese numeral %s = %d', (cn, n) => {
    expect(parseChineseNumber(cn)).toBe(n);
  });

  it('rejects what is not a numeral', () => {
    expect(parseChineseNumber('三季')).toBeUndefined();
    expect(parseChineseNumber('')).toBeUndefined();
  });
});

describe('clean', () => {
  it('drops the BOM, splits CRLF and CR, and keeps original line numbers', () => {
    const out = clean('\uFEFF一、总体要求\r\n\r\n1.推进工作。\r2.落实责任。');
    expect(out.lines.map((l) => [l.st.raw, l.st.marks[0]?.line])).toEqual([
      ['一、总体要求', 1],
      ['1.推进工作。', 3],
      ['2.落实责任。', 4],
    ]);
  });

  it.each([
    ['当前位置: 一佳范文网 > 范文大全 > 公文范文 >'],
    ['首页 > 政务公开 > 政策文件'],
    ['| 浏览量:'],
    ['浏览次数：1288'],
    ['发布时间：2026-03-02 09:30    来源：市政府办公室'],
    ['2024-04'],
    ['2024-04-28'],
    ['2026年2月10日'],
    ['28'],
    ['- 3 -'],
    ['第3页 共12页'],
    ['上一篇：关于做好春节期间安全生产工作的通知'],
    ['下一篇：xx市2026年政务公开工作要点'],
    ['版权所有：xx市人民政府办公室 ICP备12345678号'],
    ['Copyright © 2026 xx.gov.cn'],
    ['【打印】 【关闭】'],
    ['返回顶部'],
    ['推荐访问:总工会 工作要点 XX'],
  ])('drops the noise line %s', (noise) => {
    const out = clean(`1.推进工作。\n${noise}\n2.落实责任。`);
    expect(out.noise).toEqual([2]);
    expect(texts(`1.推进工作。\n${noise}\n2.落实责任。`)).toEqual(['1.推进工作。', '2.落实责任。']);
  });

  it('drops a ranking list after a 推荐 header, with its teasers', () => {
    const input = [
      '19.从严从实管队伍。(责任单位:办公室)',
      '最新推荐New Ranking',
      '1幼儿园中班六一活动方案',
      '温暖的阳光,诱人的花香,激动的脸庞,六一国际儿童节来到了我们的身旁。...',
      '2某市医疗保障工作要点',
      '2022年是党的二十大召开之年,也是医保助力共同富裕的奋进之年...',
      '10在全省药品监管工作会议上经验交流发言',
      '2021年,全市市场监管系统在省药监局和市委、市政府的正确领导下,聚焦...',
    ].join('\n');
    expect(texts(input)).toEqual(['19.从严从实管队伍。(责任单位:办公室)']);
    expect(clean(input).noise).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('drops a numbered title followed by a teaser even without a header', () => {
    expect(texts('1.推进工作。\n3区委书记在市委招商专题汇报会上讲话提纲\n今年来,XX区积极响应中央、省、市号召...')).toEqual(['1.推进工作。']);
  });

  it('joins a line broken mid-sentence inside an item', () => {
    const out = clean('2.强化文化引领。开展第十七届职工读书月、职工原创摄影比\n\n 赛、争做 xx 好网民等文体活动。(责任单位:宣传教育部)');
    expect(out.lines).toHaveLength(1);
    expect(display(out.lines[0]?.st.raw ?? '')).toContain('职工原创摄影比赛、争做xx好网民');
    expect(out.lines[0]?.st.marks.map((m) => m.line)).toEqual([1, 3]);
  });

  it('does not join after a finished sentence, a heading or an attribution line', () => {
    expect(texts('1.推进工作。\n再落实一项。')).toEqual(['1.推进工作。', '再落实一项。']);
    expect(texts('一、强化思想政治引领\n以习近平新时代中国特色社会主义思想为指导')).toHaveLength(2);
    expect(texts('1.推进工作\n牵头单位：区发改局\n责任单位：区财政局')).toHaveLength(3);
    expect(texts('1.推进工作\n区发改局、区财政局')).toHaveLength(2);
  });

  it('joins an item number alone on its line with the next line', () => {
    expect(texts('7.开展活动。\n 8.\n\n 搭建职工教育培训平台。')).toEqual(['7.开展活动。', '8. 搭建职工教育培训平台。']);
    expect(texts('（８）\n\n推进教师改革。')).toEqual(['（８） 推进教师改革。']);
  });

  it('reads a bare number as an item number only when it continues the numbering', () => {
    expect(texts('1.推进工作。\n2\n落实责任。')).toEqual(['1.推进工作。', '2. 落实责任。']);
    expect(clean('28\n\n2024-04\n\n1.推进工作。').noise).toEqual([1, 3]);
  });

  it('splits tab and multi-space separated lines into cells', () => {
    const [row] = clean('1\t推进老旧小区改造\t\t城建办\t2026年10月底前').lines;
    expect(row?.cells?.map((c) => c.raw)).toEqual(['1', '推进老旧小区改造', '', '城建办', '2026年10月底前']);
  });
});

describe('tables flattened by a page or a viewer', () => {
  it('joins one-cell-per-line rows ("序号 |" …) into rows, drops a repeated header and keeps the cut-off last cell', () => {
    const text = ['序号 |', '指标名称 |', '牵头单位 |', '1 |', '人均预期寿命 |', '县卫健局 |', '序号 |', '指标名称 |', '牵头单位 |', '2 |', '农产品质量安全'].join('\n');
    const rows = clean(text).lines.map((l) => l.cells?.map((c) => c.raw) ?? [l.st.raw]);
    expect(rows).toEqual([['序号', '指标名称', '牵头单位'], ['1', '人均预期寿命', '县卫健局'], ['2', '农产品质量安全']]);
    expect(clean(text).lines.map((l) => l.st.marks[0]?.line)).toEqual([1, 4, 10]);
  });

  it('reads markdown pipe rows, skips the |---| rule and the page metadata block but keeps the 名称', () => {
    const text = ['索 引 号: | 000014349/2023-91150 | 信息分类: | |', '名 称: | 市人民政府办公室关于印发某方案的通知 |', '| 序号 | 工作任务 | 责任单位 |', '|---|---|---|', '| 1 | 推进工作 | 办公室 |'].join('\n');
    const rows = clean(text).lines.map((l) => l.cells?.map((c) => c.raw) ?? [l.st.raw]);
    expect(rows).toEqual([['市人民政府办公室关于印发某方案的通知'], ['序号', '工作任务', '责任单位'], ['1', '推进工作', '办公室']]);
  });

  it('drops pinyin a converter put after characters: 新舊(jiù)動能, 一(yī)、', () => {
    expect(clean('一(yī)、實施創新驅動（qū）發展戰略').lines[0]?.st.raw).toBe('一、實施創新驅動發展戰略');
  });
});
