import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A checksum of every entry under `dir` (symbolic links by their target, never followed;
 * FIFOs and other special files by kind; regular files by content and mode), so a test can
 * prove a run wrote, created or removed nothing.
 */
export function snapshotTree(dir: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const key = relative(dir, path);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) entries.set(key, `link -> ${readlinkSync(path)}`);
      else if (stat.isDirectory()) {
        entries.set(key, `dir ${(stat.mode & 0o7777).toString(8)}`);
        walk(path);
      } else if (stat.isFile()) {
        // A file nobody may read (chmod 000 as a non-root user) is identified by size and times.
        let digest: string;
        try {
          digest = createHash('sha256').update(readFileSync(path)).digest('hex');
        } catch {
          digest = `unreadable ${stat.size} ${stat.mtimeMs}`;
        }
        entries.set(key, `file ${(stat.mode & 0o7777).toString(8)} ${digest}`);
      } else entries.set(key, `special ${stat.mode.toString(8)}`);
    }
  };
  walk(dir);
  return entries;
}
