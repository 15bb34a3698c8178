import { planHeader, plansHeader } from '../core/json.js';
import type { PlanModel } from '../core/plan.js';

/**
 * The one envelope of every `--format json` output: the plan header, then the command's data.
 * Over several plans (`--all`) the header names them all ("plans": [ids]) instead of one "plan".
 */
export function jsonOutput(of: PlanModel | readonly PlanModel[], asOf: string, body: Record<string, unknown>): string {
  const header = Array.isArray(of) ? plansHeader(of as readonly PlanModel[], asOf) : planHeader(of as PlanModel, asOf);
  return jsonText({ ...header, ...body });
}

/** What jsonText escapes. RAW has no g flag: test() then keeps no lastIndex between calls. */
const RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const RAW_ALL = new RegExp(RAW.source, 'g');

/**
 * A value as the JSON plan prints: indented, one trailing newline, and with the characters
 * JSON.stringify leaves raw that a terminal acts on escaped as \\uXXXX: DEL and the C1 controls
 * (U+009B is a one-character CSI), the line and paragraph separators, and the bidi controls
 * (U+202E shows the rest of a line reversed). JSON.parse gives back the same value.
 */
export function jsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  // Such characters are rare: one search (≈30 ms on the 38 MB of a 20,000-item list) decides
  // whether the replacing pass (≈80 ms, and a copy of the text) is needed at all.
  return (RAW.test(text) ? text.replace(RAW_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text) + '\n';
}

