import type { ErrorObject } from 'ajv';
import { closest, valueAt, type DataPath, type Problem } from '../core/problems.js';
import { SCHEMA_KEYS } from '../core/model.js';
import validatePlan from './generated/validate-plan.cjs';
import validateUnits from './generated/validate-units.cjs';
import { passesItemSchema, passesPlanSchema } from './schema-walk.js';

/** Keys allowed in the object at a path, for did-you-mean on a misspelt field. */
function allowedKeys(path: DataPath): string[] {
  const names = path.filter((p): p is string => typeof p === 'string');
  const parent = names[names.length - 1];
  const table: Record<string, Record<string, true>> = {
    '': SCHEMA_KEYS.plan,
    period: SCHEMA_KEYS.period,
    departments: SCHEMA_KEYS.department,
    settings: SCHEMA_KEYS.settings,
    sections: SCHEMA_KEYS.section,
    items: SCHEMA_KEYS.item,
    targets: SCHEMA_KEYS.target,
    progress: SCHEMA_KEYS.reading,
    checkpoints: SCHEMA_KEYS.checkpoint,
  };
  return Object.keys(table[parent ?? ''] ?? {});
}

function toDataPath(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** sections[2].items[6].targets[1].kind */
function showPath(path: DataPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || '(top level)';
}


function last(path: DataPath): string | number | undefined {
  return path[path.length - 1];
}

function show(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (v === undefined) return 'nothing';
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : typeof v;
}

/**
 * The schema's problems of the data: none when the walk of the schema passes it (schema-walk.ts,
 * the cheap check of every start); else the precompiled validator runs, and each of its errors
 * becomes a Problem a clerk can read.
 */
export function schemaProblems(data: unknown): Problem[] {
  const numbers = numberIds(data);
  if (passesPlanSchema(data) || validatePlan(data)) return numbers;
  return [...numbers, ...readable(validatePlan.errors ?? [], data)];
}

/**
 * Whether an item, put in place of another in a plan that passed the schema, leaves it passing
 * (schemaProblems would find nothing new); undefined when only the whole plan's check can say.
 */
export function itemPassesSchema(item: unknown): boolean | undefined {
  const id = (item as { id?: unknown } | null)?.id;
  if (typeof id === 'number' && Number.isInteger(id)) return false; // numberIds' error
  return passesItemSchema(item);
}

/** The shared unit registry (plans/units.yaml) against schemas/units.schema.json. */
export function unitsSchemaProblems(data: unknown): Problem[] {
  return validateUnits(data) ? [] : readable(validateUnits.errors ?? [], data);
}

function readable(errors: ErrorObject[], data: unknown): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const err of errors) {
    const p = toProblem(err, data);
    if (!p) continue;
    const id = `${showPath(p.path)}|${p.key}|${JSON.stringify(p.params)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(p);
  }
  // `metrc:` is one mistake, not two: when an unknown field's did-you-mean is the missing
  // required field, "missing metric" only repeats it.
  const hinted = new Set(problems.filter((p) => p.key === 'schemaUnknownFieldHint').map((p) => `${showPath(p.path.slice(0, -1))}|${String(p.params?.hint)}`));
  return problems.filter((p) => p.code !== 'schema-required' || !hinted.has(`${showPath(p.path)}|${String(p.params?.field)}`));
}

/**
 * The schema lets editors accept a bare whole-number section or item id (`id: 7`); the reader
 * turned each one spelt plainly into a string (parse.ts). A whole number still here was spelt
 * otherwise (007, 7.0, -1): the string it stands for is unclear, so it must be quoted.
 */
function numberIds(data: unknown): Problem[] {
  const problems: Problem[] = [];
  const sections = (data as { sections?: unknown } | null)?.sections;
  if (!Array.isArray(sections)) return problems;
  const check = (owner: unknown, path: DataPath) => {
    const id = (owner as { id?: unknown } | null)?.id;
    if (typeof id === 'number' && Number.isInteger(id)) {
      problems.push({ path: [...path, 'id'], severity: 'error', code: 'id-not-string', key: 'idNotString', params: { path: showPath([...path, 'id']), got: String(id) } });
    }
  };
  sections.forEach((section: unknown, si) => {
    check(section, ['sections', si]);
    const items = (section as { items?: unknown } | null)?.items;
    if (Array.isArray(items)) items.forEach((item: unknown, ii) => check(item, ['sections', si, 'items', ii]));
  });
  return problems;
}

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const SLUG_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$';

const TYPE_KEYS = {
  string: 'schemaTypeString',
  number: 'schemaTypeNumber',
  integer: 'schemaTypeInteger',
  boolean: 'schemaTypeBoolean',
  array: 'schemaTypeArray',
  object: 'schemaTypeObject',
} as const;

function toProblem(err: ErrorObject, data: unknown): Problem | undefined {
  const path = toDataPath(err.instancePath);
  const where = showPath(path);
  const got = valueAt(data, path);
  const base = { path, severity: 'error' as const, code: 'schema' };
  const params = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'if':
      return undefined; // its `then` failure is reported as the missing field itself
    case 'required':
      return { ...base, code: 'schema-required', key: 'schemaRequired', params: { path: where, field: String(params.missingProperty) } };
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const hint = closest(name, allowedKeys(path), 1)[0];
      return {
        ...base,
        path: [...path, name],
        atKey: true,
        code: 'schema-unknown-field',
        key: hint ? 'schemaUnknownFieldHint' : 'schemaUnknownField',
        params: { path: where, name, hint: hint ?? '' },
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = typeof got === 'string' ? closest(got, allowed, 1)[0] : undefined;
      return {
        ...base,
        code: 'schema-enum',
        key: hint ? 'schemaEnumHint' : 'schemaEnum',
        params: { path: where, allowed: allowed.join(', '), got: show(got), hint: hint ?? '' },
      };
    }
    case 'const':
      return { ...base, code: 'schema-const', key: 'schemaConst', params: { path: where, expected: show(params.allowedValue), got: show(got) } };
    case 'type': {
      if ((last(path) === 'id' || last(path) === 'primary') && typeof got === 'number') {
        return { ...base, code: 'id-not-string', key: 'idNotString', params: { path: where, got: String(got) } };
      }
      // A section or item id may be text or a bare whole number: "must be text" says enough.
      const type = String(params.type) === 'string,integer' ? 'string' : String(params.type);
      const key = type in TYPE_KEYS ? TYPE_KEYS[type as keyof typeof TYPE_KEYS] : 'schemaType';
      return { ...base, code: 'schema-type', key, params: { path: where, type, got: show(got) } };
    }
    case 'format':
    case 'pattern':
      if (params.format === 'date' || params.pattern === DATE_PATTERN) {
        return { ...base, code: 'invalid-date', key: 'invalidDate', params: { path: where, got: show(got) } };
      }
      if (params.pattern === SLUG_PATTERN) return { ...base, code: 'schema-pattern', key: 'schemaSlug', params: { path: where, got: show(got) } };
      if (last(path) === 'id' || last(path) === 'primary') return { ...base, code: 'schema-pattern', key: 'schemaIdPattern', params: { path: where, got: show(got) } };
      return { ...base, code: 'schema-pattern', key: 'schemaPattern', params: { path: where, got: show(got) } };
    case 'minimum':
    case 'exclusiveMinimum':
      if (last(path) === 'id') return undefined; // a negative id: numberIds says "quote it"
      return { ...base, code: 'schema-range', key: 'schemaMinimum', params: { path: where, limit: Number(params.limit), got: show(got) } };
    case 'maximum':
    case 'exclusiveMaximum':
      return { ...base, code: 'schema-range', key: 'schemaMaximum', params: { path: where, limit: Number(params.limit), got: show(got) } };
    case 'minItems':
      return { ...base, code: 'schema-min-items', key: Number(params.limit) === 1 ? 'schemaEmpty' : 'schemaMinItems', params: { path: where, n: Number(params.limit) } };
    case 'maxItems':
    case 'maxLength':
      return { ...base, code: 'schema-limit', key: 'schemaTooLong', params: { path: where, n: Number(params.limit) } };
    case 'minLength':
      return { ...base, code: 'schema-empty', key: 'schemaEmpty', params: { path: where } };
    default:
      return { ...base, key: 'schemaOther', params: { path: where, detail: err.message ?? err.keyword } };
  }
}
