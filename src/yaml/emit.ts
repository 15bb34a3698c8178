import type { Checkpoint, Department, Item, PlanFile, Reading, Target } from '../core/model.js';
import { scalar } from './splice.js';

// A new plan file in the house style of plans/union-2026.yaml: block mappings, flow lists of
// units, flow mappings for readings, quoted ids. Every scalar goes through scalar(), which
// quotes whatever YAML would otherwise read as something else (7.10, yes, 2026-01-01 …).

const id = (s: string) => JSON.stringify(s);
const list = (xs: readonly string[]) => `[${xs.map(scalar).join(', ')}]`;
const flow = (o: Reading | Checkpoint) =>
  `{ ${Object.entries(o)
    .map(([k, v]) => `${k}: ${typeof v === 'string' && k !== 'date' ? scalar(v) : String(v)}`)
    .join(', ')} }`;

export function planToYaml(plan: PlanFile & { departments: Department[] }, schemaPath = '../schemas/plan.schema.json'): string {
  const out: string[] = [`# yaml-language-server: $schema=${schemaPath}`, `schema: 1`, `id: ${scalar(plan.id)}`, `title: ${scalar(plan.title)}`];
  if (plan.organization) out.push(`organization: ${scalar(plan.organization)}`);
  out.push(`period: { start: ${plan.period.start}, end: ${plan.period.end} }`, '', plan.departments.length ? 'departments:' : 'departments: []');
  for (const d of plan.departments) {
    out.push(`  - name: ${scalar(d.name)}`);
    if (d.aliases?.length) out.push(`    aliases: ${list(d.aliases)}`);
  }
  if (plan.settings) {
    out.push('', 'settings:');
    for (const [k, v] of Object.entries(plan.settings)) out.push(`  ${k}: ${String(v)}`);
  }
  // Import writes the basis as one citation, the text of the 印发通知.
  if (typeof plan.bulletin?.basis === 'string') out.push('', 'bulletin:', `  basis: ${scalar(plan.bulletin.basis)}`);
  out.push('', 'sections:');
  for (const s of plan.sections) {
    out.push(`  - id: ${scalar(s.id)}`, `    title: ${scalar(s.title)}`, '    items:');
    for (const item of s.items) out.push(...itemLines(item), '');
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

function itemLines(item: Item): string[] {
  const out = [`      - id: ${id(item.id)}`, `        title: ${scalar(item.title)}`];
  if (item.text) out.push(`        text: ${scalar(item.text)}`);
  out.push(`        departments: ${list(item.departments)}`);
  if (item.lead) out.push(`        lead: ${list(item.lead)}`);
  if (item.leaders?.length) out.push(`        leaders: ${list(item.leaders)}`);
  if (item.primary) out.push(`        primary: ${id(item.primary)}`);
  if (item.targets?.length) {
    out.push('        targets:');
    for (const t of item.targets) out.push(...targetLines(t));
  }
  if (item.progress?.length) out.push('        progress:', ...item.progress.map((r) => `          - ${flow(r)}`));
  return out;
}

function targetLines(t: Target): string[] {
  const out = [`          - id: ${id(t.id)}`, `            metric: ${scalar(t.metric)}`, `            kind: ${t.kind}`];
  if (t.target !== undefined) out.push(`            target: ${t.target}`);
  if (t.unit !== undefined) out.push(`            unit: ${scalar(t.unit)}`);
  if (t.start) out.push(`            start: ${t.start}`);
  if (t.due) out.push(`            due: ${t.due}`);
  if (t.baseline !== undefined) out.push(`            baseline: ${t.baseline}`);
  if (t.checkpoints?.length) out.push('            checkpoints:', ...t.checkpoints.map((c) => `              - ${flow(c)}`));
  if (t.progress?.length) out.push('            progress:', ...t.progress.map((r) => `              - ${flow(r)}`));
  return out;
}
