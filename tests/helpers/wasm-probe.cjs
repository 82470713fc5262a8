// Preloaded (--require) into a parley process: counts WebAssembly modules
// compiled and reports the count on stderr at exit. ink's layout engine (yoga)
// is the only WebAssembly Parley uses, and it starts loading when the TUI is
// evaluated, so the count tells whether a command loaded ink and React at all.
'use strict';
let compiled = 0;
for (const name of ['compile', 'instantiate']) {
  const original = WebAssembly[name];
  WebAssembly[name] = function (...args) {
    compiled++;
    return original.apply(this, args);
  };
}
const OriginalModule = WebAssembly.Module;
WebAssembly.Module = function (...args) {
  compiled++;
  return new OriginalModule(...args);
};
process.on('exit', () => process.stderr.write(`\nwasm-probe: ${compiled}\n`));
