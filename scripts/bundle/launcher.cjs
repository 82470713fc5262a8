// dist/parley.js: runs the CLI bundle (dist/parley.cjs, one script) with a V8
// code cache, so a command starts without parsing and compiling Parley and its
// libraries again. The cache lives in the user's cache folder
// ($XDG_CACHE_HOME/parley, else ~/.cache/parley), never in the package folder,
// which a global install may not let the user write.
//
// The bundle runs through vm.Script with cachedData, the cache taken at exit so
// it holds every function the command compiled, not only the top level. Node 22's
// module.enableCompileCache was measured and not used: it caches only what is
// compiled when a module loads (47 KB of this bundle, against ~1 MB here), and
// validate started ~40% slower with it (bench/NOTES.md). A missing, stale or
// unwritable cache costs time, never a failed command.
// CommonJS (dist/package.json says so): Node starts it without its ES module loader.
'use strict';
const { isAbsolute, join } = require('node:path');
const { pathToFileURL } = require('node:url');

// Written by the build: Parley's version and a hash of dist/parley.cjs, so a cache from another build is never read.
const BUILD_KEY = '__PARLEY_BUILD_KEY__';

const bundle = join(__dirname, 'parley.cjs');
// import.meta.url of the bundle's modules: this file's, so paths relative to dist/ stay right.
const moduleUrl = pathToFileURL(__filename).href;
runWithCodeCache(cacheFolder(process.env, process.platform));

/** Where the user's caches go: XDG on Linux and the BSDs, the platform's own folder elsewhere. */
function cacheFolder(env, platform) {
  // The XDG spec says a relative path is to be ignored.
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'parley');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'parley', 'Cache');
  let home;
  try {
    home = require('node:os').homedir();
  } catch {
    return undefined;
  }
  if (!home) return undefined;
  return platform === 'darwin' ? join(home, 'Library', 'Caches', 'parley') : join(home, '.cache', 'parley');
}

function runWithCodeCache(folder) {
  const { readFileSync } = require('node:fs');
  const { Script } = require('node:vm');
  const directory = folder === undefined ? undefined : join(folder, 'code-cache');
  // play has a cache of its own, with React and ink; the other commands need not read it.
  const name = `${BUILD_KEY}-node${process.versions.node}-${process.arch}${process.argv[2] === 'play' ? '-play' : ''}.cache`;
  const cacheFile = directory === undefined ? undefined : join(directory, name);

  let cachedData;
  try {
    if (cacheFile !== undefined) cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The build makes the bundle ASCII, so latin1 reads it right without decoding UTF-8.
  const script = new Script(readFileSync(bundle, 'latin1'), { filename: bundle, cachedData });
  // A cache V8 rejects (other V8 flags) is written again; the build asks for a fresh one.
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected || process.env.PARLEY_WRITE_CODE_CACHE === '1')) {
    process.once('exit', () => saveCodeCache(script, directory, cacheFile));
  }
  script.runInThisContext()(exports, require, module, bundle, __dirname, moduleUrl);
}

function saveCodeCache(script, directory, cacheFile) {
  const { mkdirSync, renameSync, rmSync, writeFileSync } = require('node:fs');
  const fresh = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    writeFileSync(fresh, script.createCachedData());
    renameSync(fresh, cacheFile);
  } catch {
    // An unwritable cache folder runs without a cache; nothing is lost but time. A write or rename
    // that failed half-way must not leave its temporary file (about 1 MB) behind each run.
    try {
      rmSync(fresh, { force: true });
    } catch {
      // Nothing more to do.
    }
    return;
  }
  forgetOldBuilds(directory);
}

/** Caches of other builds are never read again; those untouched for a month go (another install may still use a recent one). */
function forgetOldBuilds(directory) {
  const { readdirSync, rmSync, statSync } = require('node:fs');
  const monthAgo = Date.now() - 30 * 24 * 60 * 60 * 1000;
  try {
    for (const file of readdirSync(directory)) {
      if (file.startsWith(`${BUILD_KEY}-`)) continue;
      const path = join(directory, file);
      if (statSync(path).mtimeMs < monthAgo) rmSync(path, { force: true });
    }
  } catch {
    // Tidying is a courtesy.
  }
}
