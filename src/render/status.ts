import { t, type Lang } from '../i18n/index.js';
import { lateRequest } from '../core/extension.js';
import type { ItemStatus, Status, TargetStatus } from '../core/status.js';
import { cellText, type Cell, type Paint, type Style } from './table.js';
import { safe } from './text.js';

const LIGHT: Record<Status, { mark: string; style: Style }> = {
  done: { mark: '✔', style: 'green' },
  on_track: { mark: '●', style: 'green' },
  at_risk: { mark: '●', style: 'yellow' },
  behind: { mark: '●', style: 'red' },
  overdue: { mark: '●', style: 'red' },
  not_started: { mark: '○', style: 'grey' },
};

export function statusLabel(lang: Lang, s: Status): string {
  return t(lang, `st_${s}`);
}

/** ● 滞后 · 未填报 — the light, the word, and the stale flag. */
export function statusCell(lang: Lang, s: Status, stale: boolean): Cell {
  const l = LIGHT[s];
  return { text: `${l.mark} ${statusLabel(lang, s)}${stale ? ` · ${t(lang, 'st_stale_short')}` : ''}`, style: l.style };
}

/** 已延期 (原时限 2026-12-31), 延期待批, 已销号: what the 督办 cycle adds beside a status. */
export function dubanMarks(lang: Lang, ts: Pick<TargetStatus, 'target' | 'extension' | 'pending' | 'closed'>): string[] {
  const out: string[] = [];
  if (ts.closed) out.push(t(lang, 'st_closed'));
  if (ts.extension) out.push(`${t(lang, 'st_extended')} (${t(lang, 'st_original_due', { date: ts.target.due })})`);
  if (ts.pending) out.push(t(lang, 'st_extension_pending') + (lateRequest(ts.target, ts.pending) ? ` · ${t(lang, 'st_late_request')}` : ''));
  return out;
}

/** A status cell with the 督办 marks after it: `● 逾期 · 已延期 (原时限 2026-06-30)`. */
export function withMarks(cell: Cell, marks: readonly string[]): Cell {
  if (!marks.length || cell === undefined || cell === null) return cell;
  return typeof cell === 'object' ? { ...cell, text: `${cell.text} · ${marks.join(' · ')}` } : `${String(cell)} · ${marks.join(' · ')}`;
}

/** The status cell in its colour (bold when it has none). */
export function paintedStatus(paint: Paint, lang: Lang, s: Status, stale: boolean): string {
  const cell = statusCell(lang, s, stale);
  const style = typeof cell === 'object' && cell?.style ? cell.style : 'bold';
  return paint(style, cellText(cell));
}

export function statusStyle(s: Status): Style {
  return LIGHT[s].style;
}

/** 2000, 996.5, 100000 — at most one decimal, no float noise. */
export function num(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '–';
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

/** A value with its unit: 2000场次, 80% (the unit is plan text: control characters escaped). */
export function withUnit(n: number | null | undefined, unit: string): string {
  const s = num(n);
  return s === '–' ? s : `${s}${safe(unit)}`;
}

/** ▕███████░░░▏ for a share 0..1 (clamped). */
export function bar(share: number, cells = 10): string {
  const k = Math.max(0, Math.min(cells, Math.round((Number.isFinite(share) ? share : 0) * cells)));
  return '█'.repeat(k) + '░'.repeat(cells - k);
}

export function gapText(gap: number | null | undefined): string {
  if (gap === null || gap === undefined) return '–';
  const r = Math.round(gap * 10) / 10;
  return r > 0 ? `+${r}` : String(Object.is(r, -0) ? 0 : r);
}

/** 7.4 ≥2000场次 — a target in a few characters. */
export function targetSummary(lang: Lang, is: ItemStatus): string {
  return is.targets
    .filter((ts) => !ts.target.implicit)
    .map((ts) => {
      const tg = ts.target;
      const sign = tg.kind === 'at_least' ? '≥' : tg.kind === 'at_most' ? '≤' : tg.kind === 'level' ? '≥' : '';
      return tg.kind === 'milestone' ? `${tg.id} ${t(lang, 'k_milestone')}` : `${tg.id} ${sign}${withUnit(tg.target, tg.unit)}`;
    })
    .join(lang === 'zh' ? '、' : '; ');
}
