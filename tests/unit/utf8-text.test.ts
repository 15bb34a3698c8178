import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanError } from '../../src/errors.js';
import { peekPlanId, peekPlanTitle } from '../../src/store/find.js';
import { loadPlanFile } from '../../src/store/load.js';
import { checkUtf8 } from '../../src/store/read.js';
import { starterPlan, isUntouchedStarter } from '../../src/yaml/starter.js';
import { HEAD_BYTES, Utf8Text } from '../../src/yaml/text.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generatePlan as generateUntyped } from '../bench/generate.mjs';
import { SAMPLE } from '../helpers.js';

const generatePlan = generateUntyped as (items: number, seed?: number) => string;

/** A text whose whole decoding fails the test: what reads it must make do with its bytes. */
class Undecoded extends Utf8Text {
  override get text(): string {
    throw new Error('the whole text was decoded');
  }
}

describe('a plan read as its bytes (Utf8Text)', () => {
  it('loads a well-formed plan without decoding its text, to the same data as from the text', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const fromBytes = loadPlanFile(SAMPLE, 'union-2026.yaml', 'zh', new Undecoded(Buffer.from(text, 'utf8')));
    const fromText = loadPlanFile(SAMPLE, 'union-2026.yaml', 'zh', text);
    expect(JSON.stringify(fromBytes.data)).toBe(JSON.stringify(fromText.data));
    expect(fromBytes.model.items.length).toBeGreaterThan(10);
    // The text is there for whoever asks (a write's splice).
    expect(loadPlanFile(SAMPLE, 'union-2026.yaml', 'zh', new Utf8Text(Buffer.from(text, 'utf8'))).source).toBe(text);
  });

  it('places an error in a plan read as bytes where it places it in the text', () => {
    const text = readFileSync(SAMPLE, 'utf8').replace('kind: level', 'kind: 水平');
    const where = (source: string | Utf8Text): string | undefined => {
      try {
        loadPlanFile(SAMPLE, 'union-2026.yaml', 'zh', source);
      } catch (e) {
        if (e instanceof PlanError) return `${e.where} ${e.message}`;
        throw e;
      }
      return undefined;
    };
    const fromText = where(text);
    expect(fromText).toMatch(/^union-2026\.yaml:\d+:\d+ /);
    expect(where(new Utf8Text(Buffer.from(text, 'utf8')))).toBe(fromText);
  });

  it("peeks at a big plan's id and title in its first lines without decoding the rest", () => {
    const text = generatePlan(300, 3);
    expect(text.length).toBeGreaterThan(8 * HEAD_BYTES);
    const bytes = new Undecoded(Buffer.from(text, 'utf8'));
    expect(peekPlanTitle(bytes)).toBe(peekPlanTitle(text));
    expect(peekPlanId(bytes)).toBe(peekPlanId(text));
    expect(peekPlanTitle(text)).toMatch(/^某市/);
  });

  it('peeks past the first lines when the title is not in them, or its next line is not', () => {
    const body = generatePlan(20, 3).replace(/^title: .*$/m, 'title: >-\n  某市的计划');
    const at = Buffer.byteLength(body.slice(0, body.indexOf('title:')));
    // The title 70 kB down; its line the last of the first HEAD_BYTES, and the line after it too.
    for (const pad of [70_000, HEAD_BYTES - at - 'title: >-\n'.length - 3, HEAD_BYTES - at - 'title: >-\n'.length + 16]) {
      const text = `# ${'x'.repeat(pad)}\n${body}`;
      const bytes = new Utf8Text(Buffer.from(text, 'utf8'));
      expect(peekPlanTitle(bytes), `pad ${pad}`).toBe('某市的计划');
      expect(peekPlanId(bytes)).toBe(peekPlanId(text));
    }
  });

  it('leaves the byte-order mark off the bytes, as off the text', () => {
    const read = checkUtf8(Buffer.from('\ufeffid: 计划\n', 'utf8'), 'p.yaml');
    expect(read.bytes.length).toBe(Buffer.byteLength('id: 计划\n'));
    expect(read.text).toBe('id: 计划\n');
  });

  it('tells the untouched starter plan from its bytes, and a big plan without decoding it', () => {
    const starter = starterPlan('2027', '../node_modules/duban/schemas/plan.schema.json');
    for (const text of [starter, starter.replace(/\n/g, '\r\n')]) {
      expect(isUntouchedStarter(new Utf8Text(Buffer.from(text, 'utf8')))).toBe(true);
      expect(isUntouchedStarter(new Utf8Text(Buffer.from(`${text}# 改\n`, 'utf8')))).toBe(false);
    }
    const big = `${starter.slice(0, starter.indexOf('\n') + 1)}${generatePlan(20, 3)}`;
    expect(isUntouchedStarter(new Undecoded(Buffer.from(big, 'utf8')))).toBe(false);
  });
});
