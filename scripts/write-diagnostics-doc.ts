// Regenerates docs/diagnostics.md from the diagnostic catalog (npm run diagnostics-doc).
import { writeFileSync } from 'node:fs';
import { diagnosticsMarkdown } from '../src/diagnostics/diagnostics-markdown.js';

writeFileSync(new URL('../docs/diagnostics.md', import.meta.url), diagnosticsMarkdown());
