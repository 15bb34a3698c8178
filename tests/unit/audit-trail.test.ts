import { describe, expect, it } from 'vitest';
import { auditTrailProblems } from '../../src/core/audit-trail.js';
import type { PlanFile, Reading } from '../../src/core/model.js';
import { t } from '../../src/i18n/index.js';

function plan(readings: Reading[], patch: (p: PlanFile) => void = () => {}): PlanFile {
  const p: PlanFile = {
    schema: 1,
    id: 'p',
    title: 'p',
    period: { start: '2026-01-01', end: '2026-12-31' },
    departments: [{ name: '办公室' }, { name: '法律工作部' }],
    sections: [
      {
        id: '一',
        title: 's',
        items: [
          { id: '1', title: '条目一', departments: ['办公室', '法律工作部'], targets: [{ id: '1.1', metric: '活动', kind: 'at_least', target: 100, unit: '场次', progress: readings }] },
          { id: '2', title: '条目二', departments: ['法律工作部'], progress: [{ date: '2026-03-31', value: 40 }] },
        ],
      },
    ],
  };
  patch(p);
  return p;
}

const Q1 = { date: '2026-03-31', value: 20, by: '办公室', note: '一季度' };
const Q2 = { date: '2026-06-30', value: 50, by: '办公室', note: '二季度' };
const Q3 = { date: '2026-09-30', value: 70 };
const R = ['sections', 0, 'items', 0, 'targets', 0, 'progress'];

/** [severity, code, path, message] for each problem. */
function diff(old: PlanFile, cur: PlanFile) {
  return auditTrailProblems(old, cur, 'HEAD~1').map((p) => [p.severity, p.code, p.path.join('/') + (p.atKey ? ':' : ''), t('en', p.key, p.params)]);
}

describe('auditTrailProblems', () => {
  it.each<[string, Reading[], Reading[], (string | undefined)[][]]>([
    ['unchanged', [Q1, Q2], [Q1, Q2], []],
    ['a reading added', [Q1, Q2], [Q1, Q2, Q3], []],
    ['a correcting reading added', [Q1, Q2], [Q1, Q2, { date: '2026-07-15', value: 45, correction: true }], []],
    [
      'a value edited',
      [Q1, Q2],
      [Q1, { ...Q2, value: 55 }],
      [['error', 'reading-edited', `${R.join('/')}/1/value`, 'the reading of 2026-06-30 was 50 in HEAD~1 and is now 55: readings are the audit trail; add a new reading (with correction: true if the old one was wrong) instead of editing it']],
    ],
    [
      'marked as a correction afterwards',
      [Q1, Q2],
      [Q1, { ...Q2, correction: true }],
      [['error', 'reading-edited', `${R.join('/')}/1/correction`, 'the reading of 2026-06-30 was 50 (correction: false) in HEAD~1 and is now 50 (correction: true): readings are the audit trail; add a new reading (with correction: true if the old one was wrong) instead of editing it']],
    ],
    [
      'a date edited',
      [Q1, Q2],
      [Q1, { ...Q2, date: '2026-07-01' }],
      [['error', 'reading-edited', `${R.join('/')}/1/date`, 'the reading 50 was dated 2026-06-30 in HEAD~1 and is now dated 2026-07-01: readings are the audit trail; add a new reading instead of editing it']],
    ],
    ['a note edited', [Q1, Q2], [Q1, { ...Q2, note: '上半年' }], [['warning', 'reading-note-edited', `${R.join('/')}/1`, 'the by/note of the reading of 2026-06-30 changed since HEAD~1']]],
    [
      'a reading removed',
      [Q1, Q2],
      [Q2],
      [['error', 'reading-removed', `${R.join('/')}:`, 'the reading of 2026-03-31 (20) in HEAD~1 was removed: readings are the audit trail; add a correcting reading instead']],
    ],
    ['all readings removed', [Q1], [], [['error', 'reading-removed', `${R.join('/')}:`, 'the reading of 2026-03-31 (20) in HEAD~1 was removed: readings are the audit trail; add a correcting reading instead']]],
    [
      'one removed and one added on another date',
      [Q1, Q2],
      [Q1, Q3],
      [['error', 'reading-removed', `${R.join('/')}:`, 'the reading of 2026-06-30 (50) in HEAD~1 was removed: readings are the audit trail; add a correcting reading instead']],
    ],
  ])('%s', (_name, before, after, expected) => {
    expect(diff(plan(before), plan(after))).toEqual(expected);
  });

  it('readings of an item without targets are the audit trail too', () => {
    const cur = plan([Q1], (p) => (p.sections[0]!.items[1]!.progress = [{ date: '2026-03-31', value: 45 }]));
    expect(diff(plan([Q1]), cur).map((x) => x.slice(0, 3))).toEqual([['error', 'reading-edited', 'sections/0/items/1/progress/0/value']]);
  });

  it('changed targets, units and period are warnings', () => {
    const cur = plan([Q1], (p) => {
      const item = p.sections[0]!.items[0]!;
      Object.assign(item.targets![0]!, { target: 80, unit: '次', due: '2026-06-30' });
      item.departments = ['法律工作部', '办公室'];
      p.period.end = '2026-11-30';
    });
    expect(diff(plan([Q1]), cur)).toEqual([
      ['warning', 'period-changed', 'period/end', 'the plan period changed from 2026-01-01..2026-12-31 to 2026-01-01..2026-11-30 since HEAD~1; every schedule moves with it'],
      ['warning', 'units-changed', 'sections/0/items/0/departments', 'item 1: lead changed from [办公室] to [法律工作部] since HEAD~1'],
      ['warning', 'target-changed', 'sections/0/items/0/targets/0/target', 'target 1.1: target changed from 100 to 80 since HEAD~1'],
      ['warning', 'target-changed', 'sections/0/items/0/targets/0/unit', 'target 1.1: unit changed from 场次 to 次 since HEAD~1'],
      ['warning', 'target-changed', 'sections/0/items/0/targets/0/due', 'target 1.1: due changed from — to 2026-06-30 since HEAD~1'],
    ]);
  });

  it('an explicit lead equal to the default is no change; a new unit is', () => {
    const same = plan([Q1], (p) => (p.sections[0]!.items[0]!.lead = ['办公室']));
    expect(diff(plan([Q1]), same)).toEqual([]);
    const more = plan([Q1], (p) => p.sections[0]!.items[1]!.departments.push('办公室'));
    expect(diff(plan([Q1]), more)).toEqual([['warning', 'units-changed', 'sections/0/items/1/departments', 'item 2: departments changed from [法律工作部] to [法律工作部, 办公室] since HEAD~1']]);
  });

  it('removed items and targets are warnings at the list they left (errors when their readings go too); moved ones are no change', () => {
    const noItem = plan([Q1], (p) => p.sections[0]!.items.splice(1, 1));
    const unreported = plan([Q1], (p) => delete p.sections[0]!.items[1]!.progress);
    expect(diff(unreported, noItem)).toEqual([['warning', 'item-removed', 'sections/0/items:', 'item 2 (条目二) was removed since HEAD~1']]);
    expect(diff(plan([Q1]), plan([Q1], (p) => p.sections[0]!.items.splice(1, 1)))).toEqual([
      ['error', 'reading-removed', 'sections/0/items:', 'item 2 (条目二) and its 1 reading are gone since HEAD~1: readings are the audit trail, never removed; if it was renamed, give it back the id 2'],
    ]);
    const noTarget = plan([Q1], (p) => (p.sections[0]!.items[0]!.targets = []));
    expect(diff(plan([Q1]), noTarget)).toEqual([
      ['error', 'reading-removed', 'sections/0/items/0/targets:', 'target 1.1 (活动) and its 1 reading are gone since HEAD~1: readings are the audit trail, never removed; if it was renamed, give it back the id 1.1'],
    ]);
    expect(diff(plan([]), plan([], (p) => (p.sections[0]!.items[0]!.targets = [])))).toEqual([['warning', 'target-removed', 'sections/0/items/0/targets:', 'target 1.1 (活动) was removed since HEAD~1, with its 0 readings']]);
    const moved = plan([Q1], (p) => {
      p.sections.push({ id: '二', title: 't', items: p.sections[0]!.items.splice(1, 1) });
    });
    expect(diff(plan([Q1]), moved)).toEqual([]);
    const sectionGone = plan([Q1], (p) => (p.sections = []));
    expect(diff(plan([Q1]), sectionGone).map((x) => x.slice(0, 3))).toEqual([
      ['error', 'reading-removed', 'sections:'],
      ['error', 'reading-removed', 'sections:'],
    ]);
  });
});
