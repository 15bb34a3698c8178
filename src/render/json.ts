import { planHeader, plansHeader } from '../core/json.js';
import type { PlanModel } from '../core/plan.js';

/**
 * The one envelope of every `--format json` output: the plan header, then the command's data.
 * Over several plans (`--all`) the header names them all ("plans": [ids]) instead of one "plan".
 */
export function jsonOutput(of: PlanModel | readonly PlanModel[], asOf: string, body: Record<string, unknown>): string {
  const header = Array.isArray(of) ? plansHeader(of as readonly PlanModel[], asOf) : planHeader(of as PlanModel, asOf);
  return JSON.stringify({ ...header, ...body }, null, 2) + '\n';
}
