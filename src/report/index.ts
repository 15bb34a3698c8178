// The bulletin's entry point, imported on demand by `plan report` only (so no other
// command loads the renderers, nor the Word library behind the docx one).
import { buildReport, frameConflicts, mergeReports, type BulletinData, type ReportData } from '../core/report.js';
import type { PlanModel } from '../core/plan.js';
import type { ReportMeta } from './common.js';
import { renderReportHtml } from './html.js';
import { renderReportMarkdown } from './markdown.js';
import { jsonText } from '../render/json.js';

export type ReportFormat = 'md' | 'html' | 'docx' | 'json';
export type { ReportMeta };

export { buildReport, frameConflicts, mergeReports };
export { frameConflictNote } from './common.js';

/** The bulletin's bytes: text for md, html and json; a zip for docx. */
export async function renderReport(format: ReportFormat, data: BulletinData, meta: ReportMeta): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return renderReportMarkdown(data, meta);
    case 'html':
      return renderReportHtml(data, meta);
    case 'json':
      return jsonText(data);
    case 'docx': {
      const { renderReportDocx } = await import('./docx.js');
      return renderReportDocx(data, meta);
    }
  }
}

export function reportFor(model: PlanModel, asOf: string, unit: string | undefined): ReportData {
  return buildReport(model, asOf, unit === undefined ? {} : { unit });
}
