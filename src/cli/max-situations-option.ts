import { Option } from 'commander';
import { DEFAULT_MAX_SITUATIONS } from '../analyze/situation-limits.js';
import { boundedInt } from './limits-options.js';

/** Ten million situations is minutes of work and gigabytes of memory: the most one command may be asked for. */
export const MAX_MAX_SITUATIONS = 10_000_000;

export const maxSituationsOption = () =>
  new Option('--max-situations <n>', 'bound on the situations (state + guard-read values) explored per dialogue')
    .argParser(boundedInt(MAX_MAX_SITUATIONS))
    .default(DEFAULT_MAX_SITUATIONS);
