// Input vocabulary: the words a user may type or a filled sheet may hold, in Chinese and in
// English. Data, kept apart from the display catalogues (i18n/): relabelling a status on screen
// does not change what `--status` accepts, and the 填报表's headers are written and read back
// from this one table.
import type { Lang } from '../i18n/index.js';
import type { Column, FooterField } from './sheet.js';
import type { Status } from './status.js';

/** A status by its word; besides these, its key (at_risk) is always accepted. */
export const STATUS_WORDS: Readonly<Record<Status, Readonly<Record<Lang, string>>>> = {
  done: { zh: '已完成', en: 'done' },
  not_started: { zh: '未开始', en: 'not started' },
  overdue: { zh: '逾期', en: 'overdue' },
  behind: { zh: '滞后', en: 'behind' },
  at_risk: { zh: '预警', en: 'at risk' },
  on_track: { zh: '正常', en: 'on track' },
};

/** The 填报表's column headers: written in the sheet's language, accepted back in either. */
export const SHEET_HEADERS: Readonly<Record<Column, Readonly<Record<Lang, string>>>> = {
  no: { zh: '序号', en: 'No.' },
  id: { zh: '编号', en: 'Id' },
  task: { zh: '工作任务', en: 'Task' },
  target: { zh: '目标', en: 'Target' },
  lead: { zh: '牵头单位', en: 'Lead unit' },
  units: { zh: '责任单位', en: 'Other units' },
  due: { zh: '完成时限', en: 'Due' },
  expected: { zh: '序时目标', en: 'Expected now' },
  last: { zh: '上次累计', en: 'Last total' },
  value: { zh: '本次累计', en: 'Total now' },
  rate: { zh: '完成率', en: 'Done' },
  note: { zh: '进展情况', en: 'Progress' },
  problems: { zh: '存在问题', en: 'Problems' },
  next: { zh: '下步计划', en: 'Next steps' },
  evidence: { zh: '佐证材料', en: 'Evidence' },
};

/** The labels of the footer block below the rows: written in the sheet's language, read back in either. */
export const SHEET_FOOTER: Readonly<Record<FooterField, Readonly<Record<Lang, string>>>> = {
  unit: { zh: '填报单位', en: 'Reporting unit' },
  person: { zh: '填报人', en: 'Filled in by' },
  phone: { zh: '联系电话', en: 'Phone' },
  reviewer: { zh: '审核人（单位负责人）', en: 'Approved by (head of unit)' },
  date: { zh: '填报日期', en: 'Date' },
};
