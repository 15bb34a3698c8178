import { planHeader } from '../core/json.js';
import type { PlanModel } from '../core/plan.js';

/** The one envelope of every `--format json` output: the plan header, then the command's data. */
export function jsonOutput(model: PlanModel, asOf: string, body: Record<string, unknown>): string {
  return JSON.stringify({ ...planHeader(model, asOf), ...body }, null, 2) + '\n';
}
