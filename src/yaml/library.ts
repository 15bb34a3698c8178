import type * as JsYaml from 'js-yaml';
import type * as Yaml from 'yaml';

let library: typeof Yaml | undefined;
let jsYamlLibrary: typeof JsYaml | undefined;

/**
 * The yaml library (the Document API: positions, comments, edits), initialised the first time a
 * run needs it. Reading a well-formed plan never does (the fast reader reads it, with js-yaml for
 * what it gives up on), nor does a run that finds no problem to place on a line: only placing
 * problems (locate.ts), proving an item's region (region.ts), the rare readings parse.ts leaves
 * to it, and the writes (splice.ts, loaded with the commands that write) use it. An import at a
 * module's top would initialise its ≈ 70 modules in every run of `plan list` and `plan status`
 * (their classes and tag tables built, and their code in the start-up code cache): ≈ 1 ms of a
 * 75 ms run. ES modules have no synchronous import on demand, and the callers are synchronous, so
 * this is a require (bundled like the rest: esbuild makes it the library's init, run once).
 */
export function yamlLibrary(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous import on first use (see above)
  return (library ??= require('yaml') as typeof Yaml);
}

/**
 * js-yaml, initialised the first time a run needs it: for a text the fast reader gives up on
 * (anchors, tags, escapes, tabs, CRLF, block scalars…) and for its syntax errors. The fast reader
 * resolves plain scalars by the same rules (scalars.ts), so a plan written as plans are never
 * loads it. Like the yaml library, it is its own file with its own code cache (scripts/build.mjs).
 */
export function jsYaml(): typeof JsYaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous import on first use (see yamlLibrary)
  return (jsYamlLibrary ??= require('js-yaml') as typeof JsYaml);
}
