import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_KEYS, TARGET_KINDS } from '../../src/core/model.js';
import { ROOT } from '../helpers.js';

interface SchemaNode {
  properties?: Record<string, unknown>;
  items?: SchemaNode | { $ref: string };
  enum?: string[];
  $ref?: string;
}
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/plan.schema.json'), 'utf8')) as SchemaNode & { $defs: Record<string, SchemaNode> };
const def = (name: string) => schema.$defs[name]!;
const readings = def('readings').items as SchemaNode;
const checkpoints = (def('target').properties!.checkpoints as SchemaNode).items as SchemaNode;

// The TypeScript types in src/core/model.ts and the schema name the same fields: model.ts's
// key lists are checked against its types by `satisfies`, and against the schema here.
describe('schema and TypeScript types agree', () => {
  it.each([
    ['plan', schema],
    ['period', schema.properties!.period as SchemaNode],
    ['department', def('department')],
    ['settings', def('settings')],
    ['bulletin', def('bulletin')],
    ['basis', (def('bulletin').properties!.basis as { anyOf: SchemaNode[] }).anyOf[1]!],
    ['section', def('section')],
    ['item', def('item')],
    ['target', def('target')],
    ['reading', readings],
    ['checkpoint', checkpoints],
    ['reporting', def('settings').properties!.reporting as SchemaNode],
    ['escalation', (def('settings').properties!.escalation as SchemaNode).items as SchemaNode],
    ['extension', def('extensions').items as SchemaNode],
    ['closed', def('closed')],
  ] as const)('%s has the same fields', (name, node) => {
    expect(Object.keys(node.properties!).sort()).toEqual(Object.keys(SCHEMA_KEYS[name]).sort());
  });

  it('target kinds are the same', () => {
    expect((def('target').properties!.kind as SchemaNode).enum).toEqual([...TARGET_KINDS]);
  });
});
