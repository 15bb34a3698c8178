// Whether data passes schemas/plan.schema.json, found by walking the schema itself: one small
// loop over the keywords the schema uses, instead of ajv's generated validator (120 kB of code
// that V8 runs for the first time in every process: about 14M instructions of `plan list` on the
// sample, a seventh of all that plan adds to `node -e 0`). It only answers yes or no: a plan it
// refuses goes through ajv, whose errors become the problems (yaml/schema.ts). Each keyword is
// checked as ajv's generated code checks it (draft 2020-12, strict numbers, lengths in code
// points), and the build refuses a schema with a keyword this walk does not know; a differential
// test holds the two to the same answer.
import ucs2length from 'ajv/dist/runtime/ucs2length';
// The date format is core's calendar check, the one --as-of and the model use, not ajv-formats'
// (which ajv's validator still uses): requiring that module built its ~30 formats' regular
// expressions and objects in every process for this one check. The two agree
// (tests/unit/schema-dates.test.ts).
import { isValidDate } from '../core/dates.js';
import planSchema from './generated/plan-schema.cjs';

interface Node {
  type?: string | string[];
  $ref?: string;
  properties?: Record<string, Node>;
  additionalProperties?: false;
  required?: string[];
  items?: Node;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: 'date';
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Node[];
  if?: Node;
  then?: Node;
  $defs?: Record<string, Node>;
}

/** The kinds of value a JSON schema type names, as bits: a finite whole number is both a number and an integer. */
const STRING = 1;
const NUMBER = 2;
const INTEGER = 4;
const BOOLEAN = 8;
const NULL = 16;
const ARRAY = 32;
const OBJECT = 64;
const TYPE_BITS: Record<string, number> = { string: STRING, number: NUMBER, integer: INTEGER, boolean: BOOLEAN, null: NULL, array: ARRAY, object: OBJECT };

/** ajv's type checks (strict numbers: NaN and the infinities are no number); 0 for anything else. */
function kindOf(v: unknown): number {
  switch (typeof v) {
    case 'string':
      return STRING;
    case 'number':
      return isFinite(v) ? (v % 1 ? NUMBER : NUMBER | INTEGER) : 0;
    case 'boolean':
      return BOOLEAN;
    case 'object':
      return v === null ? NULL : Array.isArray(v) ? ARRAY : OBJECT;
    default:
      return 0;
  }
}

/**
 * A schema node with every keyword in one place, as the walk reads it: one shape for V8, lists
 * walked by index (the walk runs once per process, before V8 has optimised anything).
 */
class Rule {
  ref: Rule | undefined;
  /** The types allowed, as bits (0: every type). */
  types: number;
  hasConst: boolean;
  constant: unknown;
  enumeration: unknown[] | undefined;
  anyOf: Rule[] | undefined;
  if: Rule | undefined;
  then: Rule | undefined;
  minLength: number;
  maxLength: number;
  /** ajv's `new RegExp(pattern, "u")`. */
  pattern: RegExp | undefined;
  date: boolean;
  minimum: number | undefined;
  maximum: number | undefined;
  minItems: number;
  maxItems: number;
  items: Rule | undefined;
  required: string[] | undefined;
  keys: string[] | undefined;
  rules: Rule[] | undefined;
  closed: Set<string> | undefined;
  /**
   * The required properties as bits (1 << their number) when each is a property and there are at
   * most 31 properties: a mapping is then checked in one pass over its own keys. -1 otherwise.
   */
  requiredBits: number;

  constructor(node: Node) {
    this.ref = node.$ref === undefined ? undefined : def(node.$ref);
    this.types = node.type === undefined ? 0 : (typeof node.type === 'string' ? [node.type] : node.type).reduce((bits, t) => bits | (TYPE_BITS[t] ?? 0), 0);
    this.hasConst = 'const' in node;
    this.constant = node.const;
    this.enumeration = node.enum;
    this.anyOf = node.anyOf?.map(rule);
    this.if = node.if && node.then ? rule(node.if) : undefined;
    this.then = node.if && node.then ? rule(node.then) : undefined;
    this.minLength = node.minLength ?? 0;
    this.maxLength = node.maxLength ?? Infinity;
    this.pattern = node.pattern === undefined ? undefined : new RegExp(node.pattern, 'u');
    this.date = node.format === 'date';
    this.minimum = node.minimum;
    this.maximum = node.maximum;
    this.minItems = node.minItems ?? 0;
    this.maxItems = node.maxItems ?? Infinity;
    this.items = node.items && rule(node.items);
    this.required = node.required;
    this.keys = node.properties && Object.keys(node.properties);
    this.rules = node.properties && Object.values(node.properties).map(rule);
    this.closed = node.additionalProperties === false ? new Set(this.keys) : undefined;
    const keys = this.keys ?? [];
    const required = this.required ?? [];
    this.requiredBits = keys.length <= 31 && required.every((k) => keys.includes(k)) ? required.reduce((bits, k) => bits | (1 << keys.indexOf(k)), 0) : -1;
  }
}

const schema = planSchema as Node;
const defs = new Map<string, Rule>();
/** Each $defs entry is one Rule, however many places refer to it (the schema has no cycle of references). */
function def(ref: string): Rule {
  let r = defs.get(ref);
  if (!r) defs.set(ref, (r = rule(schema.$defs![ref.slice('#/$defs/'.length)]!)));
  return r;
}
/** A node that only refers to a definition is that definition's Rule. */
function rule(n: Node): Rule {
  const keys = Object.keys(n);
  return keys.length === 1 && keys[0] === '$ref' ? def(n.$ref!) : new Rule(n);
}
let root: Rule | undefined;

/** Whether the data passes the plan schema. */
export function passesPlanSchema(data: unknown): boolean {
  return passes((root ??= rule(schema)), data);
}

const NO_KEYS: readonly string[] = [];

function passes(r: Rule, v: unknown): boolean {
  if (r.ref !== undefined && !passes(r.ref, v)) return false;
  const kind = kindOf(v);
  if (r.types !== 0 && !(r.types & kind)) return false;
  if (r.hasConst && v !== r.constant) return false;
  const en = r.enumeration;
  if (en !== undefined) {
    let found = false;
    for (let i = 0; i < en.length && !found; i++) found = en[i] === v;
    if (!found) return false;
  }
  const anyOf = r.anyOf;
  if (anyOf !== undefined) {
    let found = false;
    for (let i = 0; i < anyOf.length && !found; i++) found = passes(anyOf[i]!, v);
    if (!found) return false;
  }
  if (r.if !== undefined && passes(r.if, v) && !passes(r.then!, v)) return false;
  if (kind === STRING) {
    const s = v as string;
    // A code point is one or two UTF-16 units: count them only when the units leave it open.
    if (s.length > r.maxLength || Math.ceil(s.length / 2) < r.minLength) {
      const n = ucs2length(s);
      if (n > r.maxLength || n < r.minLength) return false;
    }
    if (r.pattern !== undefined && !r.pattern.test(s)) return false;
    if (r.date && !isValidDate(s)) return false;
  } else if (kind & NUMBER) {
    const n = v as number;
    if (r.minimum !== undefined && n < r.minimum) return false;
    if (r.maximum !== undefined && n > r.maximum) return false;
  } else if (kind === ARRAY) {
    const a = v as unknown[];
    if (a.length < r.minItems || a.length > r.maxItems) return false;
    const items = r.items;
    if (items !== undefined) for (let i = 0; i < a.length; i++) if (!passes(items, a[i])) return false;
  } else if (kind === OBJECT) {
    const o = v as Record<string, unknown>;
    if (r.requiredBits !== -1) {
      // One pass over the mapping's own keys (a plan's mappings hold far fewer than their schema
      // allows): each key's rule, whether it is allowed, and which required ones are there.
      const keys = r.keys ?? NO_KEYS;
      const rules = r.rules!;
      const closed = r.closed !== undefined;
      let found = 0;
      // A mapping's keys mostly come in its schema's order: each is looked for from the one after
      // the last found (keys compared as the same string: the schema's and the read ones are both
      // V8's one copy of each name). A Map's look-up per key was ≈ 700,000 calls on 20,000 items.
      let from = 0;
      for (const k in o) {
        let i = -1;
        for (let n = 0, j = from; n < keys.length; n++, j = j + 1 === keys.length ? 0 : j + 1) {
          if (keys[j] === k) {
            i = j;
            break;
          }
        }
        if (i === -1) {
          if (closed) return false;
          continue;
        }
        from = i + 1 === keys.length ? 0 : i + 1;
        const e = o[k];
        if (e === undefined) continue;
        if (!passes(rules[i]!, e)) return false;
        found |= 1 << i;
      }
      return (found & r.requiredBits) === r.requiredBits;
    }
    const req = r.required;
    if (req !== undefined) for (let i = 0; i < req.length; i++) if (o[req[i]!] === undefined) return false;
    const keys = r.keys;
    if (keys !== undefined) {
      const rules = r.rules!;
      for (let i = 0; i < keys.length; i++) {
        const e = o[keys[i]!];
        if (e !== undefined && !passes(rules[i]!, e)) return false;
      }
    }
    const closed = r.closed;
    if (closed !== undefined) for (const k in o) if (!closed.has(k)) return false;
  }
  return true;
}
