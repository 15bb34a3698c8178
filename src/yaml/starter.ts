// The texts `plan init` starts a project with: a commented plan, a package.json, and a CI workflow.
import { Buffer } from 'node:buffer';
import { HEAD_BYTES, type Utf8Text } from './text.js';

/**
 * The npm package that installs the `plan` command. npm's `plan` is an unrelated project:
 * `npm install plan` or a bare `npx plan` would fetch that one.
 */
export const PACKAGE_NAME = 'duban';

/** A small plan that validates as it is and shows every field a clerk fills in. */
export function starterPlan(year: string, schema: string): string {
  return `# yaml-language-server: $schema=${schema}
#
# 工作要点模板,由 plan init 生成。把示例换成本单位的计划:单位名册、部分、条目、量化指标。
# Starter plan written by \`plan init\`: replace the examples with your own plan.
# Check it with:  plan validate        See it with:  plan status / plan list
# Record a reading (填报):  plan progress 1 --value 120 --note 一季度

schema: 1
id: work-${year}                  # short id, used in references like work-${year}:1.1
title: xx单位${year}年工作要点
organization: xx单位
period:
  start: ${year}-01-01
  end: ${year}-12-31

# 单位名册:计划中出现的每个责任单位都要在这里登记(别名写在 aliases 中)
# The unit registry: every unit named below must be listed here (or as an alias).
departments:
  - name: 办公室
  - name: 业务一处
    aliases: [一处]             # 原文中的简称 / another name the document uses
  - name: 业务二处

# 状态阈值(可省略,以下为默认值)/ status thresholds (optional, defaults shown)
# settings:
#   warn_gap: 10                # 落后序时进度超过10个百分点 -> 预警
#   behind_gap: 30              # 超过30个百分点 -> 滞后
#   stale_days: 45              # 45天无填报 -> 未填报
#   due_soon_days: 14           # 14天内到期且未完成 -> 预警

sections:
  - id: 一
    title: 第一部分标题
    items:
      - id: 1                   # 整数、汉字编号可不加引号;带点的编号要加引号 / whole-number ids may be bare
        title: 条目标题
        text: >-
          条目原文,照抄发文中的这一条。
        departments: [业务一处, 办公室]   # 责任单位;排在首位的为牵头单位
        primary: "1.1"          # plan progress 1 --value N 记到这一项
        targets:
          - id: "1.1"           # 加引号:不加引号的 1.10 会被读成数字 1.1
            metric: 开展专项活动
            kind: at_least      # at_least 不少于 | at_most 不超过 | level 保持在 | milestone 完成百分比
            target: 100
            unit: 场次
            # due: ${year}-06-30      # 截止日期(默认为计划期末)
            # checkpoints:            # 序时进度节点(默认按时间均匀)
            #   - { date: ${year}-06-30, value: 40 }
            # progress:               # 填报,按日期从早到晚;值为截至该日的累计数
            #   - { date: ${year}-03-31, value: 20, by: 业务一处, note: 一季度 }
          - id: "1.2"
            metric: 覆盖率
            kind: level         # 保持在90%以上
            target: 90
            unit: "%"

      - id: 2
        title: 没有量化指标的条目
        departments: [办公室, 业务二处]
        lead: [业务二处]        # 牵头单位(不写时为第一个责任单位)
        # 无指标的条目按完成百分比填报 / an item without targets is one milestone, 0–100 %
        # progress:
        #   - { date: ${year}-06-30, value: 50, by: 业务二处, note: 完成方案制定 }
`;
}

/**
 * True for a starter plan exactly as `plan init` wrote it: nobody's plan yet. When a real plan
 * joins it in the folder (plan import), commands use that one instead of asking for --plan.
 */
export function isUntouchedStarter(source: string | Utf8Text): boolean {
  if (typeof source !== 'string') {
    // A file longer than the starter with its schema line, each line ending in CRLF, is not it: its text is not decoded for this.
    const schema = /^# yaml-language-server: \$schema=(\S+)\r?\n/.exec(source.head(HEAD_BYTES))?.[1];
    if (schema === undefined || source.bytes.length > 2 * Buffer.byteLength(starterPlan('2026', schema))) return false;
    source = source.text;
  }
  const text = source.replace(/\r\n/g, '\n');
  const schema = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1];
  const year = /^id: work-(\d{4}) /m.exec(text)?.[1];
  return schema !== undefined && year !== undefined && text === starterPlan(year, schema);
}

/**
 * The project's package.json when it has none: the package that installs \`plan\`, so that
 * \`npm install\` puts the command and the schema the plans name into node_modules.
 * `range` is e.g. ^0.1.0, the version that wrote it.
 */
export function starterPackageJson(range: string): string {
  const pkg = {
    private: true,
    description: '工作要点 / 督查督办: plans/ checked by the plan command (npm package duban)',
    devDependencies: { [PACKAGE_NAME]: range },
  };
  return JSON.stringify(pkg, null, 2) + '\n';
}

/** The CI workflow: validate every pull request against its base, flag lagging targets weekly. */
export function starterWorkflow(plansDir: string): string {
  const dirOption = plansDir === 'plans' ? '' : ` --dir ${plansDir}`;
  return `# Checks the work plans (工作要点), written by \`plan init\`.
# The \`plan\` command comes from the npm package ${PACKAGE_NAME}, a devDependency in package.json:
# \`npm install\` once and commit package-lock.json, so that \`npm ci\` installs the same version
# here. \`npx --no\` runs the installed command and never fetches npm's unrelated package \`plan\`.
#
# Pull requests: every plan must validate with no warning (--strict), and readings already on
# the base branch may not be edited or removed (填报留痕); a changed target or unit is a warning,
# so it too stops the merge until someone looks. Weekly: fail when a target is 滞后 (behind).
name: plan

on:
  pull_request:
  schedule:
    - cron: '0 1 * * 1'   # Mondays 01:00 UTC (09:00 Beijing)
  workflow_dispatch:

env:
  TZ: Asia/Shanghai       # status is computed for today's date here

jobs:
  validate:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0  # --against reads the base branch from git history
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: ${INSTALL}
      - run: npx --no plan validate${dirOption} --strict --format github --against origin/\${{ github.base_ref }}

  behind:
    if: github.event_name != 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: ${INSTALL}
      - run: npx --no plan behind${dirOption} --fail-on behind
`;
}

/** The lockfile's exact versions when there is one (npm ci refuses to run without it). */
const INSTALL = 'if [ -f package-lock.json ]; then npm ci; else npm install; fi';
