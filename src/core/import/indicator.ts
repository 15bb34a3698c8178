// A cell of an indicator table (指标名称 | 单位 | 2023年 | 2025年 | 2027年 | 牵头单位): the value
// under the plan's target year, read as a target. "≥79.2" at_least, "≤12.7" at_most, "较2022年
// 下降3%" a level of 3 %, a bare "60" by what is measured (a 死亡率 or 发病率 is held under it),
// "建成" a milestone; "持续改善" or "省下达目标值" are not numbers, and are said to be skipped.
import type { TargetKind } from '../model.js';
import { exactNumber } from './targets.js';

export interface IndicatorTarget {
  kind: TargetKind;
  target: number;
  unit: string;
}

const LOWER_IS_BETTER = /死亡率|发病率|患病率|发生率|事故|溺亡|伤亡|损失|能耗|排放|浓度|失业率|PM2\.5|超标|投诉|案件数/;

export function readIndicator(norm: string, unit: string, metric: string): IndicatorTarget | { skip: string } {
  const v = norm.replace(/\s+/g, '');
  const rate = (u: string) => u === '%' || u === '‰';
  let m = /^(?:≥|>=|>|不低于|不少于|达到)(\d+(?:\.\d+)?)(%|‰)?$/.exec(v);
  if (m) {
    const u = unit || m[2] || '';
    return { kind: rate(u) ? 'level' : 'at_least', target: exactNumber(m[1] ?? ''), unit: u };
  }
  m = /^(?:≤|<=|<|不高于|不超过|低于|控制在)(\d+(?:\.\d+)?)(%|‰)?(?:以内|以下)?$/.exec(v);
  if (m) return { kind: 'at_most', target: exactNumber(m[1] ?? ''), unit: unit || m[2] || '' };
  m = /^(?:较(?:19|20)\d{2}年)?(下降|降低|减少|增长|提高|提升)(\d+(?:\.\d+)?)%(?:以上)?$/.exec(v);
  if (m) return { kind: 'level', target: exactNumber(m[2] ?? ''), unit: '%' };
  m = /^(\d+(?:\.\d+)?)(%|‰)?$/.exec(v);
  if (m) {
    const u = unit || m[2] || '';
    const kind: TargetKind = LOWER_IS_BETTER.test(metric) ? 'at_most' : rate(u) ? 'level' : 'at_least';
    return { kind, target: exactNumber(m[1] ?? ''), unit: u };
  }
  if (/^(建成|完成|实现|出台|全覆盖|达标|通过验收|创建成功)$/.test(v)) return { kind: 'milestone', target: 100, unit: '%' };
  return { skip: v.length > 30 ? `${v.slice(0, 30)}…` : v };
}

/**
 * The figures of a cell giving what this level is held to (区本级任务数: 9亿元, 12亿元/10亿元,
 * 190个/226亿元, 5%), each with its measure word as written; [] when the cell holds anything else.
 */
export function readQuota(norm: string): Array<{ target: number; unit: string }> {
  const parts = norm.replace(/\s+/g, '').split(/[/、;；,，]/).filter((p) => p !== '');
  const out: Array<{ target: number; unit: string }> = [];
  for (const p of parts) {
    const m = /^(\d+(?:\.\d+)?)(%|‰|[\u4e00-\u9fff]{1,4})$/.exec(p);
    if (!m) return [];
    out.push({ target: exactNumber(m[1] ?? ''), unit: m[2] ?? '' });
  }
  return out;
}

/**
 * A target column's cell that is a figure alone, as a KPI table gives its 预期效果: 400项, 98%, 10个, 100个左右 (about
 * that many: a level), 3000万吨左右 (万 multiplied), 不少于10个, 各80个 (that many of each thing the indicator's name
 * joins, 示范平台和创业创新示范基地数量: two). undefined when the cell holds anything else (the words of a task).
 */
export function readFigures(norm: string, metric: string): IndicatorTarget[] | undefined {
  const v = norm.replace(/\s+/g, '').replace(/[。.;；]$/, '');
  const m = /^(各|约|不少于|不低于|至少|达到|≥|不超过|不高于|控制在|≤)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(万|亿)?(%|‰|[\u4e00-\u9fff]{1,3}?)(以上|左右|以内|以下)?$/.exec(v);
  if (!m || /^(?:年|月|日|月底|年底|季度|天)$/.test(m[4] ?? '')) return undefined;
  const [, pre = '', digits = '', big, measure = '', post = ''] = m;
  const money = big !== undefined && measure.startsWith('元');
  const target = exactNumber(digits.replace(/,/g, ''), big === undefined || money ? 0 : big === '万' ? 4 : 8);
  const unit = money ? `${big}${measure}` : measure;
  const rate = unit === '%' || unit === '‰';
  const kind: TargetKind = /不超过|不高于|控制在|≤/.test(pre) || /以内|以下/.test(post) ? 'at_most' : post === '左右' || (rate && post === '') ? 'level' : 'at_least';
  const each = pre === '各' ? Math.max(1, metric.split(/和|及|与|、/).length) : 1;
  return Array.from({ length: each }, () => ({ kind, target, unit }));
}
