import type { Command } from '@commander-js/extra-typings';
import { Argument } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { LAGGING, STATUSES } from '../core/status.js';
import { formatsOf } from '../render/formats.js';
import { safe } from '../render/text.js';

// Completion scripts ask the CLI itself (`plan __complete -- WORDS…`) for candidates, so unit
// names and item ids always come from the current plan.
const SCRIPTS: Record<'bash' | 'zsh' | 'fish', string> = {
  // Candidates are data: read line by line, matched with a quoted pattern, and inserted escaped
  // (printf %q) when they hold a character the shell would read. Never through compgen -W, which
  // expands $(…) and `…` in them.
  bash: `# plan completion for bash: source this file, or put it in /etc/bash_completion.d/plan
_plan() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" c special=$'*[][ \\t\\\\\\\\\\'"$\`()<>;&|*?{}!#~^]*'
  COMPREPLY=()
  while IFS= read -r c; do
    [[ "$c" == "$cur"* ]] || continue
    if [[ "$c" == $special ]]; then COMPREPLY+=("$(printf '%q' "$c")"); else COMPREPLY+=("$c"); fi
  done < <(plan __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
}
complete -o default -F _plan plan
`,
  zsh: `#compdef plan
# plan completion for zsh: put this file in a folder of $fpath as _plan
_plan() {
  local -a candidates
  candidates=("\${(@f)$(plan __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -a candidates
}
compdef _plan plan
`,
  fish: `# plan completion for fish: put this file in ~/.config/fish/completions/plan.fish
function __plan_complete
    set -l tokens (commandline -opc) (commandline -ct)
    plan __complete -- $tokens[2..-1] 2>/dev/null
end
complete -c plan -f -a '(__plan_complete)'
`,
};

const VALUES: Record<string, readonly string[]> = {
  '--lang': ['zh', 'en'],
  '--status': STATUSES,
  '--fail-on': LAGGING,
};

/** Every command that prints data takes json; before the command is typed, that is all that is sure. */
const ANY_COMMAND = ['json'];

export function defineCompletion(program: Command, app: App): void {
  program
    .command('completion')
    .description(app.help('help_completion'))
    .addArgument(new Argument('<shell>', app.help('help_completion_shell')).choices(['bash', 'zsh', 'fish'] as const))
    .action((shell) => app.out(SCRIPTS[shell]));

  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .allowUnknownOption()
    // One candidate a line, never a control character (a unit named with an escape is left out).
    .action((words: string[]) => app.out(candidates(program, app, words).filter((c) => c !== '' && safe(c) === c).join('\n') + '\n'));
}

/** What may come next, given the words typed after `plan` (the last one is being typed). */
function candidates(program: Command, app: App, words: string[]): string[] {
  const typed = words.slice(0, -1);
  const names = (c: Command) => c.options.flatMap((o) => [o.long, o.short]).filter((x): x is string => Boolean(x));
  const visible = program.commands.filter((c) => !c.name().startsWith('__'));
  let cmd: Command | undefined;
  for (const w of typed) {
    const next = (cmd ?? program).commands.find((c) => c.name() === w || c.aliases().includes(w));
    if (next) cmd = next as Command;
  }
  const prev = typed[typed.length - 1] ?? '';
  const model = () => {
    try {
      return app.openPlan().model;
    } catch {
      return undefined;
    }
  };
  if (VALUES[prev]) return [...VALUES[prev]];
  if (prev === '--format') return [...((cmd ? formatsOf(commandPath(cmd)) : ANY_COMMAND) ?? [])];
  if (prev === '--dept' || prev === '-d') return model()?.units.allNames() ?? [];
  if (prev === '--section' || prev === '-s') return model()?.plan.sections.map((s) => s.id) ?? [];
  const current = words[words.length - 1] ?? '';
  if (current.startsWith('-')) return [...(cmd ? names(cmd) : []), ...names(program)];
  if (!cmd) return visible.map((c) => c.name());
  if (cmd.commands.length) return cmd.commands.map((c) => c.name());
  const name = cmd.name();
  if (name === 'show' || name === 'progress') {
    const m = model();
    return m ? [...m.itemById.keys(), ...m.targetById.keys()] : [];
  }
  if (name === 'depts') return model()?.units.allNames() ?? [];
  if (name === 'completion') return ['bash', 'zsh', 'fish'];
  return [];
}

/** `sheet export` for the export subcommand: the key of its row in FORMATS. */
function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent as Command | null) names.unshift(c.name());
  return names.join(' ');
}
