// Bundles the CLI so `bin/parley` starts from one file instead of resolving
// hundreds of modules, and so ink/React load only for commands that draw
// (they sit behind dynamic imports and land in their own chunks).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Chunk names carry content hashes; clear out the previous build's so dist/ holds one build.
rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: { parley: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: {
    'process.env.NODE_ENV': '"production"',
    PARLEY_VERSION: JSON.stringify(pkg.version),
  },
  alias: { 'react-devtools-core': './scripts/empty-module.mjs' },
  banner: {
    js: "import { createRequire as __parleyCreateRequire } from 'node:module'; const require = __parleyCreateRequire(import.meta.url);",
  },
  jsx: 'automatic',
});
