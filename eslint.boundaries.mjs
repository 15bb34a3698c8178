// The layers of src/ and the imports each may make (README, "Layout"). A forbidden import fails
// `npm test` through eslint's no-restricted-imports; tests/unit/boundaries.test.ts shows it fires.
//
//   cli.ts, help.ts, main.ts   may import anything below
//   commands/   -> context.ts (types), core, yaml, store, render, report, i18n, errors
//   report/     -> core, render, i18n
//   render/     -> core, i18n                 (pure: data -> string or bytes; no errors to throw)
//   store/      -> core, yaml, i18n, errors   (the only files, locks, git, caches)
//   yaml/       -> core, i18n, errors         (pure text algorithms on plan YAML: no fs)
//   core/       -> i18n, errors               (pure logic: no fs, no clock, no environment)
//   i18n/       -> nothing

const rel = (folders) => ({ regex: `^\\.\\.?/(\\.\\./)*(${folders.join('|')})(/|\\.js$)`, message: `this layer may not import ${folders.join(', ')} (see README, Layout)` });
const top = { regex: '^\\.\\.?/(\\.\\./)*(cli|help|main)\\.js$', message: 'only bin/ and main.ts start the CLI; layers below it do not import it' };
const io = { regex: '^(node:)?(fs|fs/promises|child_process|os|net|http|https|zlib|crypto|worker_threads)$', message: 'pure layers do no I/O: files belong in store/' };
const cliLibs = { regex: '^(commander|@commander-js/extra-typings)$', message: 'commander belongs to cli.ts and commands/' };
const yamlLibs = { regex: '^(yaml|js-yaml)$', message: 'YAML text is read and written in yaml/' };

/** folder glob -> forbidden import patterns */
export const BOUNDARIES = [
  { name: 'core', files: ['src/core/**/*.ts'], patterns: [rel(['commands', 'store', 'yaml', 'render', 'report']), rel(['context']), top, io, cliLibs, yamlLibs, { regex: '^(exceljs|docx)$', message: 'file formats are read in store/ and written in render/' }] },
  { name: 'yaml', files: ['src/yaml/**/*.ts'], patterns: [rel(['commands', 'store', 'render', 'report', 'context']), top, io, cliLibs] },
  { name: 'store', files: ['src/store/**/*.ts'], patterns: [rel(['commands', 'render', 'report', 'context']), top, cliLibs] },
  { name: 'render', files: ['src/render/**/*.ts'], patterns: [rel(['commands', 'store', 'yaml', 'report', 'context', 'errors']), top, io, cliLibs, yamlLibs] },
  { name: 'report', files: ['src/report/**/*.ts'], patterns: [rel(['commands', 'store', 'yaml', 'context', 'errors']), top, io, cliLibs, yamlLibs] },
  { name: 'i18n', files: ['src/i18n/**/*.ts'], patterns: [rel(['commands', 'store', 'yaml', 'render', 'report', 'core', 'context', 'errors']), top, io, cliLibs, yamlLibs] },
  {
    name: 'commands',
    files: ['src/commands/**/*.ts'],
    ignores: ['src/commands/index.ts'],
    patterns: [top, { regex: '^\\./', message: 'a command does not import another command: shared code goes to core/ or render/' }, { regex: '^(node:)?(fs|fs/promises|child_process)$', message: 'commands touch files through store/' }],
  },
  { name: 'registry', files: ['src/commands/index.ts'], patterns: [top] },
];

/** The flat-config entries that enforce BOUNDARIES (test files beside modules are exempt). */
export function boundaryConfigs() {
  return BOUNDARIES.map((b) => ({
    files: b.files,
    ignores: [...(b.ignores ?? []), '**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: b.patterns }] },
  }));
}
