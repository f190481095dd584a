export { describeFsError, MAX_READ_BYTES, readRegularFile, readRegularTextFile, type RegularFileRead } from './read-regular-file.js';
export { checkGlob, compileGlob, MAX_GLOB_LENGTH, type GlobOptions } from './glob-match.js';
