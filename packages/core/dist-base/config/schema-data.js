// Generated from packages/core/schema/smslint.config.schema.json — do not edit.
// Regenerate: SMSLINT_UPDATE_SCHEMA=1 npx vitest run test/config/schema-sync.test.ts
export const schemaData = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://github.com/smslint/smslint/blob/main/packages/core/schema/smslint.config.schema.json",
    "title": "smslint configuration",
    "description": "smslint.config.json / .smslintrc.json: rule severities and project facts used when linting SMS templates. JSON only; see docs/configuration.md.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
        "$schema": {
            "type": "string",
            "description": "Path or URL of this JSON schema, for editor completion."
        },
        "root": {
            "type": "boolean",
            "description": "Stop looking for configs in parent folders: this config and the ones below it are merged, nothing above."
        },
        "rules": {
            "type": "object",
            "description": "Severity (and options) per rule id: \"off\", \"info\", \"warn\", \"error\" or [severity, options]. Overrides the rule's default severity for every template kind.",
            "additionalProperties": false,
            "properties": {
                "brand-identification": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "The brand is not named near the start of the message."
                },
                "duplicate-template-id": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "Two templates in one catalog have the same id."
                },
                "empty-template": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "A template has no text to send."
                },
                "excessive-punctuation": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "Repeated punctuation (\"!!!\", \"?!\") or more than one emoji."
                },
                "first-message-disclosures": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "An opt-in confirmation missing a required disclosure (program, frequency, rates, STOP, HELP)."
                },
                "help-instruction": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "A recurring or marketing template without HELP instructions or a support contact."
                },
                "leftover-bracket": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "A placeholder leftover (\"[Name]\", \"{name}\", \"XXX\") that would be sent literally."
                },
                "link-validity": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "A malformed, insecure (http), IP-address or placeholder-host link, or punctuation glued to a URL."
                },
                "markdown-syntax": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "Markdown (emphasis, links, list markers) in a catalog body, which SMS sends literally."
                },
                "multichannel-redirect": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "A reply that leaves no way to reach a person or more help (link, phone number, callback offer)."
                },
                "opt-out": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "A marketing or transactional template without an opt-out instruction (\"Reply STOP to opt out\")."
                },
                "opt-out-exclusive": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "An opt-out that can only be exercised one way (e.g. \"only by calling us\")."
                },
                "parse-error": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "A problem reading the file (front matter, metadata, Handlebars syntax)."
                },
                "phone-validity": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "A fictional (555-01XX), premium-rate, incomplete or unparseable phone number."
                },
                "placeholder-encoding-risk": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "A variable without a declared GSM-safe charset can switch the message to UCS-2 at send time."
                },
                "placeholder-syntax": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "Suspicious or broken Handlebars: empty mustaches, spaces in names, unknown helpers, unresolvable partials."
                },
                "public-url-shortener": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "A public URL shortener (bit.ly, tinyurl.com, …) that carriers filter."
                },
                "quiet-hours": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "Automated and marketing templates must declare a send window inside the region's allowed hours."
                },
                "reply-keyword-conflict": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "A reply keyword that carriers reserve: \"Reply YES\" for a callback (re-subscribes), \"Reply CANCEL\" for a booking (unsubscribes)."
                },
                "segment-budget": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "The worst-case rendered message exceeds the segment budget."
                },
                "shaft-content": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "Sex, hate, alcohol, firearms, tobacco, cannabis or gambling terms that carriers restrict."
                },
                "shouting": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "Runs of all-caps words that read as shouting."
                },
                "text-speak": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "Informal abbreviations (\"pls\", \"u\", \"thx\") that read as unprofessional."
                },
                "ucs2-character": {
                    "description": "A literal character forces the whole message into UCS-2 (70 characters per segment).",
                    "oneOf": [
                        {
                            "$ref": "#/definitions/severity"
                        },
                        {
                            "type": "array",
                            "items": [
                                {
                                    "$ref": "#/definitions/severity"
                                },
                                {
                                    "type": "object",
                                    "properties": {
                                        "allow": {
                                            "type": "array",
                                            "items": {
                                                "type": "string"
                                            },
                                            "description": "Characters never reported."
                                        }
                                    },
                                    "additionalProperties": false
                                }
                            ],
                            "minItems": 1,
                            "maxItems": 2,
                            "additionalItems": false
                        }
                    ]
                },
                "undeclared-variable": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "A variable is used but not declared in `variables`."
                },
                "unused-disable-directive": {
                    "$ref": "#/definitions/ruleSetting",
                    "description": "An smslint-disable comment suppresses nothing (or names an unknown rule)."
                }
            }
        },
        "kind": {
            "$ref": "#/definitions/templateKind",
            "description": "Template kind assumed when a template's metadata does not say (default \"support\"). Rule severities depend on it."
        },
        "region": {
            "type": "string",
            "enum": [
                "us",
                "us-strict",
                "ca",
                "uk-eu"
            ],
            "description": "Compliance profile: us (TCPA 08:00-21:00), us-strict (FL/OK/MD 08:00-20:00), ca (CASL), uk-eu (PECR). Default \"us\"."
        },
        "brand": {
            "type": "string",
            "minLength": 1,
            "description": "The sender's brand name, expected near the start of messages."
        },
        "optOutText": {
            "type": "string",
            "minLength": 1,
            "description": "Text appended by the opt-out quick fix, e.g. \"Reply STOP to opt out.\""
        },
        "redirectText": {
            "type": "string",
            "minLength": 1,
            "description": "Text appended by the multichannel-redirect quick fix, e.g. \"Reply CALL and an agent will phone you.\""
        },
        "maxSegments": {
            "type": "integer",
            "minimum": 1,
            "maximum": 255,
            "description": "Segment budget per template (worst case over renderings). Default 2; template metadata maxSegments wins."
        },
        "shiftTables": {
            "type": "array",
            "uniqueItems": true,
            "items": {
                "type": "string",
                "enum": [
                    "tr",
                    "es",
                    "pt"
                ]
            },
            "description": "National language shift tables your SMS provider supports (3GPP TS 23.038 Annex A); only these are used when counting. Default none."
        },
        "graphemes": {
            "type": "string",
            "enum": [
                "keep",
                "split"
            ],
            "description": "\"keep\" (default): a grapheme cluster never straddles two segments, as Android and Twilio count. \"split\": split by code point."
        },
        "variables": {
            "type": "object",
            "description": "Declared template variables (name → spec), shared by all templates; template metadata can override each.",
            "additionalProperties": {
                "$ref": "#/definitions/variableSpec"
            }
        },
        "textSpeak": {
            "type": "object",
            "additionalProperties": false,
            "description": "Tuning for the text-speak rule.",
            "properties": {
                "allow": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "minLength": 1
                    },
                    "description": "Tokens never reported as text speak (e.g. a brand like \"LOL\")."
                },
                "extra": {
                    "type": "object",
                    "additionalProperties": {
                        "type": "string"
                    },
                    "description": "Extra text-speak tokens mapped to their formal expansion, e.g. {\"asap\": \"as soon as possible\"}."
                }
            }
        },
        "ignore": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            },
            "description": "Glob patterns (relative to this config's folder) of files not to lint."
        }
    },
    "definitions": {
        "severity": {
            "type": "string",
            "enum": [
                "off",
                "info",
                "warn",
                "error"
            ],
            "description": "off: do not run; info: a hint; warn: a warning; error: fails the check."
        },
        "ruleSetting": {
            "description": "A severity, or [severity, options].",
            "oneOf": [
                {
                    "$ref": "#/definitions/severity"
                },
                {
                    "type": "array",
                    "items": [
                        {
                            "$ref": "#/definitions/severity"
                        },
                        {
                            "type": "object"
                        }
                    ],
                    "minItems": 1,
                    "maxItems": 2,
                    "additionalItems": false
                }
            ]
        },
        "templateKind": {
            "type": "string",
            "enum": [
                "support",
                "transactional",
                "marketing"
            ]
        },
        "variableSpec": {
            "type": "object",
            "additionalProperties": false,
            "description": "What a variable's runtime values may contain.",
            "properties": {
                "minLength": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Shortest value, in characters."
                },
                "maxLength": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Longest value, in characters (drives the worst-case segment count)."
                },
                "charset": {
                    "type": "string",
                    "enum": [
                        "gsm",
                        "ucs2",
                        "digits",
                        "ascii",
                        "unknown"
                    ],
                    "description": "Characters the values may contain: gsm, digits and ascii are GSM-safe; ucs2/unknown may force UCS-2."
                },
                "sample": {
                    "type": "string",
                    "description": "A realistic value used for the sample count and previews."
                }
            }
        }
    }
};
//# sourceMappingURL=schema-data.js.map