import { Option } from 'commander';
import { DEFAULT_MAX_SITUATIONS } from '../analyze/situation-limits.js';
import { positiveInt } from './limits-options.js';

export const maxSituationsOption = () =>
  new Option('--max-situations <n>', 'bound on the situations (state + guard-read values) explored per dialogue')
    .argParser(positiveInt)
    .default(DEFAULT_MAX_SITUATIONS);
