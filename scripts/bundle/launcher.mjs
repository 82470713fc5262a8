// dist/parley.js: runs the CLI bundle (dist/parley.cjs, one script) with V8's
// code cache, so a command starts without parsing and compiling Parley and its
// libraries again. Node 20 has no module.enableCompileCache (Node 22), hence
// vm.Script and cachedData. The build writes the cache (scripts/build.mjs); a
// cache V8 rejects (another Node version) is ignored and written again on exit.
// The bundle is ASCII (the build checks), so it is read as latin1: no UTF-8 decoding.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundle = fileURLToPath(new URL('./parley.cjs', import.meta.url));
const cacheFile = fileURLToPath(new URL('./parley.cjs.cache', import.meta.url));

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new Script(readFileSync(bundle, 'latin1'), { filename: bundle, cachedData });

// The cache is taken at exit so it holds the functions the command compiled, not only the top level.
if (cachedData === undefined || script.cachedDataRejected || process.env.PARLEY_WRITE_CODE_CACHE === '1') {
  process.once('exit', () => {
    try {
      const fresh = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(fresh, script.createCachedData());
      renameSync(fresh, cacheFile);
    } catch {
      // A read-only install runs without a cache; nothing is lost but time.
    }
  });
}

const run = script.runInThisContext();
run({}, createRequire(import.meta.url), { exports: {} }, bundle, dirname(bundle), import.meta.url);
