// Bundles the CLI into one script, dist/parley.cjs, that dist/parley.js runs
// with a code cache in the user's cache folder (scripts/bundle/launcher.cjs),
// then warms that cache by running commands once on a dialogue the build owns
// (scripts/bundle/warm-up.yaml). Commands and ink/React are still evaluated
// only when a command needs them: each sits behind a dynamic import, which the
// bundle turns into a module initialised on first use.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

rmSync('dist', { recursive: true, force: true });

/**
 * Rewrites text in a dependency's file. A dependency update that moved the text costs the saving,
 * never the build: the file is bundled as it is, with a warning (`npm run bench` shows what is lost).
 */
function patchDependency(path, what, edits) {
  let text = readFileSync(path, 'utf8');
  for (const [before, after] of edits) {
    if (text.includes(before)) text = text.replace(before, after);
    else console.warn(`parley build: ${what}: ${JSON.stringify(before)} is no longer in ${path}; bundled unpatched (see scripts/build.mjs)`);
  }
  return { contents: text, loader: 'js' };
}

/** A script cannot hold a top-level await; these are the two in ink's dependency graph. */
const withoutTopLevelAwait = {
  name: 'without-top-level-await',
  setup(b) {
    // yoga-layout's entry awaits its wasm: ink gets a module that loads it on demand instead.
    b.onResolve({ filter: /^yoga-layout$/ }, () => ({ path: fileURLToPath(new URL('./bundle/yoga-layout.mjs', import.meta.url)) }));
    b.onResolve({ filter: /[\\/]layout-ready\.js$/ }, (args) =>
      /[\\/]src[\\/]tui[\\/]/.test(args.importer) ? { path: fileURLToPath(new URL('./bundle/layout-ready.mjs', import.meta.url)) } : undefined,
    );
    // ink awaits its React devtools (and its package.json, to name itself to them) only when DEV=true;
    // the build never shipped the devtools (react-devtools-core is an empty module). Not a saving but a
    // necessity: if a new ink still awaits at the top level, esbuild stops the build and names the line.
    b.onLoad({ filter: /node_modules[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, (args) =>
      patchDependency(args.path, "ink's devtools (a top-level await)", [
        ["await import('./devtools.js');", '/* devtools left out of the build */'],
        ['? await loadPackageJson()', '? { name: undefined, version: undefined }'],
      ]),
    );
  },
};

/**
 * commander requires child_process at load for external subcommands, which Parley has none of:
 * validate starts ~5% (of `node -e 0`) sooner without it (bench/NOTES.md). Whatever commander
 * reads from it is looked up on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) =>
      patchDependency(args.path, "commander's child_process", [
        [
          "const childProcess = require('node:child_process');",
          "const childProcess = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
        ],
      ]),
    );
  },
};

/**
 * wrap-ansi pins an older string-width of its own: two copies to evaluate at
 * `play`'s start, each with its own Intl.Segmenter. One copy serves both, and
 * measuring and wrapping then agree on how wide a character is.
 */
const oneStringWidth = {
  name: 'one-string-width',
  setup(b) {
    const shared = fileURLToPath(new URL('../node_modules/string-width/index.js', import.meta.url));
    b.onResolve({ filter: /^string-width$/ }, (args) => (/[\\/]wrap-ansi[\\/]/.test(args.importer) ? { path: shared } : undefined));
  },
};

const result = await build({
  entryPoints: { parley: 'src/cli/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: {
    'process.env.NODE_ENV': '"production"',
    PARLEY_VERSION: JSON.stringify(pkg.version),
    // Modules find files next to themselves (schema/, dialogues/): the launcher passes its own URL, which is in dist/ too.
    'import.meta.url': '__parleyModuleUrl',
  },
  alias: { 'react-devtools-core': './scripts/empty-module.mjs' },
  plugins: [withoutTopLevelAwait, lazyChildProcess, oneStringWidth],
  // The launcher calls the bundle as a function; strict, as the ES modules it is made of.
  banner: { js: '(function (exports, require, module, __filename, __dirname, __parleyModuleUrl) {"use strict";' },
  footer: { js: '})' },
  jsx: 'automatic',
  // Comments and indentation out: a smaller file to read at every start. Names stay, for readable stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  charset: 'ascii',
  write: true,
});
if (result.errors.length) process.exit(1);

// esbuild leaves non-ASCII in regular expression literals; as \u escapes (BMP only) they mean the same,
// and an ASCII bundle can be read as latin1, with no UTF-8 decoding at every start.
const bundled = readFileSync('dist/parley.cjs', 'utf8').replace(/[^\x00-\x7f]/g, (c) => {
  if (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) < 0xe000) throw new Error('dist/parley.cjs holds a character outside the BMP; escape it in the source');
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
});
writeFileSync('dist/parley.cjs', bundled);
// vm.Script runs without a loader for import(); every dynamic import must have been bundled.
if (bundled.split('\n').some((line) => /\bimport\(/.test(line.replace(/\/\/.*$/, '')))) throw new Error('dist/parley.cjs still holds an import(); bundle it or load it in the launcher');
// The launcher keys its cache by this build, so a cache of an older bundle is never read.
const buildKey = `${pkg.version}-${createHash('sha256').update(bundled).digest('hex').slice(0, 16)}`.replace(/[^\w.-]/g, '_');
const launcher = readFileSync('scripts/bundle/launcher.cjs', 'utf8');
if (!launcher.includes("'__PARLEY_BUILD_KEY__'")) throw new Error('scripts/bundle/launcher.cjs lost its build key placeholder');
writeFileSync('dist/parley.js', launcher.replace("'__PARLEY_BUILD_KEY__'", JSON.stringify(buildKey)));

// The library (package.json `exports`): `parley` and `parley/xstate` as ES modules, their dependencies
// left to the installing project so a machine and the user's createActor share one xstate.
const library = await build({
  entryPoints: { index: 'src/api/index.ts', xstate: 'src/api/xstate.ts' },
  outdir: 'dist/lib',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  define: { PARLEY_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  write: true,
});
if (library.errors.length) process.exit(1);
const types = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.lib.json'], { stdio: 'inherit' });
if (types.status !== 0) process.exit(1);

writeFileSync('dist/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`);

// The code caches, each written by running a command once on the build's own dialogue: validate compiles
// what every command starts with (commander, zod, yaml, the catalogs); play adds React, ink and the TUI
// up to its first screen, which shows the debtor's name. The launcher picks the play cache for
// `parley play`, so other commands do not load React's code.
const warmUpDialogue = 'scripts/bundle/warm-up.yaml';
const firstScreenShows = parse(readFileSync(warmUpDialogue, 'utf8')).meta.debtor.name;
const transcripts = mkdtempSync(join(tmpdir(), 'parley-build-'));
try {
  warmUp(['validate', warmUpDialogue]);
  warmUp(['play', warmUpDialogue, '--transcripts', transcripts], ['--require', './scripts/bundle/fake-terminal.cjs'], {
    PARLEY_WARM_UP_UNTIL: firstScreenShows,
  });
} finally {
  rmSync(transcripts, { recursive: true, force: true });
}

function warmUp(args, nodeOptions = [], env = {}) {
  const run = spawnSync(process.execPath, [...nodeOptions, 'dist/parley.js', ...args], {
    env: { ...process.env, ...env, PARLEY_WRITE_CODE_CACHE: '1', NO_COLOR: '1', CI: '' },
    stdio: ['pipe', 'ignore', 'inherit'],
    timeout: 30_000,
  });
  // Without a cache the CLI still works (and writes one on its first exit): an install must not fail over it.
  if (run.status !== 0) console.warn(`parley build: could not warm the code cache (parley ${args[0]} exited with ${run.status ?? run.signal}); the first run will write it`);
}
