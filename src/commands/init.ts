import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { displayPath } from '../store/find.js';
import { createFile, makePlansDir, schemaReference } from '../store/scaffold.js';
import { starterPlan, starterWorkflow } from '../yaml/starter.js';

export function defineInit(program: Command, app: App): void {
  program
    .command('init')
    .description('start a plans folder: a commented starter plan, and a CI workflow that validates it')
    .argument('[dir]', 'the plans folder to create (default: ./plans)')
    .option('--no-workflow', 'do not write .github/workflows/plan.yml')
    .action((dirArg, opts) => {
      const g = app.globals;
      const cwd = app.cwd;
      const dir = resolve(cwd, dirArg ?? g.dir ?? 'plans');
      const shown = displayPath(cwd, dir) || '.';
      makePlansDir(dir, shown);
      const year = g.asOf.slice(0, 4);
      // The project root is the plans folder's parent: the workflow runs there.
      const root = dirname(dir);
      const planFile = join(dir, `work-${year}.yaml`);
      if (!createFile(planFile, starterPlan(year, schemaReference(dir)))) {
        throw new UsageError('initHasPlans', { dir: shown, files: `work-${year}.yaml` });
      }
      app.out(t(g.lang, 'initCreated', { file: displayPath(cwd, planFile) }) + '\n');
      if (opts.workflow) {
        const workflow = join(root, '.github', 'workflows', 'plan.yml');
        const made = createFile(workflow, starterWorkflow(relative(root, dir).split(sep).join('/')));
        if (made) app.out(t(g.lang, 'initCreated', { file: displayPath(cwd, workflow) }) + '\n');
        else app.note(t(g.lang, 'initKept', { file: displayPath(cwd, workflow) }));
      }
      app.note(t(g.lang, 'initNext', { file: displayPath(cwd, planFile) }));
    });
}
