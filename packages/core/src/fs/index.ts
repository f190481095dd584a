export { describeFsError, MAX_READ_BYTES, readRegularFile, readRegularTextFile, type RegularFileRead } from './read-regular-file.js';
