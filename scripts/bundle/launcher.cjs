// dist/parley.js: runs the CLI bundle (dist/parley.cjs, one script) with V8's
// code cache, so a command starts without parsing and compiling Parley and its
// libraries again. Node 20 has no module.enableCompileCache (Node 22), hence
// vm.Script and cachedData. The build writes the cache (scripts/build.mjs); a
// cache V8 rejects (another Node version) is ignored and written again on exit.
// CommonJS (dist/package.json says so): Node starts it without its ES module loader.
'use strict';
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const bundle = join(__dirname, 'parley.cjs');
// play has a cache of its own, with React and ink; the other commands need not read it.
const cacheFile = join(__dirname, process.argv[2] === 'play' ? 'parley-play.cache' : 'parley.cache');

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// The build makes the bundle ASCII, so latin1 reads it right without decoding UTF-8.
const script = new Script(readFileSync(bundle, 'latin1'), { filename: bundle, cachedData });

// Taken at exit, the cache holds the functions the command compiled, not only the top level.
if (cachedData === undefined || script.cachedDataRejected || process.env.PARLEY_WRITE_CODE_CACHE === '1') {
  process.once('exit', () => {
    const fresh = `${cacheFile}.${process.pid}.tmp`;
    try {
      writeFileSync(fresh, script.createCachedData());
      renameSync(fresh, cacheFile);
    } catch {
      // A read-only install runs without a cache; nothing is lost but time. A write or rename
      // that failed half-way must not leave its temporary file (about 1 MB) behind each run.
      try {
        rmSync(fresh, { force: true });
      } catch {
        // Nothing more to do.
      }
    }
  });
}

// import.meta.url of the bundle's modules: this file's, so paths relative to dist/ stay right.
script.runInThisContext()(exports, require, module, bundle, __dirname, pathToFileURL(__filename).href);
