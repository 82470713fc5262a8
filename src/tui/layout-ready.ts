/**
 * Resolves once ink's layout engine (yoga, WebAssembly) can be used. Run from
 * source, `yoga-layout` has already loaded it with a top-level await; the built
 * CLI is a script that cannot hold one, so the build swaps this module for one
 * that waits on the wasm (scripts/bundle/layout-ready.mjs).
 */
export async function layoutReady(): Promise<void> {}
