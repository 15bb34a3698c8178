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
