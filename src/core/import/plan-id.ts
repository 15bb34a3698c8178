// A plan id for an imported plan when the user gave none. Plan ids are ASCII slugs (they are
// typed in references such as union-2026:7.4), so the Chinese title is read for the kind of
// body that issued it and the kind of document, plus the year: 市总工会2026年工作要点 -> union-2026,
// 立山区人民政府…2023年…任务分解 -> gov-tasks-2023.

const BODIES: Array<[RegExp, string]> = [
  [/工会/, 'union'],
  [/卫生健康|卫健|卫生/, 'health'],
  [/人力资源和社会保障|人社/, 'hrss'],
  [/发展和改革|发改/, 'dev'],
  [/大学|学院|学校/, 'school'],
  [/教育/, 'edu'],
  [/科技|科学技术/, 'tech'],
  [/财政/, 'finance'],
  [/住房和城乡建设|住建/, 'housing'],
  [/交通/, 'transport'],
  [/农业农村|农业|乡村振兴/, 'agri'],
  [/文化和旅游|文旅|文化/, 'culture'],
  [/市场监督|市场监管/, 'market'],
  [/生态环境|环保/, 'env'],
  [/应急管理|安全生产/, 'safety'],
  [/民政(?!府)/, 'civil'],
  [/公安/, 'police'],
  [/司法|法院|检察/, 'justice'],
  [/统计/, 'stats'],
  [/医院|医保/, 'medical'],
  [/开发区|高新区|新区|园区/, 'zone'],
  [/街道|乡镇|镇人民政府/, 'town'],
  [/人民政府|政府/, 'gov'],
  [/党委|党工委|委员会|纪委/, 'party'],
  [/妇联/, 'women'],
  [/共青团|团委/, 'youth'],
  [/局|厅|委|办/, 'office'],
  [/[省市区县州盟旗]$|[省市区县](?= )/, 'gov'],
];

const DOCS: Array<[RegExp, string]> = [
  [/工作要点|要点/, ''],
  [/任务分解|分工方案|责任分工|分解方案/, 'tasks'],
  [/责任清单|任务清单|清单/, 'list'],
  [/实施方案|行动方案|工作方案|方案|实施意见/, 'plan'],
  [/工作计划|行动计划|计划/, 'plan'],
];

/** An ASCII slug for the plan: <body>[-<document>]-<year>, e.g. union-2026, gov-tasks-2023. */
export function derivePlanId(title: string, organization: string | undefined, year: number): string {
  const text = `${organization ?? ''} ${title}`;
  const body = BODIES.find(([re]) => re.test(text))?.[1] ?? 'plan';
  const doc = DOCS.find(([re]) => re.test(title))?.[1] ?? '';
  return [body, doc === body ? '' : doc, String(year)].filter((p) => p !== '').join('-');
}
