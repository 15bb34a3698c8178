// The importer on real published documents (tests/fixtures/import/real/: the text as the page
// gave it, noise included; each with an answer key written by reading it), plus the seed, whose
// key is the hand-made sample plan. Prints the score per document and fails below the bar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import type { PlanFile } from '../../../src/core/model.js';
import { ROOT, readSeed, schemaErrors } from './helpers.js';
import { runCli } from '../../helpers.js';
import { emptyFields, realDocuments, scorePlan, viewerCopy, type AnswerKey, type Score } from './score.js';

/** The whole corpus, keyed documents the importer was fixed on included. */
const BAR = 0.95;
/** The documents keyed before the importer first ran on them (issue 17's done-when). */
const HELD_OUT_BAR = 0.9;

/** The seed's key: the sample plan, written by hand from it. */
function seedKey(): AnswerKey {
  const plan = parse(readFileSync(join(ROOT, 'plans/union-2026.yaml'), 'utf8')) as PlanFile;
  return {
    source: 'shared/seeds/000_668d129e6c332627.txt',
    layout: 'web page copy: noise, lines broken mid-sentence, (责任单位:…) after each item',
    title: plan.title,
    period: [plan.period.start, plan.period.end],
    options: { year: 2026, aliases: { 服务中心: '职工服务中心' } },
    items: plan.sections.flatMap((s) =>
      s.items.map((i) => ({
        id: i.id,
        departments: i.departments,
        targets: (i.targets ?? []).map((t) => ({ kind: t.kind, target: t.target ?? 100, unit: t.unit ?? '%', ...(t.due ? { due: t.due } : {}) })),
      })),
    ),
  };
}

/** The same text as a word processor writes it: full-width punctuation (the pages corpus folds it to ASCII). */
export function fullWidth(text: string): string {
  return text.replace(/[,:;()!?]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function total(scores: Score[]): number {
  const t = scores.reduce((a, s) => ({ points: a.points + s.points, total: a.total + s.total }), { points: 0, total: 0 });
  return t.points / t.total;
}

/** Points by field over all the rows: "items 17/17 · units 15/17 · …". */
function byField(scores: Score[]): string {
  const sum = emptyFields();
  for (const s of scores) for (const [f, v] of Object.entries(s.fields) as Array<[keyof Score['fields'], { points: number; total: number }]>) {
    sum[f].points += v.points;
    sum[f].total += v.total;
  }
  return Object.entries(sum)
    .filter(([, v]) => v.total > 0)
    .map(([f, v]) => `${f} ${v.points}/${v.total}`)
    .join(' · ');
}

function report(label: string, rows: Array<{ name: string; score: Score }>): number {
  const lines = rows.map(({ name, score }) => `  ${name.padEnd(22)} ${((100 * score.points) / score.total).toFixed(1).padStart(5)}%  (${score.points}/${score.total})`);
  const all = total(rows.map((r) => r.score));
  if (rows.length === 0) {
    process.stdout.write(`${label}: none\n`);
    return all;
  }
  process.stdout.write(`${label}: ${(100 * all).toFixed(1)}%  [${byField(rows.map((r) => r.score))}]\n${lines.join('\n')}\n`);
  for (const { name, score } of rows) for (const m of score.misses) process.stdout.write(`    ${name}: ${m}\n`);
  return all;
}

describe('real published documents', () => {
  const all = realDocuments();
  const docs = [...all.filter((d) => d.key.refused === undefined), { name: 'seed', text: readSeed(), key: seedKey() }];
  const refused = all.filter((d) => d.key.refused !== undefined);

  it.each(refused.map((d) => [d.name, d] as const))('%s holds no plan: refused with one line saying why, nothing written', async (name, d) => {
    for (const lang of ['zh', 'en']) {
      const r = await runCli(['import', join(ROOT, 'tests/fixtures/import/real', `${name}.txt`), '--lang', lang]);
      expect(r.code).toBeGreaterThan(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat .*\.(?:ts|js|cjs):\d+/);
    }
    expect(() => importPlan(d.text, d.key.options ?? {})).toThrow(expect.objectContaining({ name: 'ImportError', detail: expect.objectContaining({ key: d.key.refused }) }));
  });

  it.each(docs.map((d) => [d.name, d] as const))('%s imports to a plan that passes the schema', (_name, d) => {
    const r = importPlan(d.text, d.key.options ?? {});
    expect(schemaErrors(r.plan)).toEqual([]);
  });

  it(`scores at least ${BAR * 100}% on items, units, leads, targets and deadlines`, () => {
    const rows = docs.map((d) => ({ name: d.name, score: scorePlan(importPlan(d.text, d.key.options ?? {}).plan, d.key) }));
    expect(report('real documents', rows)).toBeGreaterThanOrEqual(BAR);
  });

  it(`scores at least ${HELD_OUT_BAR * 100}% on the held-out documents (keyed before the importer ran on them)`, () => {
    const held = docs.filter((d) => d.key.held_out === true);
    expect(held.length + refused.filter((d) => d.key.held_out === true).length).toBeGreaterThanOrEqual(4);
    const rows = held.map((d) => ({ name: d.name, score: scorePlan(importPlan(d.text, d.key.options ?? {}).plan, d.key) }));
    expect(report('held-out documents', rows)).toBeGreaterThanOrEqual(HELD_OUT_BAR);
  });

  it('scores the same on the full-width, BOM + CRLF variants of every text', () => {
    const rows = docs.map((d) => ({
      name: d.name,
      score: scorePlan(importPlan(`\uFEFF${fullWidth(d.text).replace(/\n/g, '\r\n')}`, d.key.options ?? {}).plan, d.key),
    }));
    expect(report('full-width + BOM + CRLF', rows)).toBeGreaterThanOrEqual(BAR);
  });

  it('scores the same when every text is copied from a viewer, page numbers standing mid-sentence', () => {
    const rows = docs.map((d) => ({ name: d.name, score: scorePlan(importPlan(viewerCopy(d.text), d.key.options ?? {}).plan, d.key) }));
    const plain = docs.map((d) => scorePlan(importPlan(d.text, d.key.options ?? {}).plan, d.key));
    expect(report('copied from a viewer', rows)).toBeGreaterThanOrEqual(total(plain));
  });
});

// Unseen batches already scored whose fixes are not finished (tests/fixtures/import/pending/README.md
// has their first-run scores). Not under the bars yet, but no document may crash the importer or
// give an invalid plan: each imports to a plan that passes the schema or is refused with an
// ImportError (one line saying why). Their score is printed, an abort counting as nothing found.
describe('scored documents still pending (batches not yet under the bars)', () => {
  const pending = realDocuments('pending');

  it.each(pending.map((d) => [d.name, d] as const))('%s imports to a valid plan or is refused with a reason', (_name, d) => {
    let plan: PlanFile;
    try {
      plan = importPlan(d.text, d.key.options ?? {}).plan;
    } catch (e) {
      expect(e).toMatchObject({ name: 'ImportError' });
      expect((e as Error).message).not.toContain('\n');
      return;
    }
    expect(schemaErrors(plan)).toEqual([]);
  });

  it('prints the score of each pending document', () => {
    const nothing: PlanFile = { ...parse(readFileSync(join(ROOT, 'plans/union-2026.yaml'), 'utf8')) as PlanFile, title: '', sections: [] };
    const rows = pending.map((d) => {
      let plan = nothing;
      try {
        plan = importPlan(d.text, d.key.options ?? {}).plan;
      } catch {
        // scored as a plan with no items
      }
      return { name: d.name, score: scorePlan(plan, d.key) };
    });
    expect(rows.length).toBe(pending.length);
    report('pending documents', rows);
  });
});
