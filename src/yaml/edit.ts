// A write's change to a plan's text: entries spliced into some targets' or items' mappings
// (readings, 延期, 销号), every other byte as it was, then checked before anything is written: the
// new text must be a valid plan whose data is the old data with exactly these changes. The check
// reads again only the items changed where it can show that this is what a full read gives
// (incremental.ts), else the whole text. Pure: text in, text out; the caller writes it under the
// plan's lock.

import { isDeepStrictEqual } from 'node:util';
import type { Department, PlanFile } from '../core/model.js';
import { PlanModel } from '../core/plan.js';
import { valueAt, type DataPath } from '../core/problems.js';
import { PlanError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { analyzeData, analyzePlan, changedItemsSound, locateProblems } from './analyze.js';
import { reparseItems } from './incremental.js';
import { MAYBE_ALIAS } from './parse.js';
import { REGION_MIN_CHARS, RegionFinder, type Region } from './region.js';

/** One change to the mapping at `path` (a target, or an item without targets). */
export interface Edit {
  path: DataPath;
  /** The change spliced into `text`, in which `at` names the mapping (throws when it has no place there). */
  splice(text: string, at: DataPath): string;
  /** The same change made to the mapping as data. */
  apply(owner: Record<string, unknown>): void;
}

/**
 * The plan's text with the edits made one after the other, checked: a valid plan (with the
 * folder's units, `shared`) equal to the old data with the edits applied; else refused by
 * throwing. `what` names the change in the refusal ("the new reading").
 */
export function editPlan(source: string, data: PlanFile, edits: readonly Edit[], display: string, lang: Lang, shared: readonly Department[] = [], what = 'the change'): { text: string; model: PlanModel } {
  const finder = new RegionFinder(source, data);
  const text = spliceEdits(source, edits, display, finder);
  // Changed items read again alone where that is shown to be what the whole text reads.
  const reread = reparseItems(source, text, data, edits.map((e) => e.path), finder);
  // The old plan had no error: when the changed items have none, and keep their ids, neither has
  // the new one, and the rest of it is not checked again. Else the whole check says what is wrong.
  const next = reread && changedItemsSound(data, reread, edits.map((e) => [e.path[1] as number, e.path[3] as number]), { shared }) ? reread : checked(reread, text, display, lang, shared);
  // Re-read items share nothing with the rest (no alias in the text): the old data with copies of
  // the changed items is the expected data, and the comparison skips every item left as it was.
  // A full read may share what aliases share: the comparison is then between unshared copies.
  const expected = reread ? withItemsCopied(data, edits) : unshared(data);
  for (const e of edits) e.apply(valueAt(expected, e.path) as Record<string, unknown>);
  const got = reread ? next : unshared(next);
  if (!isDeepStrictEqual(got, expected)) {
    const landed = edits.every((e) => isDeepStrictEqual(copy(valueAt(got, e.path)), copy(valueAt(expected, e.path))));
    // The change is where it belongs and something else changed with it: text shared through an alias.
    if (landed && MAYBE_ALIAS.test(text)) throw new PlanError('writeShared', { file: display });
    throw new PlanError('writeRefused', { file: display, message: `${what} did not land where expected` });
  }
  return { text, model: new PlanModel(next, shared) };
}

/** The data of the new text (`reread`, else the text read whole) when the whole plan's checks find no error; else refused by throwing. */
function checked(reread: PlanFile | undefined, text: string, display: string, lang: Lang, shared: readonly Department[]): PlanFile {
  const { data: next, problems } = reread ? analyzeData(reread, { shared }) : analyzePlan(text, { shared });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length || !next) {
    const first = locateProblems(errors.slice(0, 1), text, display, lang)[0];
    throw new PlanError('writeRefused', { file: display, message: first ? `${first.line}:${first.col} ${first.message}` : '' });
  }
  return next;
}

/**
 * The edits made in the text. In a big plan each changed item's text is found once and edited
 * alone, then put back among the rest; else (a small plan, an item not found) each edit reads the
 * whole text.
 */
function spliceEdits(source: string, edits: readonly Edit[], display: string, finder: RegionFinder): string {
  try {
    const regions = source.length > REGION_MIN_CHARS ? itemRegions(edits, finder) : undefined;
    if (regions) {
      let text = '';
      let from = 0;
      for (const { region, list } of regions) {
        let item = region.text;
        for (const e of list) item = e.splice(item, [0, ...e.path.slice(4)]);
        text += source.slice(from, region.start) + item;
        from = region.start + region.text.length;
      }
      return text + source.slice(from);
    }
    let text = source;
    for (const e of edits) text = e.splice(text, e.path);
    return text;
  } catch (e) {
    // The positional parser reads some texts js-yaml accepts differently (lone CR line breaks).
    if (e instanceof PlanError) throw e;
    throw new PlanError('writeNoPlace', { file: display, reason: e instanceof Error ? e.message : String(e) }, { cause: e });
  }
}

/** Each changed item's text with its edits (in their order), in the order of the text; undefined when one is not found. */
function itemRegions(edits: readonly Edit[], finder: RegionFinder): { region: Region; list: Edit[] }[] | undefined {
  const byItem = new Map<string, { region: Region; list: Edit[] }>();
  for (const e of edits) {
    const key = itemKey(e.path);
    if (key === undefined) return undefined;
    let entry = byItem.get(key);
    if (!entry) {
      const region = finder.find(e.path.slice(0, 4));
      if (!region) return undefined;
      byItem.set(key, (entry = { region, list: [] }));
    }
    entry.list.push(e);
  }
  const out = [...byItem.values()].sort((a, b) => a.region.start - b.region.start);
  for (let k = 1; k < out.length; k++) if (out[k]!.region.start < out[k - 1]!.region.start + out[k - 1]!.region.text.length) return undefined;
  return out;
}

function itemKey(path: DataPath): string | undefined {
  const [sections, si, items, ii] = path;
  return sections === 'sections' && items === 'items' && typeof si === 'number' && typeof ii === 'number' ? `${si}/${ii}` : undefined;
}

/** The data with each edited item replaced by a deep copy (and the lists and sections holding it copied): the rest is shared. */
function withItemsCopied(data: PlanFile, edits: readonly Edit[]): PlanFile {
  const sections = data.sections.slice();
  for (const e of edits) {
    const [, si, , ii] = e.path as [string, number, string, number];
    const old = data.sections[si]!;
    let section = sections[si]!;
    if (section === old) sections[si] = section = { ...old, items: old.items.slice() };
    if (section.items[ii] === old.items[ii]) section.items[ii] = unshared(old.items[ii]!);
  }
  return { ...data, sections };
}

function copy(v: unknown): unknown {
  return v === undefined ? v : unshared(v);
}

/** A deep copy in which nothing is shared (aliases in the YAML share objects; a JSON copy does not). */
export function unshared<T>(data: T): T {
  return JSON.parse(JSON.stringify(data)) as T;
}
