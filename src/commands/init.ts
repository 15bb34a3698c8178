import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { safe } from '../render/text.js';
import { displayPath } from '../store/find.js';
import { createFile, makePlansDir, projectPackage, schemaReference } from '../store/scaffold.js';
import { PACKAGE_NAME, starterPackageJson, starterPlan, starterWorkflow } from '../yaml/starter.js';

declare const PLAN_VERSION: string;
/** The version that writes package.json; a run from the sources (tests) has none. */
const RANGE = typeof PLAN_VERSION === 'string' && /^\d+\.\d+\.\d+$/.test(PLAN_VERSION) ? `^${PLAN_VERSION}` : 'latest';

export function defineInit(program: Command, app: App): void {
  program
    .command('init')
    .description(app.help('help_init'))
    .argument('[dir]', app.help('help_init_dir'))
    .option('--no-workflow', app.help('help_init_workflow'))
    .action((dirArg, opts) => {
      const g = app.globals;
      const cwd = app.cwd;
      const dir = resolve(cwd, dirArg ?? g.dir ?? 'plans');
      const shown = displayPath(cwd, dir) || '.';
      const fault = app.store.fault();
      makePlansDir(dir, shown, fault);
      const year = g.asOf.slice(0, 4);
      // The project root is the plans folder's parent: the workflow runs there.
      const root = dirname(dir);
      const planFile = join(dir, `work-${year}.yaml`);
      const shownFile = (f: string) => displayPath(cwd, f);
      if (!createFile(planFile, starterPlan(year, schemaReference(dir)), { display: shownFile(planFile), fault })) {
        throw new UsageError('initHasPlans', { dir: shown, files: `work-${year}.yaml` });
      }
      // Folder names are the user's: never a raw control character on the terminal (stdout too).
      app.out(t(g.lang, 'initCreated', { file: safe(shownFile(planFile)) }) + '\n');
      // The workflow runs `npm ci` and `npx plan`, and the plan's $schema line points into
      // node_modules: the project needs the package, which npm's `plan` is not.
      const pkg = projectPackage(root);
      const pkgFile = join(root, 'package.json');
      if (pkg === 'none' && createFile(pkgFile, starterPackageJson(RANGE), { display: shownFile(pkgFile), fault })) app.out(t(g.lang, 'initCreated', { file: safe(shownFile(pkgFile)) }) + '\n');
      if (pkg === 'without') app.note(t(g.lang, 'initAddPackage', { file: displayPath(cwd, pkgFile), command: `npm install --save-dev ${PACKAGE_NAME}` }));
      if (opts.workflow) {
        const workflow = join(root, '.github', 'workflows', 'plan.yml');
        const made = createFile(workflow, starterWorkflow(relative(root, dir).split(sep).join('/')), { display: shownFile(workflow), fault });
        if (made) app.out(t(g.lang, 'initCreated', { file: safe(shownFile(workflow)) }) + '\n');
        else app.note(t(g.lang, 'initKept', { file: displayPath(cwd, workflow) }));
      }
      if (pkg === 'none') app.note(t(g.lang, 'initInstall'));
      app.note(t(g.lang, 'initNext', { file: displayPath(cwd, planFile), dir: shown }));
    });
}
