// npm run bench: times whole processes (warm-up, then several runs; median and min–max),
// as ratios to baselines measured in the same run, and writes results.json + results.md.
// Reports only: no assertion here fails a build; a person reads the table.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, homedir, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'tests/bench/out');
const quick = process.argv.includes('--quick');
const BIN = join(root, 'bin/plan.js');
const node = process.execPath;
const cacheDir = join(out, 'cache');

if (!existsSync(join(root, 'dist/plan-core.cjs'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

// --many times the roll-up rows alone: the big single plans are not needed then.
// --writes times the write rows alone (and status, which their budget compares with): only the 20,000-item plan.
const writesOnly = process.argv.includes('--writes');
const sizes = process.argv.includes('--many') ? [] : writesOnly ? [20000] : quick ? [20, 1000, 20000] : [20, 1000, 20000, 65000];
const planDir = {};
for (const n of sizes) {
  const dir = join(out, `plans-${n}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${n}.yaml`);
  if (!existsSync(file)) writeFileSync(file, generatePlan(n));
  planDir[n] = dir;
  const json = join(out, `bench-${n}.json`);
  if (n <= 20000 && !existsSync(json)) writeFileSync(json, JSON.stringify(JSON.parse(execFileSync(node, ['-e', `process.stdout.write(JSON.stringify(require('js-yaml').load(require('fs').readFileSync(${JSON.stringify(file)},'utf8'),{schema:require('js-yaml').CORE_SCHEMA})))`], { cwd: root, maxBuffer: 1 << 30 }).toString())));
}
rmSync(cacheDir, { recursive: true, force: true });

/** The paths under HOME (3 levels: ~/.cache/plan/x) with size and mtime, as one string. */
function listHome() {
  const walk = (dir, depth = 0) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    return entries.flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return depth < 2 ? [p, ...walk(p, depth + 1)] : [p];
      const st = statSync(p, { throwIfNoEntry: false });
      return [`${p} ${st?.size} ${st?.mtimeMs}`];
    });
  };
  return walk(homedir()).join('\n');
}

const have = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Runs a command `runs` times after one warm-up: wall-clock ms, and (with /usr/bin/time) CPU ms
 * (user + system) and peak RSS in MB. On a shared machine the CPU time is the steadier figure:
 * the budgets compare CPU medians, measured in the same run.
 */
function measure(label, cmd, args, { runs = quick ? 3 : 9, env = {}, prepare, quiet = false } = {}) {
  const times = [];
  const cpu = [];
  let rss = 0;
  let code = 0;
  for (let i = 0; i <= runs; i++) {
    // Untimed: a write that can be made once (a 销号, a 延期 request) gets its plan back first.
    prepare?.();
    const argv = timeBin ? ['-f', '%U %S %M', cmd, ...args] : args;
    const t0 = process.hrtime.bigint();
    const r = spawnSync(timeBin ?? cmd, argv, { cwd: root, env: { ...process.env, PLAN_CACHE_DIR: cacheDir, NO_COLOR: '1', ...env }, maxBuffer: 1 << 30, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    code = r.status ?? -1;
    const [user, sys, kb] = timeBin ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [];
    if (timeBin) rss = Math.max(rss, kb / 1024 || 0);
    if (i > 0) {
      times.push(ms);
      if (timeBin) cpu.push((user + sys) * 1000);
    }
  }
  const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const res = { label, median: med(times), min: Math.min(...times), max: Math.max(...times), cpu: cpu.length ? med(cpu) : undefined, rss: Math.round(rss), exit: code };
  if (!quiet) process.stderr.write(`${label.padEnd(52)} ${res.median.toFixed(0).padStart(6)} ms  (${res.min.toFixed(0)}–${res.max.toFixed(0)})  cpu ${res.cpu?.toFixed(0) ?? '–'} ms  ${res.rss} MB  exit ${code}\n`);
  return res;
}

/**
 * measure() for a process of a few tens of milliseconds: /usr/bin/time counts CPU in 10 ms steps,
 * so each timed run is a loop of `loops` runs in one process tree (a shell running the command
 * in turn, its output still a pipe), and the figures are the loop's divided by `loops`: the step
 * is then 10 / loops ms. The shell's own share (well under a millisecond a loop) is in every row
 * measured so, `node -e 0` included.
 */
function measureLoop(label, cmd, args, { loops = 20, runs = quick ? 3 : 9, env = {} } = {}) {
  const r = measure(label, 'sh', ['-c', `i=0; while [ $i -lt ${loops} ]; do "$@" || exit $?; i=$((i+1)); done`, 'sh', cmd, ...args], { runs, env, quiet: true });
  const per = { ...r, median: r.median / loops, min: r.min / loops, max: r.max / loops, cpu: r.cpu === undefined ? undefined : r.cpu / loops, loops };
  process.stderr.write(`${label.padEnd(52)} ${per.median.toFixed(1).padStart(6)} ms  (${per.min.toFixed(1)}–${per.max.toFixed(1)})  cpu ${per.cpu?.toFixed(1) ?? '–'} ms  ${per.rss} MB  exit ${per.exit}  (loops of ${loops})\n`);
  return per;
}

const results = [];
const add = (r) => (results.push(r), r);

/** A row of results.md: a row timed in loops says so, and its figures keep a decimal. */
function resultRow(r) {
  const d = r.loops ? 1 : 0;
  return `| ${r.label}${r.loops ? ` (loops of ${r.loops})` : ''} | ${r.cpu?.toFixed(d) ?? '–'} | ${r.median.toFixed(d)} | ${r.min.toFixed(d)}–${r.max.toFixed(d)} | ${r.rss || '–'} |`;
}

/**
 * Issue 20: a roll-up over 50 plans of 200 items each (one folder, `--all`) against one plan of
 * 10,000 items, both with no cache; the budget is 2×. The folders are those of the full run's
 * "Many plans" rows; `--many` times status and list --dept on them alone.
 */
function manyPlans() {
  const many = join(out, 'plans-50x200');
  if (!existsSync(join(many, 'bench-200-50.yaml'))) {
    mkdirSync(many, { recursive: true });
    for (let k = 1; k <= 50; k++) writeFileSync(join(many, `bench-200-${k}.yaml`), generatePlan(200, k).replace(/^id: bench-200$/m, `id: bench-200-${k}`));
  }
  const one = join(out, 'plans-10000');
  if (!existsSync(join(one, 'bench-10000.yaml'))) {
    mkdirSync(one, { recursive: true });
    writeFileSync(join(one, 'bench-10000.yaml'), generatePlan(10000));
  }
  const rows = {};
  for (const [cmd, args] of [['status', ['status']], ['list --dept', ['list', '--dept', '办公室', '--format', 'json']]]) {
    rows[cmd] = {
      all: add(measure(`plan ${cmd} --all (50 plans × 200 items) [cache off]`, node, [BIN, '--dir', many, ...args, '--all', '--as-of', '2026-07-01'], { runs: 5, env: { PLAN_CACHE: '0' } })),
      one: add(measure(`plan ${cmd} (one plan of 10000 items) [cache off]`, node, [BIN, '--dir', one, ...args, '--as-of', '2026-07-01'], { runs: 5, env: { PLAN_CACHE: '0' } })),
    };
  }
  return Object.entries(rows).map(([cmd, r]) => ({ budget: `plan ${cmd} --all (50 × 200) ≤ 2 × one plan of 10000, no cache`, ratio: +(r.all.median / r.one.median).toFixed(2), ok: r.all.median <= 2 * r.one.median }));
}

/**
 * The writes on the 20,000-item plan, each on a fresh copy of it (issue 21: a write checks what it
 * changed, not the whole plan): a reading (plan progress), 延期 requests for the four targets of an
 * item (plan extend), a 销号 (plan close, of a target made done untimed first), and a 填报表 of 20
 * readings spread over the plan (plan sheet import). No cache.
 */
function writeRows() {
  const copy = join(out, 'writes-20000');
  const planFile = join(copy, 'bench-20000.yaml');
  const original = readFileSync(join(planDir[20000], 'bench-20000.yaml'));
  const fresh = () => {
    mkdirSync(copy, { recursive: true });
    writeFileSync(planFile, original);
  };
  const at = (asOf, ...args) => [BIN, '--dir', copy, ...args, '--as-of', asOf];
  const run = (...argv) => execFileSync(node, [BIN, '--dir', copy, ...argv], { cwd: root, env: { ...process.env, PLAN_CACHE: '0' }, stdio: 'ignore' });
  const rows = {};
  rows.progress = add(measure('plan progress (20000, a write) [cache off]', node, at('2026-10-01', 'progress', '10000.1', '--add', '1', '--date', '2026-10-01', '--person', 'bench'), { runs: 5, env: { PLAN_CACHE: '0' }, prepare: fresh }));
  rows.extend = add(measure('plan extend (20000, an item of 4 targets) [cache off]', node, at('2026-10-02', 'extend', '10001', '--to', '2027-03-31', '--reason', '资金未到位'), { runs: 5, env: { PLAN_CACHE: '0' }, prepare: fresh }));
  rows.close = add(measure('plan close (20000, a target) [cache off]', node, at('2026-10-02', 'close', '10000.1', '--evidence', '验收报告.pdf'), { runs: 5, env: { PLAN_CACHE: '0' }, prepare: () => (fresh(), run('progress', '10000.1', '--done', '--date', '2026-10-01', '--as-of', '2026-10-01')) }));
  // A unit's 填报表 with 20 rows filled (every 7th target row: the readings land all over the plan).
  const book = join(out, 'sheet-20000-20.xlsx');
  if (!existsSync(book)) {
    fresh();
    run('sheet', 'export', '--dept', '办公室', '--out', join(out, 'sheets-20000'), '--as-of', '2026-10-15');
    const exported = join(out, 'sheets-20000', readdirSync(join(out, 'sheets-20000')).find((n) => n.endsWith('.xlsx')));
    execFileSync(node, ['--input-type=module', '-e', FILL_SHEET, exported, book, '20'], { cwd: root, stdio: 'inherit' });
  }
  rows.sheet = add(measure('plan sheet import (20000, 20 readings) [cache off]', node, at('2026-10-15', 'sheet', 'import', book), { runs: 5, env: { PLAN_CACHE: '0' }, prepare: fresh }));
  return rows;
}

/** Fills n rows of an exported 填报表 (a figure no lower than the last one, a note) and signs it. */
const FILL_SHEET = `
import ExcelJS from 'exceljs';
const [src, out, n] = process.argv.slice(1);
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(src);
const ws = wb.worksheets[0];
const footer = (label) => { for (let r = 4; r <= ws.rowCount; r++) if (ws.getCell('C' + r).value === label) return r; };
let filled = 0;
for (let r = 7; r <= ws.rowCount && filled < Number(n); r += 7) {
  if (!/^\\d+(\\.\\d+)?$/.test(String(ws.getCell('B' + r).value))) continue;
  const last = ws.getCell('I' + r).value;
  const target = Number(ws.getCell('D' + r).value) || 100;
  ws.getCell('J' + r).value = typeof last === 'number' ? Math.max(last, target) : target;
  ws.getCell('L' + r).value = '十月进展';
  filled++;
}
ws.getCell('D' + footer('填报日期')).value = '2026-10-15';
ws.getCell('D' + footer('填报人')).value = '王敏';
await wb.xlsx.writeFile(out);
`;

// `npm run bench -- --writes`: the write rows and plan status (20000) alone (results-writes.md).
if (writesOnly) {
  const status = add(measure('plan status (20000) [cache off]', node, [BIN, ...['--dir', planDir[20000], 'status', '--as-of', '2026-07-01']], { runs: 5, env: { PLAN_CACHE: '0' } }));
  const rows = writeRows();
  const t = (r) => r.cpu ?? r.median;
  const md = [
    `Machine: ${cpus()[0]?.model}, ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average at the end ${loadavg().map((x) => x.toFixed(1)).join(' ')}. Medians of 5 runs after a warm-up, each write on a fresh copy of the plan.`,
    '',
    '| command | CPU ms | wall ms | min–max wall ms | peak MB |',
    '|---|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.label} | ${r.cpu?.toFixed(0) ?? '–'} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)}–${r.max.toFixed(0)} | ${r.rss || '–'} |`),
    '',
    '| write vs plan status (20000), no cache | ratio |',
    '|---|---:|',
    ...Object.entries(rows).map(([k, r]) => `| ${k} | ${(t(r) / t(status)).toFixed(2)} |`),
    '',
  ].join('\n');
  writeFileSync(join(root, 'tests/bench/results-writes.md'), md);
  process.stdout.write(md);
  process.exit(0);
}

// `npm run bench -- --many`: the roll-up rows alone (results-many.md; results.json is left as it is).
if (process.argv.includes('--many')) {
  const budgets = manyPlans();
  const md = [
    `Machine: ${cpus()[0]?.model}, ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Medians of 5 runs after a warm-up.`,
    '',
    '| command | median ms | min–max ms | peak MB |',
    '|---|---:|---:|---:|',
    ...results.map((r) => `| ${r.label} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)}–${r.max.toFixed(0)} | ${r.rss || '–'} |`),
    '',
    '| budget | ratio | met |',
    '|---|---:|:---:|',
    ...budgets.map((b) => `| ${b.budget} | ${b.ratio} | ${b.ok ? 'yes' : 'NO'} |`),
    '',
  ].join('\n');
  writeFileSync(join(root, 'tests/bench/results-many.md'), md);
  process.stdout.write(md);
  process.exit(0);
}
const plan = (n, ...args) => ['--dir', planDir[n], ...args, '--as-of', '2026-07-01'];

// Nothing may be written to the user's home (issue 21): its entries are compared after the runs.
const homeBefore = listHome();
// The start-up rows take tens of milliseconds: timed as loops of 20 runs (measureLoop).
const nodeBase = add(measureLoop('node -e 0', node, ['-e', '0']));
// The budgets are met with no cache of parsed plans at all (issue 21).
const NO_CACHE = { PLAN_CACHE: '0' };
const listSample = add(measureLoop('plan list (sample) [cache off]', node, [BIN, 'list', '--as-of', '2026-07-01'], { env: NO_CACHE }));
const statusSample = add(measureLoop('plan status (sample) [cache off]', node, [BIN, 'status', '--as-of', '2026-07-01'], { env: NO_CACHE }));
add(measureLoop('plan --version', node, [BIN, '--version']));
for (const n of [1000, 20000]) {
  add(measure(`plan list --dept 办公室 (${n}) [cache off]`, node, [BIN, ...plan(n, 'list', '--dept', '办公室', '--format', 'json')], { runs: n > 1000 ? 3 : undefined, env: { PLAN_CACHE: '0' } }));
  add(measure(`plan list --dept 办公室 (${n})`, node, [BIN, ...plan(n, 'list', '--dept', '办公室', '--format', 'json')], { runs: n > 1000 ? 5 : undefined }));
}
add(measure('plan status (20000)', node, [BIN, ...plan(20000, 'status')], { runs: 5 }));
const status20k = add(measure('plan status (20000) [cache off]', node, [BIN, ...plan(20000, 'status')], { runs: 5, env: NO_CACHE }));
// 65,000 items once died with "Maximum call stack size exceeded" (a spread of every row into Math.max).
const behind65k = sizes.includes(65000) ? add(measure('plan behind (65000) [cache off]', node, [BIN, ...plan(65000, 'behind')], { runs: 1, env: NO_CACHE })) : undefined;
const report20k = add(measure('plan report --format md (20000) [cache off]', node, [BIN, ...plan(20000, 'report', '--format', 'md')], { runs: 3, env: NO_CACHE }));
// Validate as of a date after the generated readings (up to 2026-09-30), so the plan is valid.
const validate20k = add(measure('plan validate (20000)', node, [BIN, '--dir', planDir[20000], 'validate', '--as-of', '2026-10-01'], { runs: 5 }));
const ajvCli = join(root, 'node_modules/ajv-cli/dist/index.js');
const ajv20k = add(measure('ajv validate (20000, ajv-cli)', node, [ajvCli, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', 'schemas/plan.schema.json', '-d', join(planDir[20000], 'bench-20000.yaml'), '--strict=false'], { runs: 3 }));

const progressCopy = join(out, 'progress-20000');
mkdirSync(progressCopy, { recursive: true });
writeFileSync(join(progressCopy, 'bench-20000.yaml'), readFileSync(join(planDir[20000], 'bench-20000.yaml')));
add(measure('plan progress --dry-run (20000) [cache off]', node, [BIN, '--dir', progressCopy, 'progress', '10000.1', '--value', '1', '--correction', '--date', '2026-10-01', '--as-of', '2026-10-01', '--person', 'bench', '--dry-run'], { runs: 3, env: NO_CACHE }));

// Real writes, each on a fresh copy: read, splice, check what changed, write.
const writes = writeRows();
const progress20k = writes.progress;

// Many plans: --all over 50 plans of 200 items against one plan of 10,000.
const manyDir = join(out, 'plans-50x200');
if (!existsSync(join(manyDir, 'bench-200-50.yaml'))) {
  mkdirSync(manyDir, { recursive: true });
  for (let k = 1; k <= 50; k++) writeFileSync(join(manyDir, `bench-200-${k}.yaml`), generatePlan(200, k).replace(/^id: bench-200$/m, `id: bench-200-${k}`));
}
const oneDir = join(out, 'plans-10000');
if (!existsSync(join(oneDir, 'bench-10000.yaml'))) {
  mkdirSync(oneDir, { recursive: true });
  writeFileSync(join(oneDir, 'bench-10000.yaml'), generatePlan(10000));
}
const all50 = add(measure('plan status --all (50 plans × 200) [cache off]', node, [BIN, '--dir', manyDir, 'status', '--all', '--as-of', '2026-07-01'], { runs: 5, env: NO_CACHE }));
const one10k = add(measure('plan status (10000) [cache off]', node, [BIN, '--dir', oneDir, 'status', '--as-of', '2026-07-01'], { runs: 5, env: NO_CACHE }));

const yq = {};
const jq = {};
for (const n of [1000, 20000]) {
  const filter = '[.sections[].items[] | select(.departments | index("办公室")) | .id]';
  if (have('yq')) yq[n] = add(measure(`yq filter (${n})`, 'yq', [filter, join(planDir[n], `bench-${n}.yaml`)], { runs: n > 1000 ? 3 : 5 }));
  if (have('jq')) jq[n] = add(measure(`jq filter on JSON (${n})`, 'jq', [filter, join(out, `bench-${n}.json`)], { runs: 5 }));
}

const listDept20k = results.find((r) => r.label === 'plan list --dept 办公室 (20000) [cache off]');
// CPU medians where /usr/bin/time gives them (a loaded machine stretches wall time unevenly).
const t = (r) => r.cpu ?? r.median;
const ratio = (a, b) => (b ? +(t(a) / t(b)).toFixed(2) : null);
const budgets = [
  { budget: 'plan list (sample) ≤ 1.2 × node -e 0, no cache', ratio: ratio(listSample, nodeBase), ok: t(listSample) <= 1.2 * t(nodeBase) },
  { budget: 'plan status (sample) ≤ 1.2 × node -e 0, no cache', ratio: ratio(statusSample, nodeBase), ok: t(statusSample) <= 1.2 * t(nodeBase) },
  { budget: 'plan validate (20000) < ajv validate', ratio: ratio(validate20k, ajv20k), ok: t(validate20k) < t(ajv20k) },
  yq[20000] ? { budget: 'plan list --dept (20000) < yq filter', ratio: ratio(listDept20k, yq[20000]), ok: t(listDept20k) < t(yq[20000]) } : { budget: 'plan list --dept (20000) < yq filter', ratio: null, ok: null, note: 'yq not installed: skipped' },
  jq[20000] ? { budget: 'plan list --dept (20000) ≤ 1 × jq on JSON, no cache', ratio: ratio(listDept20k, jq[20000]), ok: t(listDept20k) <= t(jq[20000]) } : { budget: 'jq', ratio: null, ok: null, note: 'jq not installed' },
  { budget: 'plan status (20000) ≤ 600 ms, no cache', ratio: +(t(status20k) / 600).toFixed(2), ok: t(status20k) <= 600 },
  { budget: 'plan status (20000) peak memory < 300 MB, no cache', ratio: +(status20k.rss / 300).toFixed(2), ok: timeBin ? status20k.rss < 300 : null },
  { budget: 'plan progress (20000, a write) ≤ 1.5 × plan status (20000), no cache', ratio: ratio(progress20k, status20k), ok: t(progress20k) <= 1.5 * t(status20k) },
  { budget: 'plan status --all (50 × 200) ≤ 2 × plan status (10000), no cache', ratio: ratio(all50, one10k), ok: t(all50) <= 2 * t(one10k) },
  { budget: 'plan report (20000) vs plan status (20000), no cache', ratio: ratio(report20k, status20k), ok: null },
  behind65k ? { budget: 'plan behind (65000) exits 0', ratio: null, ok: behind65k.exit === 0 } : { budget: 'plan behind (65000) exits 0', ratio: null, ok: null, note: '--quick: skipped' },
];
const homeAfter = listHome();
budgets.push({ budget: `nothing written to HOME (${homedir()})`, ratio: null, ok: homeBefore === homeAfter });
const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, memGB: Math.round(totalmem() / 2 ** 30), date: new Date().toISOString().slice(0, 10), load: loadavg().map((x) => +x.toFixed(1)) };
writeFileSync(join(root, 'tests/bench/results.json'), JSON.stringify({ machine, results, budgets }, null, 2) + '\n');
const md = [
  `Machine: ${machine.cpu}, ${machine.cpus} cores, ${machine.memGB} GB, Node ${machine.node}, ${machine.date}, load average at the end ${machine.load.join(' ')}. Medians of ${quick ? 3 : 'up to 9'} runs after a warm-up; the budgets compare CPU time (user + system).`,
  '',
  '| command | CPU ms | wall ms | min–max wall ms | peak MB |',
  '|---|---:|---:|---:|---:|',
  ...results.map(resultRow),
  '',
  '| budget | ratio | met |',
  '|---|---:|:---:|',
  ...budgets.map((b) => `| ${b.budget} | ${b.ratio ?? '–'} | ${b.ok === null ? (b.note ?? '–') : b.ok ? 'yes' : 'NO'} |`),
  '',
].join('\n');
writeFileSync(join(root, 'tests/bench/results.md'), md);
process.stdout.write(md);
