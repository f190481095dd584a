import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseJsonSource } from './json-source.js';
import { mergeConfigs } from './merge.js';
import { validateConfig } from './validate.js';
/** Config file names, in the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES = ['smslint.config.json', '.smslintrc.json'];
/** Parsed config files and resolved configs per folder; cleared by clearConfigCache. */
const fileCache = new Map();
const folderCache = new Map();
/** Forget every loaded config (call when any config file changes, is created or deleted). */
export function clearConfigCache() {
    fileCache.clear();
    folderCache.clear();
}
/**
 * Read one config file. JSON only, parsed by our own parser: nothing from the
 * workspace is ever required, imported or evaluated. Never throws.
 */
export function readConfigFile(file) {
    const cached = fileCache.get(file);
    if (cached)
        return cached;
    let result;
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (error) {
        result = { config: {}, errors: [{ file, message: `Cannot read config file: ${error.message}` }] };
        fileCache.set(file, result);
        return result;
    }
    const parsed = parseJsonSource(text);
    if (!parsed.ok) {
        result = {
            config: {},
            errors: [
                {
                    file,
                    message: `Invalid JSON: ${parsed.message}`,
                    range: { start: parsed.offset, end: Math.min(parsed.offset + 1, text.length) },
                    pointer: '',
                },
            ],
        };
    }
    else {
        const validated = validateConfig(parsed.value, file, parsed.locations);
        result = { config: validated.config, errors: validated.errors };
    }
    fileCache.set(file, result);
    return result;
}
function configFileIn(folder) {
    for (const name of CONFIG_FILE_NAMES) {
        const candidate = path.join(folder, name);
        try {
            if (existsSync(candidate) && statSync(candidate).isFile())
                return candidate;
        }
        catch {
            // unreadable entry: treat as absent
        }
    }
    return undefined;
}
function canonical(folder) {
    try {
        return realpathSync(folder);
    }
    catch {
        return folder;
    }
}
/** Make ignore globs absolute (relative to their own config's folder) so merged lists stay meaningful. */
function anchorIgnores(config, file) {
    if (!config.ignore)
        return config;
    const base = path.dirname(file).split(path.sep).join('/');
    return {
        ...config,
        ignore: config.ignore.map((glob) => (glob.startsWith('/') ? glob : `${base}/${glob.replace(/^\.\//, '')}`)),
    };
}
function resolveFolder(folder) {
    const cached = folderCache.get(folder);
    if (cached)
        return cached;
    const chain = [];
    const sources = [];
    const errors = [];
    const seen = new Set();
    let current = folder;
    while (true) {
        const real = canonical(current);
        if (seen.has(real))
            break; // symlink loop
        seen.add(real);
        const file = configFileIn(current);
        if (file) {
            const read = readConfigFile(file);
            chain.push(anchorIgnores(read.config, file));
            sources.push(file);
            errors.push(...read.errors);
            if (read.config.root === true)
                break;
        }
        const parent = path.dirname(current);
        if (parent === current)
            break;
        current = parent;
    }
    const result = { config: mergeConfigs(chain, sources), errors };
    folderCache.set(folder, result);
    return result;
}
/**
 * The config for `filePath`: the nearest smslint.config.json (or .smslintrc.json) walking up
 * from the file's folder, merged with parents' configs up to one with `root: true`.
 * With `configFile`, exactly that file. Errors are returned, never thrown; invalid values
 * are left out and defaults apply for them. Results are memoised per folder.
 */
export function loadConfig(filePath, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    if (options.configFile) {
        const file = path.resolve(cwd, options.configFile);
        const read = readConfigFile(file);
        return { config: mergeConfigs([anchorIgnores(read.config, file)], [file]), errors: read.errors };
    }
    return resolveFolder(path.dirname(path.resolve(cwd, filePath)));
}
//# sourceMappingURL=load.js.map