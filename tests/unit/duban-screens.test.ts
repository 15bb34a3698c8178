import { describe, expect, it } from 'vitest';
import { compliance } from '../../src/core/compliance.js';
import { escalationRules, escalations } from '../../src/core/escalation.js';
import type { PlanFile } from '../../src/core/model.js';
import { PlanModel } from '../../src/core/plan.js';
import { reminders } from '../../src/core/remind.js';
import { t } from '../../src/i18n/index.js';
import { complianceScreen } from '../../src/render/screens/compliance.js';
import { escalationsScreen } from '../../src/render/screens/escalations.js';
import { remindFiles, remindScreen } from '../../src/render/screens/remind.js';
import type { ScreenOptions } from '../../src/render/screen.js';
import { analyzePlan } from '../../src/yaml/analyze.js';
import { sampleText } from '../helpers.js';

// The 督办 screens are pure: (data, format, options) -> what to print, data apart from notes.
const model = new PlanModel(analyzePlan(sampleText()).data as PlanFile);
const screen = (asOf: string, lang: 'zh' | 'en' = 'zh'): ScreenOptions => ({ lang, asOf, paint: (_s, text) => text, maxWidth: undefined });

describe('督办 screens', () => {
  it('compliance: the table on stdout, its legend and date as a note; JSON in the one envelope; nothing to show is a note only', () => {
    const c = compliance(model, '2026-10-15');
    const table = complianceScreen(model, c, 'table', screen('2026-10-15'));
    expect(table.out).toMatch(/^单位/);
    expect(table.out).toContain('法律工作部');
    expect(table.notes).toHaveLength(1);
    expect(table.notes[0]!.endsWith(`\n${t('zh', 'asOfLine', { asOf: '2026-10-15' })}`)).toBe(true);
    const json = JSON.parse(complianceScreen(model, c, 'json', screen('2026-10-15')).out) as Record<string, unknown>;
    expect(Object.keys(json).slice(0, 3)).toEqual(['schema', 'plan', 'as_of']);
    expect(json.departments).toHaveLength(c.units.length);
    const early = complianceScreen(model, compliance(model, '2026-01-02'), 'table', screen('2026-01-02'));
    expect(early.out).toBe('');
    expect(early.notes).toHaveLength(1);
  });

  it('escalations: CSV carries status keys and the streak as round:status pairs', () => {
    const list = escalations(model, compliance(model, '2026-09-30'), '2026-09-30');
    expect(list.length).toBeGreaterThan(0);
    const csv = escalationsScreen(model, list, escalationRules(model), 'csv', screen('2026-09-30')).out;
    const [header, first] = csv.split(/\r?\n/);
    expect(header).toBe('\ufeffaction,rule_status,rule_rounds,target,item,departments,status,streak');
    expect(first).toMatch(/,(at_risk|behind|overdue|missing),\d+,.*\d{4}-\d{2}-\d{2}:(at_risk|behind|overdue|missing|on_track)/);
  });

  it('remind: one file per unit named unit-tone-date, the tone in Chinese in either language', () => {
    const c = compliance(model, '2026-10-15');
    const list = reminders(model, '2026-10-15', c, escalations(model, c, '2026-10-15'), model.settings.due_soon_days, undefined);
    expect(list.length).toBeGreaterThan(0);
    const files = remindFiles(model, list, 'md', screen('2026-10-15', 'en'));
    expect(files.map((f) => f.name)).toEqual(list.map((m) => expect.stringMatching(new RegExp(`^${m.unit}-(提醒|催办|督办)-2026-10-15\\.md$`)) as unknown));
    expect(remindScreen(model, list, 'table', screen('2026-10-15', 'en'))).toContain(`】${list[0]!.unit}`);
  });
});
