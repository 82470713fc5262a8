// Replaces src/tui/layout-ready.ts in the built CLI: see scripts/bundle/yoga-layout.mjs.
import { yogaLoaded } from 'yoga-layout';

export async function layoutReady() {
  await yogaLoaded;
}
