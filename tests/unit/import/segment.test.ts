import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/core/import/clean.js';
import { classify } from '../../../src/core/import/markers.js';
import { segment } from '../../../src/core/import/segment.js';
import type { Segmented } from '../../../src/core/import/segment.js';
import { stext } from '../../../src/core/import/text.js';

const seg = (text: string): Segmented => segment(clean(text).lines);
const shape = (s: Segmented): Array<[string | undefined, string[]]> => s.sections.map((sec) => [sec.heading?.id, sec.items.map((i) => i.id)]);

describe('line markers', () => {
  it.each([
    ['一、强化思想政治引领', 'section', '三'.length === 1 ? '一' : ''],
    ['十二、加强党的建设', 'section', '十二'],
    ['第三部分 重点任务', 'section', '三'],
    ['（一）提升粮食综合生产能力', 'sub', '一'],
    ['(二)发展特色产业', 'sub', '二'],
    ['1. 强化政治引领。', 'item', '1'],
    ['1、强化政治引领。', 'item', '1'],
    ['１．强化政治引领。', 'item', '1'],
    ['4.6月底前出台若干措施。', 'item', '4'],
    ['(1)建设农产品加工园区1个;', 'paren', '1'],
    ['（１２）校园安全事故“零发生”。', 'paren', '12'],
    ['3)发展乡村旅游重点村', 'paren', '3'],
    ['⑴建设园区', 'paren', '1'],
    ['②6月底前完成年度项目招标。', 'circled', '2'],
    // Numbering written with marks that stand for the ones above, each read as the numbering it stands for.
    ['1️⃣ 经济高质量发展,着力打造“一核两翼三带”发展格局', 'item', '1'],
    ['4️⃣ 民生福祉持续改善,加大民生投入', 'item', '4'],
    ['3⃣ 生态文明建设持续推进', 'item', '3'],
    ['🔟 民生福祉持续改善', 'item', '10'],
    ['⒉推进智慧社区建设', 'item', '2'],
    ['㈢发展特色产业', 'sub', '三'],
    ['❷6月底前完成年度项目招标。', 'circled', '2'],
    ['➌建设园区', 'circled', '3'],
    ['⓫建设园区', 'circled', '11'],
    ['牵头单位：区发展改革局', 'attr', ''],
    ['責任單位：區財政局', 'attr', ''],
    ['（市市场监管局牵头，市公安局配合）', 'attr', ''],
    ['完成时限：2026年12月底前', 'attr', ''],
    ['2026年6月底前', 'deadline', ''],
    ['办公室、宣传教育部、职工中专', 'unitList', ''],
    ['1.5万人参加培训', 'text', ''],
    ['一是建立市、县联动的协调小组', 'text', ''],
    ['搭建职工教育培训平台。', 'text', ''],
  ])('%s is a %s line', (line, kind, id) => {
    const c = classify({ st: stext(line, 1) });
    expect(c.kind).toBe(kind);
    if (id !== '') expect(c.id).toBe(id);
  });
});

describe('segment', () => {
  it('reads sections 一、 and items 1. with the document numbering', () => {
    const s = seg('xx市2026年工作要点\n一、第一部分\n1.甲。\n2.乙。\n二、第二部分\n3.丙。');
    expect(s.title?.raw).toBe('xx市2026年工作要点');
    expect(shape(s)).toEqual([
      ['一', ['1', '2']],
      ['二', ['3']],
    ]);
  });

  it('makes (一) the sections when there is no 一、 level', () => {
    const s = seg('（一）优化营商环境\n1.甲。\n2.乙。\n（二）保障民生\n1.丙。');
    expect(shape(s)).toEqual([
      ['一', ['1', '2']],
      ['二', ['1']],
    ]);
    expect(s.folded).toBe(false);
  });

  it('folds (一) into the items when there are both 一、 and (一) above 1.', () => {
    const s = seg('一、重点任务\n（一）优化营商环境\n1.甲。\n（二）保障民生\n1.乙。');
    expect(shape(s)).toEqual([['一', ['1', '1']]]);
    expect(s.folded).toBe(true);
    expect(s.sections[0]?.items.map((i) => i.sub?.id)).toEqual(['一', '二']);
  });

  it('uses (1) as items when there is no 1. level, and keeps (1) and ① inside 1. items', () => {
    expect(shape(seg('一、甲\n（１）子一。\n（２）子二。'))).toEqual([['一', ['1', '2']]]);
    const s = seg('一、甲\n1.推进融合发展。\n（1）建设园区1个；\n②发展重点村8个。\n2.下一项。');
    expect(shape(s)).toEqual([['一', ['1', '2']]]);
    expect(s.sections[0]?.items[0]?.body.raw).toBe('推进融合发展。\n（1）建设园区1个；\n②发展重点村8个。');
  });

  it('takes a short line with a year as the title when no line has a title keyword', () => {
    const s = seg('2026年全市工会重点工作\n1.推进工作。');
    expect(s.title?.raw).toBe('2026年全市工会重点工作');
    const t = seg('全市工会2026年主要任务\n1.推进工作。');
    expect(t.title?.raw).toBe('全市工会2026年主要任务');
    expect(t.unplaced).toEqual([]);
  });

  it('puts items before any heading in an implicit section', () => {
    expect(shape(seg('1.甲。\n2.乙。'))).toEqual([[undefined, ['1', '2']]]);
  });

  it('attaches attribution lines and deadlines to the item above', () => {
    const s = seg('1.推进工作。\n牵头单位：区发改局\n责任单位：区财政局\n完成时限：2026年6月底前\n2026年9月底前');
    const item = s.sections[0]?.items[0];
    expect(item?.attrLines.map((l) => l.raw)).toEqual(['牵头单位：区发改局', '责任单位：区财政局', '完成时限：2026年6月底前']);
    expect(item?.deadlineLines.map((l) => l.raw)).toEqual(['2026年9月底前']);
  });

  it('keeps attribution under a heading for the items that name none', () => {
    const s = seg('一、甲\n（四）加强乡村治理\n（牵头单位：县委组织部；责任单位：县民政局）\n1.推进工作。\n二、乙\n2.丙。');
    expect(s.sections[0]?.items[0]?.sub?.attrLines.map((l) => l.raw)).toEqual(['（牵头单位：县委组织部；责任单位：县民政局）']);
  });

  it('closes an item at its trailing attribution: later prose is unplaced', () => {
    const s = seg('1.推进工作。(责任单位:办公室)\n各单位要高度重视。');
    expect(s.sections[0]?.items[0]?.closed).toBe(true);
    expect(s.unplaced.map((u) => [u.st.marks[0]?.line, u.preamble])).toEqual([[2, false]]);
  });

  it('appends paragraphs of an open item and reports the preamble', () => {
    const s = seg('xx局2026年工作要点\n为做好今年工作，制定本要点。\n1.推进工作。\n再推进一项。\n牵头单位：办公室');
    expect(s.sections[0]?.items[0]?.body.raw).toBe('推进工作。\n再推进一项。');
    expect(s.unplaced.map((u) => [u.st.marks[0]?.line, u.preamble])).toEqual([[2, true]]);
  });

  it('reads a flattened table through its header, including a wrapped row', () => {
    const s = seg(
      [
        '序号\t工作任务\t目标要求\t牵头单位\t配合单位\t完成时限',
        '1\t推进老旧小区改造\t完成改造小区12个\t城建办\t各社区\t2026年10月底前',
        '2    推进智慧社区建设    上半年完成12个社区平台接入，',
        '并实现数据实时更新    党政办    各社区    2026年6月30日前',
      ].join('\n'),
    );
    const [a, b] = s.sections[0]?.items ?? [];
    expect(a?.body.raw).toBe('推进老旧小区改造\n完成改造小区12个');
    expect(a?.unitCells.map((c) => [c.st.raw, c.role])).toEqual([
      ['城建办', 'lead'],
      ['各社区', 'co'],
    ]);
    expect(a?.deadlineCells.map((c) => c.raw)).toEqual(['2026年10月底前']);
    expect(b?.body.raw).toBe('推进智慧社区建设\n上半年完成12个社区平台接入，并实现数据实时更新');
    expect(b?.unitCells.map((c) => [c.st.raw, c.role])).toEqual([
      ['党政办', 'lead'],
      ['各社区', 'co'],
    ]);
  });

  it('recognises the signature block (a unit name above a date)', () => {
    const s = seg('关于印发《xx区2026年重点工作任务》的通知\nxx区人民政府办公室\n2026年2月10日\n1.推进工作。');
    expect(s.signature?.raw).toBe('xx区人民政府办公室');
    expect(s.unplaced).toEqual([]);
  });
});
