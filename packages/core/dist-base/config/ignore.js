import picomatch from 'picomatch';
import path from 'node:path';
/** Whether `filePath` (absolute, or relative to cwd) matches one of the config's `ignore` globs. */
export function isIgnored(filePath, config, cwd = process.cwd()) {
    if (!config.ignore || config.ignore.length === 0)
        return false;
    const absolute = path.resolve(cwd, filePath).split(path.sep).join('/');
    return picomatch(config.ignore, { dot: true })(absolute);
}
//# sourceMappingURL=ignore.js.map