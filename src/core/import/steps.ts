// A schedule cell of dated steps (进度安排 / 工作举措及实施计划: "1.婴幼儿照护服务成长驿站:3月底前新建成2家;6月底前
// 新建成2家;9月底前完成7家建设任务。 2.…") beside the counts of the item's own text ("新建成…成长驿站7家,…"): which
// steps date the counts, which are checkpoints on the way to them, and which are milestones of their own.

import type { FoundTarget } from './targets.js';
import type { SText } from './text.js';

/** A step that says the work is complete: 完工, 竣工, 建成, 完成 … (not 开工, its start). */
const COMPLETE = /完工|竣工|建成|完成|投用|投入使用|交付|通车/g;

/** The cell's numbered parts that open on their topic ("2.婴幼儿照护服务托位:"), by where they start. */
function topics(norm: string): Array<{ at: number; topic: string }> {
  const out: Array<{ at: number; topic: string }> = [];
  for (const m of norm.matchAll(/(?:^|\s)\d{1,2}[.、] ?([^:;。,\d]{2,24}):/g)) out.push({ at: m.index, topic: m[1] ?? '' });
  return out;
}

/** The clause of the text holding position `pos` (between ,;。 and line ends). */
function clauseAt(norm: string, pos: number): string {
  const start = Math.max(...[',', ';', '。', '\n', '，', '；'].map((c) => norm.lastIndexOf(c, pos - 1))) + 1;
  const ends = [',', ';', '。', '\n', '，', '；'].map((c) => norm.indexOf(c, pos)).filter((k) => k >= 0);
  return norm.slice(start, ends.length > 0 ? Math.min(...ends) : norm.length);
}

/** Do two texts name the same thing: a run of two Chinese characters in both (公交线路, 筛查, 幼儿园)? */
function sameSubject(a: string, b: string): boolean {
  for (let k = 0; k + 2 <= a.length; k++) {
    const pair = a.slice(k, k + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(pair) && b.includes(pair)) return true;
  }
  return false;
}

/** What a completing step says is done, from its last completion word on: 交付, 完成胃肠癌联合筛查工作. */
function completion(metric: string): string | undefined {
  const hits = [...metric.matchAll(COMPLETE)];
  const last = hits[hits.length - 1];
  return last === undefined ? undefined : metric.slice(last.index);
}

/**
 * The targets a schedule cell adds to an item whose text counts `counts` (they get their deadlines here):
 * - a step reaching a count's own figure (9月底前完成7家…) dates that count; a step giving less in the same
 *   measure word (3月底前新建成2家, 6条 of 20条) is a checkpoint on the way: no target of its own;
 * - a count no step reaches is due at the last step saying the work complete (11月底前…竣工交付, 11月底前建成)
 *   among the steps about it (its numbered part's topic or its own words share a word with the count's clause);
 *   an earlier step completing the same way (8月底前 six of the schools 竣工交付) is part of that delivery;
 * - every other dated step (4月底前完成…方案制定, 7月底前开工) is a milestone.
 */
export function scheduleTargets(counts: FoundTarget[], steps: FoundTarget[], cell: SText, body: SText): FoundTarget[] {
  const parts = topics(cell.norm);
  const topicOf = (t: FoundTarget) => [...parts].reverse().find((p) => p.at <= t.pos)?.topic ?? '';
  const dropped = new Set<FoundTarget>();
  const completing = steps.filter((t) => t.kind === 'milestone' && t.due !== undefined && completion(t.metric) !== undefined && !/开工|開工/.test(t.metric));
  const latest = (ts: FoundTarget[]) => ts.reduce<FoundTarget | undefined>((a, t) => (a === undefined || (t.due ?? '') >= (a.due ?? '') ? t : a), undefined);
  for (const count of counts) {
    const same = steps.filter((t) => t.kind !== 'milestone' && t.unit === count.unit && t.due !== undefined);
    const reach = latest(same.filter((t) => t.target === count.target));
    for (const t of same) if (t.target <= count.target) dropped.add(t);
    if (reach) {
      count.due = reach.due;
      continue;
    }
    const clause = clauseAt(body.norm, count.pos);
    const about = completing.filter((t) => sameSubject(clause, `${topicOf(t)}${t.metric}`));
    const done = latest(about.length > 0 ? about : completing);
    if (!done) continue;
    count.due = done.due;
    dropped.add(done);
    for (const t of completing) if (t !== done && (t.due ?? '') < (done.due ?? '') && completion(t.metric) === completion(done.metric)) dropped.add(t);
  }
  return steps.filter((t) => !dropped.has(t));
}
