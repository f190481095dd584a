import { accessSync, constants, realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { writeFileAtomic, WriteError } from './atomic-write.js';
import { describeFsError, MAX_FILE_BYTES, type SourceText } from './read-source-file.js';

/**
 * Write a --fix result back over the file it was read from, or say why not. The file is
 * left exactly as it is when it is read-only, has other hard links, leads outside the
 * working folder through symbolic links, would exceed the size limit, or changed on disk
 * since it was read. Returns the reason shown to the user, or undefined when written.
 */
export async function writeFix(absolutePath: string, filePath: string, cwd: string, source: SourceText, output: string): Promise<string | undefined> {
  const data = Buffer.from((source.bom ? '\uFEFF' : '') + output, 'utf8');
  if (data.length > MAX_FILE_BYTES) {
    return `Not fixed: the fixed ${filePath} would be ${data.length} bytes, over the ${MAX_FILE_BYTES}-byte limit smslint reads; fix it in smaller files`;
  }
  let target: { ok: boolean; real: string };
  try {
    target = writeTarget(absolutePath, cwd);
  } catch (error) {
    return `Cannot write the fixed ${filePath}: ${describeFsError(error)}`;
  }
  if (!target.ok) {
    return `Not fixed: ${filePath} is a symbolic link to ${target.real}, outside the working folder; --fix only writes inside it`;
  }
  // A rename ignores the file's own permissions: honour them here (root included).
  if ((source.mode & 0o222) === 0 || !writable(target.real)) {
    return `Not fixed: ${filePath} is read-only (mode ${(source.mode & 0o777).toString(8).padStart(4, '0')}); make it writable to fix it`;
  }
  // Replacing one name of a hard-linked file would leave the other names with the old text.
  if (source.read && source.read.nlink > 1) {
    return `Not fixed: ${filePath} has ${source.read.nlink} hard links; rewriting it would split them (the other names would keep the old text). Fix a copy, or break the links first`;
  }
  try {
    // Write through a symlink to its target: renaming over the link would replace it.
    await writeFileAtomic(target.real, data, {
      mode: source.mode,
      ...(source.owner ? { owner: source.owner } : {}),
      ...(source.read ? { unchangedSince: { ...source.read, bytes: () => Buffer.from((source.bom ? '\uFEFF' : '') + source.text, 'utf8') } } : {}),
    });
    return undefined;
  } catch (error) {
    if (error instanceof WriteError && error.changed) return `Not fixed: ${filePath} ${error.message}`;
    return `Cannot write the fixed ${filePath}: ${error instanceof WriteError ? error.message : describeFsError(error)}`;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where --fix writes `absolutePath`: its real path. A path inside the working folder that
 * symbolic links lead outside it is refused, so a repository cannot make --fix rewrite
 * files elsewhere on the machine (a path the user names outside the folder is theirs).
 */
function writeTarget(absolutePath: string, cwd: string): { ok: boolean; real: string } {
  const real = realpathSync(absolutePath);
  const inside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
  let realCwd: string;
  try {
    realCwd = realpathSync(cwd);
  } catch {
    realCwd = cwd;
  }
  const namedInside = inside(resolve(cwd, absolutePath), resolve(cwd));
  return { ok: !namedInside || inside(real, realCwd), real };
}
