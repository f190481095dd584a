/**
 * Key-path globs of `sources[].keys`: segments separated by dots; `*` matches one key,
 * `**` any number of keys (none included), and `*` inside a segment any characters of one
 * key (`sms_*`). Matching works on segments, so keys that contain dots (gettext msgids)
 * are matched by `*` and `**` as one key each.
 */
export type KeyMatcher = (key: readonly string[]) => boolean;

function segmentMatcher(pattern: string): (segment: string) => boolean {
  if (pattern === '*') return () => true;
  if (!pattern.includes('*')) return (segment) => segment === pattern;
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  const re = new RegExp(`^${source}$`, 's');
  return (segment) => re.test(segment);
}

export function compileKeyGlob(glob: string): KeyMatcher {
  const parts = glob.split('.').map((part) => (part === '**' ? null : segmentMatcher(part)));
  const match = (key: readonly string[], k: number, p: number): boolean => {
    if (p === parts.length) return k === key.length;
    const part = parts[p];
    if (part === null) {
      for (let skip = k; skip <= key.length; skip++) if (match(key, skip, p + 1)) return true;
      return false;
    }
    return k < key.length && part(key[k]) && match(key, k + 1, p + 1);
  };
  return (key) => match(key, 0, 0);
}

export function compileKeyGlobs(globs: readonly string[]): KeyMatcher {
  const matchers = globs.map(compileKeyGlob);
  return (key) => matchers.some((m) => m(key));
}
