import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { resolveRef } from '../core/ref.js';
import { itemStatus } from '../core/status.js';
import { jsonOutput } from '../render/json.js';
import { showJson, showText } from '../render/screens/show.js';
import { FORMATS } from '../render/formats.js';

export function defineShow(program: Command, app: App): void {
  program
    .command('show')
    .description(app.help('help_show'))
    .argument('<ref>', app.help('help_show_ref'))
    .action((ref) => {
      const g = app.globals;
      const format = app.format(FORMATS.show, 'table');
      const { model } = app.openPlan(ref);
      const r = resolveRef(model, ref);
      const item = r.kind === 'item' ? r.item : r.target.item;
      const is = itemStatus(item, g.asOf, model.settings);
      const only = r.kind === 'target' ? r.target.id : undefined;
      if (format === 'json') return app.out(jsonOutput(model, g.asOf, showJson(item, is, only)));
      app.out(showText(item, is, only, app.screen()));
    });
}
