import { Command, CommanderError, Option, type Argument, type HelpContext } from '@commander-js/extra-typings';
import { formatsOf } from './render/formats.js';
import { padEnd, safe, width, wrap } from './render/text.js';
import { clip, t, type HelpKey, type Lang, type MessageKey, type Params } from './i18n/index.js';

// Help and commander's own messages, in the user's language, by key: every description is a
// help_* key of the catalogues (the command files pass app.help('help_…')), and commander's usage
// errors are produced by PlanCommand below from the option or argument at fault (cli_* keys),
// never by rewriting commander's English.

/** Real examples from the sample plan, per command: the command line and its note (a help key). */
export const EXAMPLES: Record<string, [command: string, note: HelpKey][]> = {
  plan: [
    ['plan status', 'help_plan_ex1'],
    ['plan list --dept 法律工作部', 'help_plan_ex2'],
    ['plan progress 7 --value 1200', 'help_plan_ex3'],
    ['plan behind --as-of 2026-09-30', 'help_plan_ex4'],
  ],
  status: [
    ['plan status', 'help_status_ex1'],
    ['plan status --as-of 2026-06-30 --lang en', 'help_status_ex2'],
    ['plan status --json | jq .counts', 'help_status_ex3'],
  ],
  list: [
    ['plan list --dept 法律工作部', 'help_list_ex1'],
    ['plan list --section 三 --targets', 'help_list_ex2'],
    ['plan list --status 滞后 --format csv > 滞后事项.csv', 'help_list_ex3'],
  ],
  show: [
    ['plan show 7', 'help_show_ex1'],
    ['plan show 7.4 --as-of 2026-09-30', 'help_show_ex2'],
  ],
  depts: [
    ['plan depts', 'help_depts_ex1'],
    ['plan depts 服务中心', 'help_depts_ex2'],
  ],
  behind: [
    ['plan behind', 'help_behind_ex1'],
    ['plan behind --dept 办公室 --format md', 'help_behind_ex2'],
    ['plan behind --fail-on behind', 'help_behind_ex3'],
  ],
  progress: [
    ['plan progress 7 --value 1200', 'help_progress_ex1'],
    ['plan progress 3.1 --add 60 --note 十月发布', 'help_progress_ex2'],
    ['plan progress 12.1 --percent 80 --date 2026-09-30', 'help_progress_ex3'],
    ['plan progress 1 --done --note 已完成', 'help_progress_ex4'],
  ],
  extend: [
    ['plan extend 7.4 --to 2027-03-31 --reason 场馆改造', 'help_extend_ex1'],
    ['plan extend 7.4 --approve --by 督查室', 'help_extend_ex2'],
  ],
  close: [['plan close 9.1 --evidence docs/9.1-命名文件.pdf --by 督查室', 'help_close_ex1']],
  compliance: [
    ['plan compliance', 'help_compliance_ex1'],
    ['plan compliance --format csv > 报送情况.csv', 'help_compliance_ex2'],
  ],
  remind: [
    ['plan remind --dept 法律工作部', 'help_remind_ex1'],
    ['plan remind --format md --out 催办/', 'help_remind_ex2'],
  ],
  escalations: [['plan escalations --as-of 2026-09-30', 'help_escalations_ex1']],
  validate: [
    ['plan validate', 'help_validate_ex1'],
    ['plan validate --against origin/main --format github', 'help_validate_ex2'],
  ],
  report: [
    ['plan report --as-of 2026-09-30 > 督查通报.md', 'help_report_ex1'],
    ['plan report --out 督查通报.docx', 'help_report_ex2'],
    ['plan report --dept 法律工作部 --format html --out 法律工作部.html', 'help_report_ex3'],
  ],
  'sheet export': [['plan sheet export --all --out sheets/', 'help_sheetExport_ex1']],
  'sheet import': [['plan sheet import sheets/*.xlsx --dry-run', 'help_sheetImport_ex1']],
  import: [
    ['plan import examples/任务分解方案.docx --out plans/xianan-2023.yaml', 'help_import_ex0'],
    ['plan import 工作要点.txt --period 2026 --out plans/work-2026.yaml', 'help_import_ex1'],
    ['plan import - --alias 服务中心=职工服务中心 < 工作要点.txt', 'help_import_ex2'],
  ],
  init: [
    ['plan init', 'help_init_ex1'],
  ],
  completion: [
    ['plan completion bash > /etc/bash_completion.d/plan', 'help_completion_ex1'],
    ['plan completion zsh > "${fpath[1]}/_plan"', 'help_completion_ex2'],
    ['plan completion fish > ~/.config/fish/completions/plan.fish', 'help_completion_ex3'],
  ],
};

/** The command a command tree starts from (the program). */
function rootOf(cmd: Command): Command {
  return cmd.parent ? rootOf(cmd.parent as Command) : cmd;
}

/** Names of a command from the root: "sheet export". */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent as Command | null) names.unshift(c.name());
  return names.join(' ') || 'plan';
}


/** Every description a command tree shows in its help (commands, options, arguments), in the language, for the translation test. */
export function helpStrings(root: Command, lang: Lang): string[] {
  const out: string[] = [];
  const visit = (c: Command) => {
    if (c.description()) out.push(said(lang, c.description()));
    for (const a of c.registeredArguments) if (a.description) out.push(said(lang, a.description));
    for (const o of c.options) if (o.description) out.push(said(lang, o.description));
    c.commands.forEach((s) => visit(s as Command));
  };
  visit(root);
  return out;
}

/** A description or group heading as the help shows it: the commands give each as its key (CliApp.help). */
function said(lang: Lang, text: string): string {
  return /^help_\w+$/.test(text) ? t(lang, text as HelpKey) : text;
}

/** The descriptions and group headings of one command, given as keys, said in the language (before its help option and command are made: they take its group). */
function sayDescriptions(c: Command, lang: Lang): void {
  if (c.description()) c.description(said(lang, c.description()));
  if (c.helpGroup()) c.helpGroup(said(lang, c.helpGroup()));
  if (c.commandsGroup()) c.commandsGroup(said(lang, c.commandsGroup()));
  if (c.optionsGroup()) c.optionsGroup(said(lang, c.optionsGroup()));
  for (const a of c.registeredArguments) if (a.description) a.description = said(lang, a.description);
  for (const o of c.options) {
    if (o.description) o.description = said(lang, o.description);
    if (o.helpGroupHeading) o.helpGroupHeading = said(lang, o.helpGroupHeading);
  }
}

/**
 * The titles commander 14 writes itself (formatHelp passes these fixed strings to styleTitle), and
 * their keys; the group headings of plan are translated where they are declared.
 */
const COMMANDER_TITLES: Record<string, HelpKey> = {
  'Usage:': 'help_title_usage',
  'Options:': 'help_title_options',
  'Commands:': 'help_title_commands',
  'Arguments:': 'help_title_arguments',
  'Global Options:': 'help_title_globalOptions',
};

/** A description with commander's "(choices: …)" and "(default: …)", said in the language. */
function withExtras(lang: Lang, text: string, choices: readonly string[] | undefined, defaultShown: string | undefined): string {
  const extras: string[] = [];
  if (choices) extras.push(t(lang, 'help_choices', { list: choices.map((c) => JSON.stringify(c)).join(', ') }));
  if (defaultShown !== undefined) extras.push(t(lang, 'help_default', { value: defaultShown }));
  if (!extras.length) return text;
  return text ? t(lang, 'help_extras', { text, extras: extras.join(', ') }) : `(${extras.join(', ')})`;
}

/** Sets the help of a whole command tree in the language, with examples and exit codes under every command. */
export function localizeHelp(root: Command, lang: Lang): void {
  const visit = (c: Command) => {
    sayDescriptions(c, lang);
    // A command's help names the formats it takes (the global --format lists those of all commands).
    const formats = c === root ? undefined : formatsOf(commandPath(c));
    c.helpOption('-h, --help', t(lang, 'help_help'));
    if (c.commands.length) c.helpCommand('help [command]', t(lang, 'help_help'));
    c.configureHelp({
      showGlobalOptions: c !== root,
      // Columns as a terminal shows them (a Chinese character takes two), and Chinese wraps between characters.
      displayWidth: width,
      boxWrap: (s: string, w: number) => (w < 40 ? s : s.split('\n').flatMap((l) => wrap(l, w)).join('\n')),
      styleTitle: (title: string) => {
        const key = COMMANDER_TITLES[title];
        return key ? t(lang, key) : title;
      },
      optionDescription: (o: Option) => {
        if (formats && o.long === '--format') return t(lang, 'help_global_formatOf', { list: formats.join('|'), first: formats[0]! });
        // As commander shows them: a default only for an option that takes a value, or a boolean one.
        const shown = o.defaultValue !== undefined && (o.required || o.optional || (o.isBoolean() && typeof o.defaultValue === 'boolean'));
        return withExtras(lang, o.description, o.argChoices, shown ? (o.defaultValueDescription ?? JSON.stringify(o.defaultValue)) : undefined);
      },
      argumentDescription: (a: Argument) => withExtras(lang, a.description, a.argChoices, a.defaultValue === undefined ? undefined : (a.defaultValueDescription ?? JSON.stringify(a.defaultValue))),
    });
    const examples = EXAMPLES[commandPath(c) === 'plan' ? 'plan' : commandPath(c)];
    c.addHelpText('after', () => {
      // Comments line up after the longest example; one that would not fit goes under its example.
      const cols = c.configureOutput().getOutHelpWidth?.() ?? 80;
      const pad = Math.max(0, ...(examples ?? []).map(([cmd]) => width(cmd))) + 2;
      const example = ([cmd, note]: readonly [string, HelpKey]) => {
        const line = `  ${padEnd(cmd, pad)}# ${t(lang, note)}`;
        return width(line) <= cols ? line : `  ${cmd}\n      # ${t(lang, note)}`;
      };
      const lines = examples?.length ? [`\n${t(lang, 'help_examples')}`, ...examples.map(example)] : [];
      return [...lines, '', wrap(t(lang, 'help_exitCodes'), cols).join('\n')].join('\n') + '\n';
    });
    c.commands.forEach((s) => visit(s as Command));
  };
  visit(root);
}

/**
 * A commander error as every other error of plan reads: one line, `plan: ` first. The messages
 * PlanCommand words are already in the user's language; "error: " is commander's own prefix.
 */
export function commanderError(msg: string): string {
  // commander quotes the arguments as typed: an escape sequence or a line break in one is shown
  // escaped, on one line, and a huge one is cut.
  return `plan: ${safe(clip(msg.trim().replace(/^error: /, '').replace(/\s*\n\s*/g, ' '), 1000))}\n`;
}

/**
 * commander's Command, with its usage errors said by key in the language of the help (commander
 * 14 words them in its own methods: unknownOption, missingArgument, … — overridden here with the
 * same checks and the same "did you mean" suggestions).
 */
export class PlanCommand extends Command {
  declare private readonly _allowUnknownOption: boolean;
  declare private readonly _allowExcessArguments: boolean;
  declare private readonly _showSuggestionAfterError: boolean;

  /** On the root: whether the tree's help is in the language yet (localizeHelp, once, when help is first written). */
  private localized = false;

  constructor(
    name: string | undefined,
    private readonly lang: Lang,
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new PlanCommand(name, this.lang);
  }

  /**
   * The help of this command (commander calls it for --help, `plan help` and a command's usage),
   * the whole tree's help set in the language the first time: a run that shows no help never
   * makes it (the help option each command parses is commander's own `-h, --help` until then).
   */
  override helpInformation(contextOptions?: HelpContext): string {
    const root = rootOf(this);
    if (root instanceof PlanCommand && !root.localized) {
      root.localized = true;
      localizeHelp(root, this.lang);
    }
    return super.helpInformation(contextOptions);
  }

  private fail(key: MessageKey, params: Params, code: string, suggestion = ''): never {
    this.error(t(this.lang, key, params) + suggestion, { code, exitCode: 1 });
    // error() ends the run (exitOverride throws); this line is never reached.
    throw new CommanderError(1, code, key);
  }

  private suggest(word: string, candidates: string[]): string {
    if (!this._showSuggestionAfterError) return '';
    const similar = suggestSimilar(word, candidates);
    if (similar.length > 1) return t(this.lang, 'cli_didYouMeanOneOf', { hints: similar.join(', ') });
    return similar.length ? t(this.lang, 'cli_didYouMean', { hint: similar[0]! }) : '';
  }

  missingArgument(name: string): void {
    this.fail('cli_missingArgument', { name }, 'commander.missingArgument');
  }

  optionMissingArgument(option: Option): void {
    this.fail('cli_optionMissingArgument', { flags: option.flags }, 'commander.optionMissingArgument');
  }

  missingMandatoryOptionValue(option: Option): void {
    this.fail('cli_missingMandatoryOption', { flags: option.flags }, 'commander.missingMandatoryOptionValue');
  }

  unknownOption(flag: string): void {
    if (this._allowUnknownOption) return;
    // The options of this command and of the commands above it (global options).
    const commands: Command[] = [this];
    for (let c = this.parent; c; c = c.parent) commands.push(c as Command);
    const flags = commands.flatMap((c) => c.createHelp().visibleOptions(c).flatMap((o) => (o.long ? [o.long] : [])));
    this.fail('cli_unknownOption', { flag }, 'commander.unknownOption', flag.startsWith('--') ? this.suggest(flag, flags) : '');
  }

  unknownCommand(): void {
    const name = this.args[0] ?? '';
    const names = this.createHelp()
      .visibleCommands(this)
      .flatMap((c) => (c.alias() ? [c.name(), c.alias()] : [c.name()]));
    this.fail('cli_unknownCommand', { name }, 'commander.unknownCommand', this.suggest(name, names));
  }

  _excessArguments(received: string[]): void {
    if (this._allowExcessArguments) return;
    this.fail('cli_excessArguments', { command: this.name(), expected: this.registeredArguments.length, got: received.length }, 'commander.excessArguments');
  }

  /** A value outside an option's or argument's choices (commander's parseArg throws, this words it). */
  _callParseArg(target: Option | Argument, value: string, previous: unknown, invalidMessage: string): unknown {
    try {
      return target.parseArg?.(value, previous as never);
    } catch (err) {
      if (err instanceof CommanderError && err.code === 'commander.invalidArgument') {
        const choices = target.argChoices?.join(', ');
        if (choices === undefined) this.error(`${invalidMessage} ${err.message}`, { exitCode: err.exitCode, code: err.code });
        else if (target instanceof Option) this.fail('cli_invalidOptionChoice', { flags: target.flags, value, choices }, err.code);
        else this.fail('cli_invalidArgumentChoice', { name: target.name(), value, choices }, err.code);
      }
      throw err;
    }
  }
}

/**
 * The words closest to a mistyped one, as commander suggests them: the smallest Damerau-Levenshtein
 * distance (at most 3, similarity over 0.4), one-letter candidates never; options compared without "--".
 */
export function suggestSimilar(word: string, candidates: readonly string[]): string[] {
  const dashes = word.startsWith('--');
  const bare = (s: string) => (dashes ? s.slice(2) : s);
  const w = bare(word);
  let best = 3;
  let similar: string[] = [];
  for (const candidate of new Set(candidates)) {
    const c = bare(candidate);
    if (c.length <= 1) continue;
    const d = editDistance(w, c);
    const length = Math.max(w.length, c.length);
    if ((length - d) / length <= 0.4) continue;
    if (d < best) {
      best = d;
      similar = [candidate];
    } else if (d === best) similar.push(candidate);
  }
  return similar.sort((a, b) => bare(a).localeCompare(bare(b)));
}

/** Optimal string alignment distance (a swap of two neighbours counts once), capped past 3. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.max(a.length, b.length);
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d[i] = [i];
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
