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

/**
 * A value as the JSON plan prints: indented, one trailing newline, and with the characters
 * JSON.stringify leaves raw that a terminal acts on escaped as \\uXXXX: DEL and the C1 controls
 * (U+009B is a one-character CSI), the line and paragraph separators, and the bidi controls
 * (U+202E shows the rest of a line reversed). JSON.parse gives back the same value.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
