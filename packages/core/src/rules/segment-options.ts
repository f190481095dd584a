import type { ResolvedConfig } from '../config/types.js';
import type { CountOptions } from '../encoding/types.js';
import type { SegmentRangeOptions } from '../template/types.js';

/** Counting options every encoding rule derives from the config (shift tables, graphemes). */
export function countOptionsOf(config: ResolvedConfig): CountOptions {
  const options: CountOptions = {};
  if (config.shiftTables) options.shiftTables = config.shiftTables;
  if (config.graphemes) options.graphemes = config.graphemes;
  return options;
}

export function segmentRangeOptions(config: ResolvedConfig): SegmentRangeOptions {
  return { variables: config.variables, countOptions: countOptionsOf(config) };
}
