#!/usr/bin/env node
'use strict';
// The CLI's one file outside dist/: it runs dist/plan-core.cjs, the bundle scripts/build.mjs makes,
// with the V8 code cache made at build time, and dist/yaml.cjs and dist/js-yaml.cjs (required by it
// on first use) likewise. Required rather than run (tests), it gives the bundle's exports and
// `codeCacheUsed`. It is not a loader in a file of its own that this one requires: a second
// CommonJS module to resolve, read and compile cost every start ~0.9M instructions.
// Each bundle is already wrapped as a CommonJS module function, in pure ASCII: read as latin1, V8
// takes it as one-byte text as it is (no UTF-8 decoding) and compiles it as it is (no wrapper
// joined on, so no flattened copy either). This file is pure ASCII too: Node reads it as UTF-8,
// and one character beyond ASCII (a "~" written as the approximately-equal sign) made it a
// two-byte string, decoded and scanned as such at every start.
{
  /** The files bundled apart from plan-core.cjs (and plan-debug.cjs), each with its own code cache (scripts/build.mjs reads this list). */
  const APART = ['./yaml.cjs', './js-yaml.cjs', './plan-rest.cjs', './validators.cjs'];
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
  /** How many of `size` bytes of the file `fd` were read into `bytes` (fewer: the file was shorter). */
  const fill = (fd, bytes, size) => {
    let done = 0;
    for (let n; done < size && (n = readSync(fd, bytes, done, size - done, done)) > 0; ) done += n;
    return done;
  };
  /**
   * The bundle and its cache are read with the calls of fs this file needs for the cache anyway:
   * Node compiles each of its own functions the first time a process calls it, and readFileSync,
   * with the helpers it calls, was ~0.5M instructions of every start. Both are read into one
   * buffer, as large as the larger of the two: the bundle first, made text, then the cache over
   * it (a second buffer was ~100 more fresh pages for the kernel to fault in and clear in every run).
   */
  const run = (name, req) => {
    const file = join(dist, name);
    let cacheFd;
    let cacheSize = 0;
    try {
      cacheFd = openSync(file + '.cache', 'r');
      cacheSize = fstatSync(cacheFd).size;
    } catch {
      cacheSize = 0;
    }
    let source;
    let cachedData;
    try {
      const fd = openSync(file, 'r');
      let bytes;
      try {
        const size = fstatSync(fd).size;
        bytes = Buffer.allocUnsafe(Math.max(size, cacheSize));
        // latin1Slice is what toString('latin1') calls after its checks, without Buffer's encoding
        // look-up (compiled in every run: ~0.5M instructions).
        source = bytes.latin1Slice(0, fill(fd, bytes, size));
      } finally {
        closeSync(fd);
      }
      try {
        if (cacheFd !== undefined && cacheSize > 0 && fill(cacheFd, bytes, cacheSize) === cacheSize) cachedData = bytes.subarray(0, cacheSize);
      } catch {
        cachedData = undefined;
      }
    } finally {
      if (cacheFd !== undefined) closeSync(cacheFd);
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
