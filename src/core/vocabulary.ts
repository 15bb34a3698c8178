// Input vocabulary: the words a user may type or a filled sheet may hold, in Chinese and in
// English. Data, kept apart from the display catalogues (i18n/): relabelling a status on screen
// does not change what `--status` accepts, and the 填报表's headers are written and read back
// from this one table.
import type { Lang } from '../i18n/index.js';
import type { Column } from './sheet.js';
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
  id: { zh: '编号', en: 'ID' },
  item: { zh: '事项', en: 'Item' },
  metric: { zh: '指标', en: 'Target' },
  kind: { zh: '类型', en: 'Kind' },
  target: { zh: '目标值', en: 'Target value' },
  unit: { zh: '单位', en: 'Unit' },
  due: { zh: '完成时限', en: 'Due' },
  last: { zh: '上次填报值', en: 'Last value' },
  lastDate: { zh: '上次填报日期', en: 'Last reported' },
  expected: { zh: '序时进度应达', en: 'Expected now' },
  status: { zh: '状态', en: 'Status' },
  value: { zh: '本次填报值', en: 'New value' },
  date: { zh: '填报日期', en: 'Date' },
  note: { zh: '说明', en: 'Note' },
  by: { zh: '填报人', en: 'Reporter' },
};
