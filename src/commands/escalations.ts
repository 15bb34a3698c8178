import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { compliance } from '../core/compliance.js';
import { escalationRules, escalations } from '../core/escalation.js';
import { resolveUnit } from '../core/filter.js';
import { planHeader } from '../core/json.js';
import { t } from '../i18n/index.js';
import { FORMATS } from '../render/formats.js';
import { escalationJson, escalationsTable, rulesText } from '../render/duban.js';
import { renderCsv, renderMarkdownTable, renderTable } from '../render/table.js';

export function defineEscalations(program: Command, app: App): void {
  program
    .command('escalations')
    .description(app.help('help_escalations'))
    .option('-d, --dept <name>', app.help('help_escalations_dept'))
    .action((opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.escalations, 'table');
      const { model } = app.openPlan();
      let list = escalations(model, compliance(model, g.asOf), g.asOf);
      if (opts.dept !== undefined) {
        const unit = resolveUnit(model, opts.dept);
        list = list.filter((e) => e.units.includes(unit));
      }
      const rules = escalationRules(model);
      if (format === 'json') {
        const json = { ...planHeader(model, g.asOf), rules: rules.map((r) => ({ status: r.status, rounds: r.rounds, action: r.action })), escalations: list.map(escalationJson) };
        return app.out(JSON.stringify(json, null, 2) + '\n');
      }
      const table = escalationsTable(list, g.lang);
      if (format === 'csv') {
        // The status key, not the words; the streak as round:status pairs.
        const rows = list.map((e) => [e.rule.action, e.rule.status, String(e.rule.rounds), e.target?.id ?? '', e.target?.item.id ?? '', e.units.join(' '), e.now?.status ?? 'missing', e.streak.map((s) => `${s.round.deadline}:${s.status}`).join(' ')]);
        return app.out(renderCsv({ columns: ['action', 'rule_status', 'rule_rounds', 'target', 'item', 'departments', 'status', 'streak'].map((header) => ({ header })), rows }));
      }
      if (format === 'md') return app.out(renderMarkdownTable(table));
      if (list.length) app.out(renderTable(table, { paint: app.paint(), maxWidth: app.maxWidth() }));
      else app.note(t(g.lang, 'es_none', { asOf: g.asOf }));
      app.note(`${t(g.lang, 'es_rules', { rules: rulesText(rules, g.lang) })} · ${t(g.lang, 'asOfLine', { asOf: g.asOf })}`);
    });
}
