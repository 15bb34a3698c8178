import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import type { HelpKey } from '../i18n/index.js';
import { defineBehind } from './behind.js';
import { defineClose } from './close.js';
import { defineCompletion } from './completion.js';
import { defineCompliance } from './compliance.js';
import { defineDepts } from './depts.js';
import { defineEscalations } from './escalations.js';
import { defineExtend } from './extend.js';
import { defineImport } from './import.js';
import { defineInit } from './init.js';
import { defineList } from './list.js';
import { defineProgress } from './progress.js';
import { defineRemind } from './remind.js';
import { defineReport } from './report.js';
import { defineSheet } from './sheet.js';
import { defineShow } from './show.js';
import { defineStatus } from './status.js';
import { defineValidate } from './validate.js';

type Define = (program: Command, app: App) => void;

/** The command registry, in the groups and order `plan --help` lists them. */
export const COMMAND_GROUPS: readonly (readonly [heading: HelpKey, defines: readonly Define[]])[] = [
  ['help_group_lookUp', [defineStatus, defineList, defineShow, defineDepts, defineBehind]],
  ['help_group_record', [defineProgress, defineExtend, defineClose, defineSheet, defineReport]],
  ['help_group_followUp', [defineCompliance, defineEscalations, defineRemind]],
  ['help_group_check', [defineValidate, defineImport, defineInit, defineCompletion]],
];
