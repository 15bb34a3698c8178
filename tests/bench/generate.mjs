// Deterministic synthetic plans for benchmarks and scale tests: Chinese titles, 2–5 units per
// item, 1–4 targets with readings. Same seed, same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const UNITS = ['办公室', '宣传教育部', '职工中专', '工人文化宫', '法律工作部', '机关党委', '经济工作部', '保障工作部', '财务与资产管理部', '职工服务中心', '组织与基层工作部', '财贸工会', '女职工部', '教育工会', '经审办', '发展改革局', '教育局', '科技局', '工业和信息化局', '公安局', '民政局', '司法局', '财政局', '人力资源和社会保障局', '自然资源局', '生态环境局', '住房和城乡建设局', '交通运输局', '水利局', '农业农村局', '商务局', '文化广电旅游局', '卫生健康委', '应急管理局', '审计局', '市场监管局', '统计局', '医保局', '城管局', '信访局'];
const VERBS = ['强化', '推进', '深化', '加强', '着力', '持续', '扎实开展', '全面落实', '健全完善', '积极推动'];
const TOPICS = ['政治引领', '职工文化阵地建设', '舆论引导', '技能竞赛', '劳模工匠培育', '和谐劳动关系', '职工法律服务', '困难职工帮扶', '基层工会组建', '智慧工会建设', '经费资产管理', '干部队伍建设', '安全生产监督', '营商环境优化', '数字化改革'];
const METRICS = [['开展培训', '场次', 'at_least'], ['新建站点', '个', 'at_least'], ['服务职工', '人次', 'at_least'], ['覆盖率', '%', 'level'], ['投诉量', '件', 'at_most'], ['制度出台', '%', 'milestone']];
const NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function generatePlan(items, seed = 42) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const units = UNITS.slice(0, Math.min(UNITS.length, 15 + Math.floor(items / 200)));
  const sectionCount = Math.max(1, Math.min(10, Math.ceil(items / 4)));
  const out = [
    '# yaml-language-server: $schema=../schemas/plan.schema.json',
    `# 生成的测试计划 (${items} items, seed ${seed})`,
    'schema: 1',
    `id: bench-${items}`,
    `title: 某市2026年重点工作任务分解(${items}项)`,
    'organization: 某市人民政府办公室',
    'period: { start: 2026-01-01, end: 2026-12-31 }',
    'departments:',
    ...units.map((u) => `  - name: ${u}`),
    'sections:',
  ];
  let id = 0;
  for (let s = 0; s < sectionCount; s++) {
    const n = Math.floor(items / sectionCount) + (s < items % sectionCount ? 1 : 0);
    out.push(`  - id: ${NUM[s]}`, `    title: ${pick(VERBS)}${pick(TOPICS)},推动高质量发展第${s + 1}部分`, '    items:');
    for (let k = 0; k < n; k++) {
      id++;
      const depts = [...new Set(Array.from({ length: 2 + Math.floor(r() * 4) }, () => pick(units)))];
      out.push(
        `      - id: "${id}"`,
        `        title: ${pick(VERBS)}${pick(TOPICS)}(第${id}项)`,
        `        text: ${pick(VERBS)}${pick(TOPICS)},${pick(VERBS)}${pick(TOPICS)},确保年内取得明显成效,形成一批可复制可推广的经验做法。`,
        `        departments: [${depts.join(', ')}]`,
        '        targets:',
      );
      const nt = 1 + Math.floor(r() * 4);
      for (let t = 1; t <= nt; t++) {
        const [metric, unit, kind] = pick(METRICS);
        const target = kind === 'milestone' ? 100 : kind === 'level' ? 80 + Math.floor(r() * 15) : 10 * (1 + Math.floor(r() * 200));
        out.push(`          - id: "${id}.${t}"`, `            metric: ${metric}${t}`, `            kind: ${kind}`, `            target: ${target}`, `            unit: "${unit}"`);
        const nr = Math.floor(r() * 4);
        if (nr) {
          out.push('            progress:');
          let v = 0;
          for (let q = 0; q < nr; q++) {
            v = kind === 'at_least' ? v + Math.floor((target / 4) * r()) : kind === 'milestone' ? Math.min(100, v + Math.floor(30 * r())) : Math.floor(target * (0.8 + 0.4 * r()));
            out.push(`              - { date: 2026-${['03-31', '06-30', '09-30'][q]}, value: ${v}, by: ${depts[0]}, note: 第${q + 1}季度 }`);
          }
        }
      }
    }
  }
  return out.join('\n') + '\n';
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [items = '1000', file = `tests/bench/out/plans-${items}/bench-${items}.yaml`] = process.argv.slice(2);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, generatePlan(Number(items)));
  console.log(file);
}
