// Stands in for `yoga-layout` in the built CLI. The package's entry awaits its
// wasm at the top level, which a script bundle cannot hold; this module starts
// the same load when it is evaluated (the moment `play` imports the TUI) and
// fills in the default export that ink reads, as a live binding, once it is done.
import { loadYoga } from 'yoga-layout/load';

let Yoga;
export { Yoga as default };
export * from 'yoga-layout/load';

// Emscripten's loader fetches its inline `data:` wasm when `fetch` exists; in
// Node 20 the first fetch loads undici (~20 ms). Without fetch it decodes the
// same bytes itself. The check happens synchronously inside loadYoga().
function loadWithoutFetch() {
  const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (fetchProperty) Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return loadYoga();
  } finally {
    if (fetchProperty) Object.defineProperty(globalThis, 'fetch', fetchProperty);
  }
}

export const yogaLoaded = loadWithoutFetch().then((loaded) => {
  Yoga = loaded;
});
// Awaited by renderApp, which reports a failure; until then it must not count as unhandled.
yogaLoaded.catch(() => {});
