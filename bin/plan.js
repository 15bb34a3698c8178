#!/usr/bin/env node
'use strict';
// The CLI's one file outside dist/: it runs dist/plan-core.cjs, the bundle scripts/build.mjs makes,
// with the V8 code cache made at build time, and dist/yaml.cjs and dist/js-yaml.cjs (required by it
// on first use) likewise. Required rather than run (tests), it gives the bundle's exports and
// `codeCacheUsed`. It is not a loader in a file of its own that this one requires: a second
// CommonJS module to resolve, read and compile cost every start ≈ 0.9M instructions.
// Each bundle is already wrapped as a CommonJS module function, in pure ASCII: read as latin1, V8
// takes it as one-byte text as it is (no UTF-8 decoding) and compiles it as it is (no wrapper
// joined on, so no flattened copy either).
{
  /** The files bundled apart from plan-core.cjs (and plan-debug.cjs), each with its own code cache (scripts/build.mjs reads this list). */
  const APART = ['./yaml.cjs', './js-yaml.cjs', './plan-rest.cjs'];
  // PLAN_DEBUG=1: the same code unminified (plan-debug.cjs, wrapped the same way and with no code
  // cache), so a stack trace names its functions; unset, empty, 0 or false are off, as the CLI
  // reads it. It requires the yaml library and js-yaml through the same loader: a plain require
  // of their wrapped files gives an empty module (every write failed under PLAN_DEBUG=1).
  const debug = !/^(?:|0|false|no|off)$/i.test(process.env.PLAN_DEBUG ?? '');
  const { closeSync, fstatSync, openSync, readSync } = require('node:fs');
  const { join } = require('node:path');
  const { Script } = require('node:vm');
  const dist = join(__dirname, '..', 'dist');
  let cacheUsed = true;
  /**
   * A file's bytes (up to its size when opened), read into `into` when they fit, else into a new
   * buffer. The bundle and its cache are read the same way, with the calls of fs this file makes
   * anyway: Node compiles each of its own functions the first time a process calls it, and
   * readFileSync, with the helpers it calls, was ≈ 0.5M instructions of every start.
   */
  const read = (file, into) => {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      const bytes = into !== undefined && size <= into.length ? into : Buffer.allocUnsafe(size);
      let done = 0;
      for (let n; done < size && (n = readSync(fd, bytes, done, size - done, done)) > 0; ) done += n;
      return { bytes, size, done };
    } finally {
      closeSync(fd);
    }
  };
  const run = (name, req) => {
    const file = join(dist, name);
    const { bytes, done } = read(file);
    // latin1Slice is what toString('latin1') calls after its checks, without Buffer's encoding
    // look-up (compiled in every run: ≈ 0.5M instructions).
    const source = bytes.latin1Slice(0, done);
    // The cache is read into the buffer the bundle was read into, once the bundle is text: a second
    // buffer would be ≈ 150 more fresh pages for the kernel to fault in and clear in every run.
    let cachedData;
    try {
      const cache = read(file + '.cache', bytes);
      if (cache.done === cache.size) cachedData = cache.bytes.subarray(0, cache.size);
    } catch {
      cachedData = undefined;
    }
    const script = new Script(source, { filename: file, cachedData });
    const mod = { exports: {} };
    script.runInThisContext()(mod.exports, req, mod, file, dist);
    cacheUsed &&= cachedData !== undefined && !script.cachedDataRejected;
    return mod.exports;
  };
  // The bundles' require: a file of dist/ (./docx.cjs) from there, a package or a Node module as
  // from dist/ (this folder's node_modules are the same; createRequire made every run load
  // node:module, and with it Node's ES-module loader and source-map code); the yaml library,
  // js-yaml and the commands bundled apart, with their code caches too; and for those commands
  // the bundle itself, whose modules they share (one PlanError, one catalogue: scripts/build.mjs).
  const apart = new Map();
  const req = (id) => {
    if (id === './plan-core.cjs') return module.exports;
    if (!APART.includes(id)) return require(id.startsWith('./') ? join(dist, id) : id);
    if (!apart.has(id)) apart.set(id, run(id, req));
    return apart.get(id);
  };
  module.exports = run(debug ? 'plan-debug.cjs' : 'plan-core.cjs', req);
  // Whether V8 took the caches (false: this Node compiled the code itself, a slower start).
  Object.defineProperty(module.exports, 'codeCacheUsed', { enumerable: true, get: () => cacheUsed });
}
// Run as the CLI: exits as soon as the code is known (main resolves once the output is out: see src/main.ts).
if (require.main === module) module.exports.main(process.argv).then((code) => process.exit(code));
