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
import walk from './generated/walk-rules.cjs';

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
 * walked by index (the walk runs once per process, before V8 has optimised anything). Made from
 * the columns the build wrote (generated/walk-rules.cjs): the schema's nodes, each a number.
 */
class Rule {
  ref: Rule | undefined = undefined;
  /** The types allowed, as bits (0: every type). */
  types: number;
  hasConst: boolean;
  constant: unknown;
  enumeration: unknown[] | undefined;
  anyOf: Rule[] | undefined = undefined;
  if: Rule | undefined = undefined;
  then: Rule | undefined = undefined;
  minLength: number;
  maxLength: number;
  /** ajv's `new RegExp(pattern, "u")`. */
  pattern: RegExp | undefined;
  date: boolean;
  minimum: number | undefined;
  maximum: number | undefined;
  minItems: number;
  maxItems: number;
  items: Rule | undefined = undefined;
  required: string[] | undefined;
  keys: string[] | undefined;
  rules: Rule[] | undefined = undefined;
  /** additionalProperties: false (the keys are then the only ones allowed). */
  closed: boolean;
  /**
   * The required properties as bits (1 << their number) when each is a property and there are at
   * most 31 properties: a mapping is then checked in one pass over its own keys. -1 otherwise.
   */
  requiredBits: number;

  constructor(c: typeof walk, i: number) {
    const named = c.types[i]!;
    let types = 0;
    for (let k = 0; k < named.length; k++) types |= TYPE_BITS[named[k]!] ?? 0;
    this.types = types;
    this.hasConst = c.hasConst[i]!;
    this.constant = c.constant[i];
    this.enumeration = c.enumeration[i] ?? undefined;
    this.minLength = c.minLength[i]!;
    const maxLength = c.maxLength[i]!;
    this.maxLength = maxLength < 0 ? Infinity : maxLength;
    const pattern = c.pattern[i];
    this.pattern = pattern === null || pattern === undefined ? undefined : new RegExp(pattern, 'u');
    this.date = c.date[i]!;
    this.minimum = c.minimum[i] ?? undefined;
    this.maximum = c.maximum[i] ?? undefined;
    this.minItems = c.minItems[i]!;
    const maxItems = c.maxItems[i]!;
    this.maxItems = maxItems < 0 ? Infinity : maxItems;
    const keys = c.keys[i] ?? undefined;
    const required = c.required[i] ?? undefined;
    this.required = required;
    this.keys = keys;
    this.closed = c.closed[i]!;
    let bits = (keys?.length ?? 0) <= 31 ? 0 : -1;
    for (let k = 0; required !== undefined && k < required.length && bits !== -1; k++) {
      const at = keys === undefined ? -1 : keys.indexOf(required[k]!);
      bits = at === -1 ? -1 : bits | (1 << at);
    }
    this.requiredBits = bits;
  }
}

/** The root rule, with every rule's references to others made (the schema has no cycle of references). */
function rules(): Rule {
  const c = walk;
  const all: Rule[] = [];
  for (let i = 0; i < c.count; i++) all.push(new Rule(c, i));
  const at = (n: number) => (n < 0 ? undefined : all[n]);
  const list = (ns: number[] | null | undefined) => (ns === null || ns === undefined ? undefined : ns.map((n) => all[n]!));
  for (let i = 0; i < c.count; i++) {
    const r = all[i]!;
    r.ref = at(c.ref[i]!);
    r.anyOf = list(c.anyOf[i]);
    r.if = at(c.if[i]!);
    r.then = at(c.then[i]!);
    r.items = at(c.items[i]!);
    r.rules = list(c.rules[i]);
  }
  return all[c.root]!;
}
let rootRule: Rule | undefined;

/** Whether the data passes the plan schema. */
export function passesPlanSchema(data: unknown): boolean {
  return passes((rootRule ??= rules()), data);
}

/**
 * The rule of a plan's items (sections[].items[]), when every rule on the way to it from the
 * root asks only for a mapping's keys and their rules, or a list's length and its entries' rule:
 * then a plan that passed with the same keys, sections and list lengths passes again after some
 * items are replaced iff each new item passes this rule (a write's check, yaml/analyze.ts).
 * Null when some rule on the way asks for more (a reference, anyOf, if, const, enum).
 */
let itemRule: Rule | null | undefined;

function findItemRule(): Rule | null {
  const plain = (r: Rule | undefined): r is Rule => r !== undefined && r.ref === undefined && r.anyOf === undefined && r.if === undefined && !r.hasConst && r.enumeration === undefined;
  const property = (r: Rule, key: string): Rule | undefined => {
    const at = r.keys?.indexOf(key) ?? -1;
    return at === -1 ? undefined : r.rules?.[at];
  };
  const root = (rootRule ??= rules());
  const sections = plain(root) ? property(root, 'sections') : undefined;
  const section = plain(sections) ? sections.items : undefined;
  const items = plain(section) ? property(section, 'items') : undefined;
  return plain(items) && items.items !== undefined ? items.items : null;
}

/**
 * Whether an item passes the schema's rule for the items of a plan's sections; undefined when the
 * schema's rules on the way to it ask for more than keys and list lengths (see itemRule), and only
 * the whole plan's walk can say.
 */
export function passesItemSchema(item: unknown): boolean | undefined {
  const r = (itemRule ??= findItemRule());
  return r === null ? undefined : passes(r, item);
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
      const closed = r.closed;
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
    if (r.closed) for (const k in o) if (!(keys ?? NO_KEYS).includes(k)) return false;
  }
  return true;
}
