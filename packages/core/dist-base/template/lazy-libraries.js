import { createRequire } from 'node:module';
let yaml;
let handlebarsParser;
let handlebars;
export function yamlLibrary() {
    return (yaml ??= typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml'));
}
export function handlebarsParserLibrary() {
    return (handlebarsParser ??=
        typeof require === 'function'
            ? require('handlebars/dist/cjs/handlebars/compiler/base')
            : createRequire(import.meta.url)('handlebars/dist/cjs/handlebars/compiler/base'));
}
export function handlebarsLibrary() {
    return (handlebars ??= typeof require === 'function' ? require('handlebars') : createRequire(import.meta.url)('handlebars'));
}
//# sourceMappingURL=lazy-libraries.js.map