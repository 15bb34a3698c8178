// Calendar dates as 'YYYY-MM-DD' strings and whole day numbers. No Date.now, no time zones:
// a day number is days since 1970-01-01 in the proleptic Gregorian calendar.

import { foldWidth } from './fold.js';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/** True for a real calendar date: 2026-02-30 and 2026-13-01 are not. */
export function isValidDate(s: string): boolean {
  if (VALID_CACHE.has(s)) return true;
  const ok = checkDate(s);
  if (ok && VALID_CACHE.size < 100_000) VALID_CACHE.add(s);
  return ok;
}

const VALID_CACHE = new Set<string>();

/** 2026-11-05 from 2026/11/5, 2026.11.5, 2026年11月5日, 2026-11-05 00:00:00, ２０２６-１１-０５; else undefined. */
export function normalizeDate(text: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(foldWidth(text).trim());
  if (!m) return undefined;
  const s = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isValidDate(s) ? s : undefined;
}

function checkDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

// A plan repeats a few hundred dates thousands of times: remember them.
const DAY_CACHE = new Map<string, number>();

export function dayNumber(s: string): number {
  let n = DAY_CACHE.get(s);
  if (n === undefined) {
    const m = DATE_RE.exec(s);
    n = m ? Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000) : NaN;
    if (DAY_CACHE.size < 100_000) DAY_CACHE.set(s, n);
  }
  return n;
}

export function fromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(s: string, days: number): string {
  return fromDayNumber(dayNumber(s) + days);
}

/** The local calendar date of a clock reading. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
