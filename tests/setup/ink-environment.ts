/**
 * ink decides at import time whether it runs in CI (the is-in-ci package) and
 * then renders only the final frame, which would hide every screen the TUI
 * tests read. CI runs this suite with CI=true, so the worker forgets it before
 * ink loads. Tests that check Parley's own CI behaviour set CI on the process
 * they start.
 */
for (const name of Object.keys(process.env)) {
  if (name === 'CI' || name === 'CONTINUOUS_INTEGRATION' || name.startsWith('CI_')) delete process.env[name];
}
