// What a plain scalar means in YAML 1.2's core schema, exactly as js-yaml's CORE_SCHEMA reads it:
// its implicit types tried in its order (null, bool, int, float), each rule written as js-yaml 4
// writes it (lib/type/null.js, bool.js, int.js, float.js; MIT). The fast reader resolves every
// plain scalar here, so it runs without js-yaml: js-yaml built its schemas, its loader and its
// dumper at every start of `plan list` and `plan status` for these four small rules. A property
// test (tests/unit/scalars.test.ts) holds them to js-yaml's on any text.

/** null, bool, int or float, as js-yaml's core schema reads a plain scalar; else the text itself. */
export function resolveCore(s: string): unknown {
  const n = s.length;
  if ((n === 1 && s === '~') || (n === 4 && (s === 'null' || s === 'Null' || s === 'NULL'))) return null;
  if (n === 4 && (s === 'true' || s === 'True' || s === 'TRUE')) return true;
  if (n === 5 && (s === 'false' || s === 'False' || s === 'FALSE')) return false;
  if (isInteger(s)) return integer(s);
  if (isFloat(s)) return float(s);
  return s;
}

const isHex = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isOct = (c: number) => c >= 0x30 && c <= 0x37;
const isDec = (c: number) => c >= 0x30 && c <= 0x39;

/** js-yaml's resolveYamlInteger: [-+]? then 0, 0b…, 0x…, 0o… or decimal digits, and a finite value. */
function isInteger(s: string): boolean {
  const max = s.length;
  if (!max) return false;
  let index = 0;
  let ch = s[index];
  if (ch === '-' || ch === '+') ch = s[++index];
  if (ch === '0') {
    if (index + 1 === max) return true;
    ch = s[++index];
    const digit = ch === 'b' ? (c: number) => c === 0x30 || c === 0x31 : ch === 'x' ? isHex : ch === 'o' ? isOct : undefined;
    if (digit) {
      let hasDigits = false;
      for (index++; index < max; index++) {
        if (!digit(s.charCodeAt(index))) return false;
        hasDigits = true;
      }
      return hasDigits && Number.isFinite(integer(s));
    }
  }
  // Base 10 (after a leading 0 too: 012 is 12).
  let hasDigits = false;
  for (; index < max; index++) {
    if (!isDec(s.charCodeAt(index))) return false;
    hasDigits = true;
  }
  return hasDigits && Number.isFinite(integer(s));
}

/** js-yaml's parseYamlInteger (-0 is 0). */
function integer(s: string): number {
  let value = s;
  let sign = 1;
  let ch = value[0];
  if (ch === '-' || ch === '+') {
    if (ch === '-') sign = -1;
    value = value.slice(1);
    ch = value[0];
  }
  if (value === '0') return 0;
  if (ch === '0') {
    if (value[1] === 'b') return sign * parseInt(value.slice(2), 2);
    if (value[1] === 'x') return sign * parseInt(value.slice(2), 16);
    if (value[1] === 'o') return sign * parseInt(value.slice(2), 8);
  }
  return sign * parseInt(value, 10);
}

const FLOAT = /^(?:[-+]?(?:[0-9]+)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** js-yaml's resolveYamlFloat. */
function isFloat(s: string): boolean {
  return FLOAT.test(s) && (Number.isFinite(parseFloat(s)) || FLOAT_SPECIAL.test(s));
}

/** js-yaml's constructYamlFloat. */
function float(s: string): number {
  let value = s.toLowerCase();
  const sign = value[0] === '-' ? -1 : 1;
  if (value[0] === '+' || value[0] === '-') value = value.slice(1);
  if (value === '.inf') return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === '.nan') return NaN;
  return sign * parseFloat(value);
}
