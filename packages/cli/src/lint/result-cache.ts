import { readRegularTextFile } from '@smslint/core';
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { addWriteFolders } from '../files/temp-files.js';
import { writeUserFile } from '../files/atomic-write.js';
import type { CachedEntry } from './lint-settings.js';

export const DEFAULT_CACHE_FILE = '.smslintcache';
const CACHE_FORMAT = 1;

interface CacheFile {
  format: number;
  version: string;
  entries: Record<string, CachedEntry>;
}

/**
 * --cache-location: a folder gets the default file name inside it, like ESLint. A path that
 * ends with a separator is a folder even before it exists (`--cache-location .cache/`).
 */
export function resolveCachePath(cwd: string, location: string | undefined): string {
  const path = resolve(cwd, location ?? DEFAULT_CACHE_FILE);
  if (location !== undefined && /[\\/]$/.test(location)) return join(path, DEFAULT_CACHE_FILE);
  try {
    if (statSync(path).isDirectory()) return join(path, DEFAULT_CACHE_FILE);
  } catch {
    // does not exist yet: a file path
  }
  return path;
}

/** Load the --cache file. Missing, unreadable, corrupt or foreign caches are simply empty. */
export async function loadResultCache(path: string, version: string): Promise<Map<string, CachedEntry>> {
  try {
    // Sized for many entries, but still bounded: a device or FIFO there is simply no cache.
    const read = readRegularTextFile(path, 256 * 1024 * 1024);
    if (!read.ok) return new Map();
    const data = JSON.parse(read.text) as Partial<CacheFile>;
    if (data?.format !== CACHE_FORMAT || data.version !== version || typeof data.entries !== 'object' || data.entries === null) return new Map();
    const map = new Map<string, CachedEntry>();
    for (const [file, entry] of Object.entries(data.entries)) {
      if (entry && typeof entry.key === 'string' && entry.report && Array.isArray(entry.report.messages)) map.set(file, entry);
    }
    return map;
  } catch {
    return new Map();
  }
}

/** Write the cache atomically; a failure to write it only costs speed next time. */
export async function saveResultCache(path: string, version: string, entries: Map<string, CachedEntry>): Promise<string | undefined> {
  const data: CacheFile = { format: CACHE_FORMAT, version, entries: Object.fromEntries(entries) };
  addWriteFolders(() => [dirname(path)]);
  try {
    await writeUserFile(path, JSON.stringify(data));
    return undefined;
  } catch (error) {
    return `could not write the cache file ${path}: ${(error as Error).message}`;
  }
}
