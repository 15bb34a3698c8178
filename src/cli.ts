import { CommanderError, Option, type Command } from '@commander-js/extra-typings';
import type { App, Ctx, Format, Globals } from './context.js';
import { isValidDate, localDate, normalizeDate } from './core/dates.js';
import { refPlan } from './core/ref.js';
import { rollup, type Rollup } from './core/rollup.js';
import { PlanError, UsageError } from './errors.js';
import { commanderError, PlanCommand } from './help.js';
import { clipParams, pickLang, t, type HelpKey, type Lang, type Params } from './i18n/index.js';
import { formatSynonym } from './render/formats.js';
import type { Printed, ScreenOptions } from './render/screen.js';
import { ansi, type Paint } from './render/table.js';
import { safe, safeLines } from './render/text.js';
import type { PlanCache } from './store/cache.js';
import { cacheWanted, Store } from './store/index.js';
import { planFolder, planTitle, type LoadedPlan, type PlanFolder } from './store/load.js';
import type { PlanText } from './store/read.js';
import { COMMAND_GROUPS, type Define } from './commands/index.js';

declare const PLAN_VERSION: string;
const VERSION = typeof PLAN_VERSION === 'string' ? PLAN_VERSION : '0.0.0-dev';

/** The App commands get (see context.ts): everything resolved once, from commander's options and the Ctx. */
class CliApp implements App {
  exitCode = 0;
  private resolved: Globals | undefined;
  private opened: Store | undefined;
  /** The cache of checked plans' module, when the environment asks for the cache (see run()). */
  planCache: typeof PlanCache | undefined;

  constructor(
    private readonly ctx: Ctx,
    private readonly program: Command,
    /** The language of the run, known before parsing (see runLang): help, usage errors and screens alike. */
    readonly lang: Lang,
    /** Plan texts read in this run, shared by the language picker and the store (one read of a big plan). */
    private readonly texts: Map<string, PlanText>,
    /** The plans folder the language picker listed, and the --dir it was found with (see runLang). */
    private readonly listed: { dir: string | undefined; folder: PlanFolder } | undefined,
  ) {}

  /**
   * A description of the help, as its key: said in the language when the help is first written
   * (localizeHelp), so a run that shows no help says none of them (their messages are a literal
   * of their own in each catalogue, made then).
   */
  help(key: HelpKey): string {
    return key;
  }

  get cwd(): string {
    return this.ctx.cwd;
  }

  get interactive(): boolean {
    return Boolean(this.ctx.stdout.isTTY);
  }

  get globals(): Globals {
    return (this.resolved ??= this.resolve());
  }

  private resolve(): Globals {
    const o = this.program.opts() as Record<string, unknown>;
    const env = this.ctx.env;
    const dir = o.dir as string | undefined;
    const plan = o.plan as string | undefined;
    const lang = this.lang;
    const given = (o.asOf as string | undefined) ?? env.PLAN_AS_OF ?? localDate(this.ctx.now());
    const asOf = normalizeDate(given) ?? given;
    if (!isValidDate(asOf)) throw new UsageError('badDate', { option: o.asOf ? '--as-of' : 'PLAN_AS_OF', got: given });
    const format = o.json ? 'json' : (o.format as string | undefined);
    const color = o.color !== false && !('NO_COLOR' in env && env.NO_COLOR !== '') && env.TERM !== 'dumb' && (Boolean(this.ctx.stdout.isTTY) || (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'));
    return { dir, plan, asOf, format, lang, color, quiet: Boolean(o.quiet) };
  }

  langOf(title: string): Lang {
    return pickLang((this.program.opts() as Record<string, unknown>).lang as string | undefined, this.ctx.env, title);
  }

  get store(): Store {
    const g = this.globals;
    // The folder is listed once per run: the picker's listing serves when commander read the same --dir.
    const folder = this.listed !== undefined && this.listed.dir === g.dir ? this.listed.folder : undefined;
    return (this.opened ??= new Store({ cwd: this.ctx.cwd, env: this.ctx.env, dir: g.dir, plan: g.plan, lang: g.lang, texts: this.texts, folder, say: (s) => this.ctx.stderr.write(s), planCache: this.planCache }));
  }

  format<F extends Format>(allowed: readonly F[], fallback: F): F {
    const f = this.globals.format;
    if (f === undefined) return fallback;
    const taken = formatSynonym(f, allowed);
    if (taken === undefined) throw new UsageError('badFormat', { all: allowed.join('|'), got: f });
    return taken as F;
  }

  openAll(): Rollup {
    if (this.globals.plan !== undefined) throw new UsageError('allWithPlan');
    const all = this.store.openAll();
    return rollup(
      all.plans.map((p) => p.model),
      this.globals.asOf,
      all.shared?.data.departments,
    );
  }

  openPlan(ref?: string): LoadedPlan {
    return this.store.open({ refPlan: ref === undefined ? undefined : refPlan(ref) });
  }

  paint(): Paint {
    if (!this.globals.color) return (_s, text) => text;
    return ansi;
  }

  maxWidth(): number | undefined {
    const cols = Number(this.ctx.env.COLUMNS) || this.ctx.stdout.columns;
    return this.ctx.stdout.isTTY || this.ctx.env.COLUMNS ? cols || 80 : undefined;
  }

  noteWidth(): number | undefined {
    const cols = Number(this.ctx.env.COLUMNS) || this.ctx.stderr.columns;
    return this.ctx.stderr.isTTY || this.ctx.env.COLUMNS ? cols || 80 : undefined;
  }

  screen(): ScreenOptions {
    return { lang: this.globals.lang, asOf: this.globals.asOf, paint: this.paint(), maxWidth: this.maxWidth() };
  }

  out(data: string | Uint8Array): void {
    this.ctx.stdout.write(data);
  }

  print(p: Printed): void {
    if (p.out) this.out(p.out);
    for (const n of p.notes) this.note(n);
  }

  note(s: string): void {
    // Notes name units and files from the plan: never a raw control character on the terminal.
    if (!this.globals.quiet) this.warn(s);
  }

  warn(s: string): void {
    this.ctx.stderr.write(safeLines(s.endsWith('\n') ? s : s + '\n'));
  }

  fail(code: number): void {
    this.exitCode = code;
  }

  async readStdin(maxBytes?: number): Promise<Buffer> {
    return (await this.ctx.readStdin?.(maxBytes)) ?? Buffer.alloc(0);
  }
}

/** A global option's value as typed (`--dir x` or `--dir=x`), found before commander parses. */
function typed(argv: string[], name: string): string | undefined {
  const end = argv.indexOf('--');
  const words = end === -1 ? argv : argv.slice(0, end);
  const i = words.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i === -1) return undefined;
  return words[i]!.includes('=') ? words[i]!.slice(name.length + 1) : words[i + 1];
}

/**
 * The one language of a run, known before commander parses, since help and usage errors are
 * worded before the command runs: --lang as typed, else the language PLAN_LANG or LANG names,
 * else (LANG=C.UTF-8 on servers and CI, or none) the plan's, found as the command would find it
 * (--dir, --plan, PLAN_DIR). So `plan --help` and `plan list --bogus` speak the plan's Chinese as
 * `plan list` does; with no plan to read, English. The text read is kept for the command's load.
 */
function runLang(argv: string[], ctx: Ctx, texts: Map<string, PlanText>): { lang: Lang; listed?: { dir: string | undefined; folder: PlanFolder } } {
  const given = typed(argv, '--lang');
  let listed: { dir: string | undefined; folder: PlanFolder } | undefined;
  const lang = pickLang(given === 'zh' || given === 'en' ? given : undefined, ctx.env, () => {
    const sel = { cwd: ctx.cwd, env: ctx.env, dir: typed(argv, '--dir'), plan: typed(argv, '--plan'), lang: 'en' as const, texts };
    try {
      listed = { dir: sel.dir, folder: planFolder(sel) };
    } catch {
      return undefined; // no plans folder: the command says so, if it needs one
    }
    return planTitle({ ...sel, folder: listed.folder });
  });
  return { lang, listed };
}

/** Global options that take a value: the word after them is not the command. */
const VALUED_OPTIONS = new Set(['--dir', '--plan', '--as-of', '--format', '--lang']);

/** The command word of argv (`status` in `plan --dir plans status`), found before commander parses. */
function commandWord(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return argv[i + 1];
    if (!a.startsWith('-') || a === '-') return a;
    if (VALUED_OPTIONS.has(a)) i++;
  }
  return undefined;
}

/**
 * The commands a run defines, by group: the one argv names (its module alone is loaded), else
 * every command (plan --help, completion, a mistyped name that commander suggests a name for).
 */
async function commandsFor(argv: string[]): Promise<(readonly [HelpKey, Define[]])[]> {
  const word = commandWord(argv);
  // `plan --version` prints the version and stops: no command is defined for it.
  if (word === undefined && argv.some((a) => a === '-V' || a === '--version') && !argv.some((a) => a === '-h' || a === '--help')) return [];
  const named = word === undefined ? undefined : COMMAND_GROUPS.flatMap(([, entries]) => entries).find((c) => c.names.includes(word));
  const wanted = (c: (typeof COMMAND_GROUPS)[number][1][number]) => !named || named.needsAll === true || c === named;
  return Promise.all(COMMAND_GROUPS.map(async ([heading, entries]) => [heading, await Promise.all(entries.filter(wanted).map((c) => c.load()))] as const));
}

export async function buildProgram(ctx: Ctx, argv: string[]): Promise<{ program: Command; app: CliApp }> {
  const groups = await commandsFor(argv);
  const texts = new Map<string, PlanText>();
  // `plan --version` alone says the version and nothing else, in no language: the plan's title is
  // not looked for (listing the plans folder and reading the plan were ≈ 2M of its ≈ 26M
  // instructions over Node's own start). With any other word the run may say something (a
  // usage error, help), so the language is picked as usual.
  const versionOnly = argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
  const { lang, listed } = versionOnly ? { lang: pickLang(undefined, ctx.env), listed: undefined } : runLang(argv, ctx, texts);
  const help = (key: HelpKey): string => key; // said when the help is written (see CliApp.help)
  const program = new PlanCommand('plan', lang)
    .description(help('help_plan'))
    .version(VERSION, '-V, --version', help('help_global_version'))
    .option('--dir <dir>', help('help_global_dir'))
    .option('--plan <id>', help('help_global_plan'))
    .option('--as-of <date>', help('help_global_asOf'))
    .addOption(new Option('--format <format>', help('help_global_format')))
    .option('--json', help('help_global_json'))
    .addOption(new Option('--lang <lang>', help('help_global_lang')).choices(['zh', 'en']))
    .option('--no-color', help('help_global_color'))
    .option('-q, --quiet', help('help_global_quiet'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: (s, write) => write(commanderError(s)),
      // Help fits the terminal (or COLUMNS), else 80 columns.
      getOutHelpWidth: (): number => app.maxWidth() ?? 80,
      getErrHelpWidth: (): number => app.maxWidth() ?? 80,
    });
  const app = new CliApp(ctx, program, lang, texts, listed);
  for (const [heading, defines] of groups) {
    if (!defines.length) continue;
    program.commandsGroup(help(heading));
    for (const define of defines) define(program, app);
  }
  for (const c of program.commands) c.showSuggestionAfterError(true).exitOverride().configureOutput(program.configureOutput());
  return { program, app };
}

/** Runs the CLI on user arguments (no node/script prefix). The one place errors become exit codes. */
export async function run(argv: string[], ctx: Ctx): Promise<number> {
  const { program, app } = await buildProgram(ctx, argv);
  try {
    // Opt-in: a run that does not ask for the cache never loads it (nor node:crypto).
    if (cacheWanted(ctx.env)) app.planCache = (await import('./store/cache.js')).PlanCache;
    await program.parseAsync(argv, { from: 'user' });
    return app.exitCode;
  } catch (e) {
    return report(e, ctx, app);
  }
}

/** Params that are lists laid out on lines by the code that throws. */
const MULTILINE_PARAMS = new Set(['candidates']);

function report(e: unknown, ctx: Ctx, app: CliApp): number {
  if (e instanceof CommanderError) {
    // commander has printed its own message (help, version, or a usage error).
    return e.exitCode === 0 ? 0 : 2;
  }
  const lang = app.lang;
  // PLAN_DEBUG=1 shows the stack; unset, empty, 0 or false do not (PLAN_DEBUG=0 reads as "off").
  const debug = !/^(?:|0|false|no|off)$/i.test(ctx.env.PLAN_DEBUG ?? '');
  if (e instanceof PlanError) {
    // Messages quote plan text, file names and arguments: control characters are shown escaped.
    // A quoted value (an argument, a key, a name) is cut when huge and kept on the line.
    // (A list built to span lines, such as the candidates of an ambiguous reference, keeps them.)
    const quoted = (p: Params) => Object.fromEntries(Object.entries(clipParams(p)).map(([k, v]) => [k, typeof v === 'string' && !MULTILINE_PARAMS.has(k) ? safe(v) : v]));
    const params = quoted(e.params);
    if (e.detail) params.message = t(lang, e.detail.key, quoted(e.detail.params));
    const msg = safeLines(t(lang, e.key, params));
    ctx.stderr.write(`${e.where ? `${safe(e.where)}: ` : 'plan: '}${msg}\n`);
    if (debug) ctx.stderr.write(`${e.stack ?? ''}\n`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  ctx.stderr.write(`plan: ${safe(t(lang, 'internal', { message: err.message.split('\n')[0] ?? '' }))}\n`);
  if (debug) ctx.stderr.write(`${err.stack ?? ''}\n`);
  return 1;
}
