import { safeLines } from './text.js';

/** The lines a change added or removed, with line numbers, as `git diff` would show them. */
export function lineDiff(before: string, after: string, file: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const removed = a.slice(head, a.length - tail);
  const added = b.slice(head, b.length - tail);
  // As git numbers hunks: an empty side names the line before the change.
  const oldStart = removed.length ? head + 1 : head;
  const newStart = added.length ? head + 1 : head;
  const out = [`--- ${file}`, `+++ ${file}`, `@@ -${oldStart},${removed.length} +${newStart},${added.length} @@`];
  // Plan text may hold raw bidi overrides or C1 controls (valid YAML): shown escaped, as everywhere.
  const show = (l: string) => safeLines(l.replace(/\r$/, ''));
  if (head > 0) out.push(` ${show(a[head - 1]!)}`);
  for (const l of removed) out.push(`-${show(l)}`);
  for (const l of added) out.push(`+${show(l)}`);
  return out.join('\n') + '\n';
}
