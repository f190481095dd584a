/**
 * A fast reader for the shape nearly every front matter has: block mappings nested by
 * indentation, whose values are one-line plain or quoted scalars or one-line flow mappings
 * of those (`firstName: { maxLength: 20, charset: gsm }`). The full `yaml` parser cost
 * about a tenth of a CLI run on such text. Anything outside this subset — or anything whose
 * meaning in YAML 1.2 is not plainly a string, null, boolean or small integer — returns
 * undefined, and the caller parses with `yaml` as before, so results never differ
 * (test/core/template/simple-yaml.test.ts compares both on generated and tricky inputs).
 */
/** The mapping `source` holds, or undefined when only the full YAML parser can tell. */
export declare function readSimpleYaml(source: string): Record<string, unknown> | undefined;
//# sourceMappingURL=simple-yaml.d.ts.map