// Scores an imported plan against an answer key written by reading the published document:
// one point for each item found, its units, its lead unit(s) and leaders when the document names
// them, and for each target its value (kind, number, unit) and its deadline. A target the importer
// invents costs a point too, so recall and precision both count.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldWidth } from '../../../src/core/fold.js';
import type { Item, PlanFile, Target } from '../../../src/core/model.js';
import { FIXTURES } from './helpers.js';

/** The real published documents: each text as the page gave it, with the answer key written by reading it. */
export function realDocuments(folder: 'real' | 'pending' = 'real'): Array<{ name: string; text: string; key: AnswerKey }> {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      return { name, text: readFileSync(join(dir, f), 'utf8'), key: JSON.parse(readFileSync(join(dir, `${name}.key.json`), 'utf8')) as AnswerKey };
    });
}

/**
 * The same text copied from a document viewer: each long paragraph runs over a page break, so a
 * line of it ends after a comma and the page number stands on a line of its own before the rest
 * ("2", "3、", "- 4 -", "第 5 页", as the viewers print them).
 */
export function viewerCopy(text: string): string {
  const marks = [(n: number) => `${n}`, (n: number) => `${n}、`, (n: number) => `- ${n} -`, (n: number) => `第 ${n} 页`];
  let page = 1;
  let body = false;
  return text
    .split('\n')
    .map((line) => {
      // The plan's body, from its first heading or item on; table cells are not paragraphs.
      body ||= /^\s*(?:[一二三四五六七八九十]+、|\d{1,2}[.、．])/.test(line);
      // (After a comma between clauses: one between digits groups a number's thousands, 3,300, and stays.)
      const cut = body && line.length > 60 && !/[|｜\t]/.test(line) ? line.slice(20).search(/[，、]|(?<!\d),|,(?!\d)/) : -1;
      if (cut < 0) return line;
      page++;
      const at = 20 + cut + 1;
      return `${line.slice(0, at)}\n${marks[page % marks.length]!(page)}\n${line.slice(at)}`;
    })
    .join('\n');
}

export interface KeyTarget {
  kind: Target['kind'];
  target: number;
  unit: string;
  due?: string;
}

export interface KeyItem {
  id: string;
  departments: string[];
  lead?: string[];
  leaders?: string[];
  targets: KeyTarget[];
}

export interface AnswerKey {
  source: string;
  /** Found after the importer was last changed and keyed before it ran on the text (the commit that adds the key says so). */
  held_out?: boolean;
  /** The text holds no plan: the importer must refuse it with this message (one line, in both languages). */
  refused?: string;
  layout: string;
  title: string;
  period: [string, string];
  options?: { year?: number; aliases?: Record<string, string> };
  items: KeyItem[];
}

/** What a point is for: the plan's title and period, an item found, its units, lead units, leaders, a target's value, its deadline. */
export type Field = 'title' | 'items' | 'units' | 'lead' | 'leaders' | 'targets' | 'deadlines';

export interface Score {
  points: number;
  total: number;
  misses: string[];
  /** The same points by field. */
  fields: Record<Field, { points: number; total: number }>;
}

export function emptyFields(): Score['fields'] {
  const f = () => ({ points: 0, total: 0 });
  return { title: f(), items: f(), units: f(), lead: f(), leaders: f(), targets: f(), deadlines: f() };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.map(foldWidth).sort().join('、') === b.map(foldWidth).sort().join('、');

/** A rate held at or above a bar is written either way: "达到60%以上" (at_least) or a level. */
function kindMatches(want: KeyTarget, got: Target): boolean {
  if (want.kind === got.kind) return true;
  const rate = want.unit === '%' || want.unit === '‰';
  return rate && want.kind !== 'at_most' && want.kind !== 'milestone' && (got.kind === 'at_least' || got.kind === 'level');
}

export function scorePlan(plan: PlanFile, key: AnswerKey): Score {
  const items = new Map<string, Item>(plan.sections.flatMap((s) => s.items.map((i): [string, Item] => [i.id, i])));
  const score: Score = { points: 0, total: 0, misses: [], fields: emptyFields() };
  const check = (field: Field, ok: boolean, what: string) => {
    score.total++;
    score.fields[field].total++;
    if (ok) {
      score.points++;
      score.fields[field].points++;
    } else score.misses.push(what);
  };
  // Full width or not, the title is the same title.
  check('title', foldWidth(plan.title) === foldWidth(key.title), `title: ${plan.title}`);
  check('title', plan.period.start === key.period[0] && plan.period.end === key.period[1], `period: ${plan.period.start}..${plan.period.end}`);
  const matched = new Set<Item>();
  for (const want of key.items) {
    const got = items.get(want.id);
    check('items', got !== undefined, `item ${want.id}: not found (have ${[...items.keys()].join(' ')})`);
    if (!got) {
      const lost: Array<[Field, number]> = [['units', 1], ['lead', want.lead ? 1 : 0], ['leaders', want.leaders ? 1 : 0], ['targets', want.targets.length], ['deadlines', want.targets.length]];
      for (const [field, n] of lost) {
        score.total += n;
        score.fields[field].total += n;
      }
      score.misses.push(`item ${want.id}: everything else`);
      continue;
    }
    matched.add(got);
    check('units', sameSet(got.departments, want.departments), `item ${want.id}: departments ${JSON.stringify(got.departments)}`);
    if (want.lead) check('lead', sameSet(got.lead ?? [], want.lead), `item ${want.id}: lead ${JSON.stringify(got.lead ?? [])}`);
    if (want.leaders) check('leaders', sameSet(got.leaders ?? [], want.leaders), `item ${want.id}: leaders ${JSON.stringify(got.leaders ?? [])}`);
    const left = [...(got.targets ?? [])];
    for (const t of want.targets) {
      const i = left.findIndex((g) => kindMatches(t, g) && Math.abs((g.target ?? NaN) - t.target) < 1e-9 && (g.unit ?? '') === t.unit);
      const g = i >= 0 ? left.splice(i, 1)[0] : undefined;
      check('targets', g !== undefined, `item ${want.id}: target ${t.kind} ${t.target}${t.unit} missing`);
      const due = t.due ?? key.period[1];
      check('deadlines', g !== undefined && (g.due ?? plan.period.end) === due, `item ${want.id}: target ${t.target}${t.unit} due ${g?.due ?? '-'} (want ${due})`);
    }
    for (const g of left) check('targets', false, `item ${want.id}: extra target ${g.kind} ${g.target ?? ''}${g.unit ?? ''} "${g.metric}"`);
  }
  // Items the document does not have (page markers read as numbers, noise read as items).
  for (const got of items.values()) if (!matched.has(got)) check('items', false, `extra item ${got.id}: ${got.title}`);
  return score;
}
