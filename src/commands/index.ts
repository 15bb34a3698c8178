import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import type { HelpKey } from '../i18n/index.js';

export type Define = (program: Command, app: App) => void;

/**
 * One command of the registry: the names it answers to (aliases too), and its module, loaded
 * only when the command runs (or when the whole program is needed: help, completion, a mistyped
 * name). A run of `plan status` evaluates status.ts and what it imports, not the code of the
 * commands that write, import, export sheets or send reminders.
 */
export interface CommandEntry {
  readonly names: readonly string[];
  readonly load: () => Promise<Define>;
  /** The command reads the whole program (completion lists every command and option). */
  readonly needsAll?: boolean;
}

/** The command registry, in the groups and order `plan --help` lists them. */
export const COMMAND_GROUPS: readonly (readonly [heading: HelpKey, commands: readonly CommandEntry[]])[] = [
  [
    'help_group_lookUp',
    [
      { names: ['status'], load: async () => (await import('./status.js')).defineStatus },
      { names: ['list', 'ls'], load: async () => (await import('./list.js')).defineList },
      { names: ['show'], load: async () => (await import('./show.js')).defineShow },
      { names: ['depts'], load: async () => (await import('./depts.js')).defineDepts },
      { names: ['behind'], load: async () => (await import('./behind.js')).defineBehind },
    ],
  ],
  [
    'help_group_record',
    [
      { names: ['progress'], load: async () => (await import('./progress.js')).defineProgress },
      { names: ['extend'], load: async () => (await import('./extend.js')).defineExtend },
      { names: ['close'], load: async () => (await import('./close.js')).defineClose },
      { names: ['sheet'], load: async () => (await import('./sheet.js')).defineSheet },
      { names: ['report'], load: async () => (await import('./report.js')).defineReport },
    ],
  ],
  [
    'help_group_followUp',
    [
      { names: ['compliance'], load: async () => (await import('./compliance.js')).defineCompliance },
      { names: ['escalations'], load: async () => (await import('./escalations.js')).defineEscalations },
      { names: ['remind'], load: async () => (await import('./remind.js')).defineRemind },
    ],
  ],
  [
    'help_group_check',
    [
      { names: ['validate'], load: async () => (await import('./validate.js')).defineValidate },
      { names: ['import'], load: async () => (await import('./import.js')).defineImport },
      { names: ['init'], load: async () => (await import('./init.js')).defineInit },
      { names: ['completion', '__complete'], load: async () => (await import('./completion.js')).defineCompletion, needsAll: true },
    ],
  ],
];
