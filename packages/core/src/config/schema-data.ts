// Generated from packages/core/schema/smslint.config.schema.json — do not edit.
// Regenerate: SMSLINT_UPDATE_SCHEMA=1 npx vitest run test/config/schema-sync.test.ts
export const schemaData: Record<string, unknown> = {
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
      "description": "Severity (and options) per rule id: \"off\", \"info\", \"warn\" (or \"warning\"), \"error\", 0, 1, 2 or [severity, options]. Overrides the rule's default severity for every template kind.",
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
          "description": "A placeholder leftover (\"[Name]\", \"{name}\", \"XXX\") or another dialect's placeholder that would be sent literally."
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
          "description": "A declared variable whose charset allows non-GSM characters can switch the message to UCS-2 at send time."
        },
        "placeholder-syntax": {
          "$ref": "#/definitions/ruleSetting",
          "description": "Suspicious or broken placeholders in the template's dialect: empty placeholders, spaces in names, unknown helpers, unresolvable partials."
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
          "description": "An undeclared placeholder whose values may switch the message to UCS-2 or make it longer than counted."
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
    "locale": {
      "type": "string",
      "pattern": "^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$",
      "description": "Locale of the templates (BCP 47, e.g. \"es\", \"pt-BR\") when front matter, metadata or the file's path (es.yml, locales/es/...) does not say. Picks the text-speak lexicon, opt-out and HELP wording, and ucs2-character advice."
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
        "minLength": 1,
        "maxLength": 1024
      },
      "description": "Glob patterns (relative to this config's folder) of files not to lint; at most 1,024 characters each."
    },
    "provider": {
      "enum": [
        "generic",
        "twilio"
      ],
      "description": "Who sends the messages: \"generic\" (default) counts by 3GPP TS 23.038/23.040 only; \"twilio\" counts what Twilio Smart Encoding sends (listed Unicode punctuation replaced) and its 1,600-character body limit. See docs/cost.md."
    },
    "pricing": {
      "type": "object",
      "description": "Prices per segment for cost per message and per month (docs/cost.md). smslint ships no prices: use your contract's.",
      "additionalProperties": false,
      "required": [
        "currency",
        "perSegment"
      ],
      "properties": {
        "currency": {
          "type": "string",
          "pattern": "^[A-Z]{3}$",
          "description": "ISO 4217 currency code shown with every amount, e.g. \"USD\"."
        },
        "perSegment": {
          "$ref": "#/definitions/priceTable"
        },
        "encodings": {
          "type": "object",
          "description": "Prices that replace perSegment for messages sent in one encoding.",
          "additionalProperties": false,
          "properties": {
            "GSM-7": {
              "$ref": "#/definitions/priceTable"
            },
            "UCS-2": {
              "$ref": "#/definitions/priceTable"
            }
          }
        }
      }
    },
    "placeholders": {
      "$ref": "#/definitions/placeholders",
      "description": "Placeholder dialect of the templates (default handlebars); front matter `placeholders` and matching `overrides` win."
    },
    "overrides": {
      "type": "array",
      "description": "Settings for the files some globs select (globs relative to this config's folder, like ignore); a later matching entry wins.",
      "items": {
        "type": "object",
        "required": [
          "files"
        ],
        "additionalProperties": false,
        "properties": {
          "files": {
            "description": "Glob or globs (relative to this config's folder) of the files this entry applies to.",
            "oneOf": [
              {
                "type": "string",
                "minLength": 1
              },
              {
                "type": "array",
                "items": {
                  "type": "string",
                  "minLength": 1
                },
                "minItems": 1
              }
            ]
          },
          "placeholders": {
            "$ref": "#/definitions/placeholders"
          },
          "locale": {
            "type": "string",
            "pattern": "^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$",
            "description": "Locale of these files' templates (BCP 47); wins over the locale their path names."
          }
        }
      }
    },
    "sources": {
      "type": "array",
      "description": "Locale files whose strings are SMS templates (JSON, YAML, gettext .po). Each item is a preset name (\"rails\", \"i18next\", \"gettext\") or {files, keys, placeholders, format, preset}; each selected string is a template whose id is its key path. See docs/template-format.md#locale-files-as-sources.",
      "items": {
        "oneOf": [
          {
            "$ref": "#/definitions/sourcePreset"
          },
          {
            "$ref": "#/definitions/templateSource"
          }
        ]
      }
    }
  },
  "definitions": {
    "severity": {
      "enum": [
        "off",
        "info",
        "warn",
        "warning",
        "error",
        0,
        1,
        2
      ],
      "description": "off (or 0): do not run; info: a hint; warn or warning (or 1): a warning; error (or 2): fails the check."
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
        "type": {
          "type": "string",
          "enum": [
            "url",
            "phone",
            "email",
            "digits",
            "id",
            "number",
            "money",
            "date",
            "time",
            "name",
            "text"
          ],
          "description": "What the variable holds. Each type has a default charset, lengths and sample (docs/configuration.md, \"Variable types\"); the other fields override them. Links, phones and emails behind a typed placeholder count as such in every rule."
        },
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
    },
    "priceTable": {
      "type": "object",
      "description": "Price of one segment per destination: ISO 3166-1 alpha-2 country code (\"US\", \"GB\") or \"default\" for any other destination.",
      "propertyNames": {
        "pattern": "^([A-Z]{2}|default)$"
      },
      "additionalProperties": {
        "type": "number",
        "minimum": 0
      }
    },
    "placeholders": {
      "type": "string",
      "enum": [
        "handlebars",
        "liquid",
        "icu",
        "rails",
        "printf",
        "notify",
        "go",
        "jinja"
      ],
      "description": "Placeholder dialect of the templates: how variables, conditionals and loops are written (default handlebars). Front matter `placeholders` wins."
    },
    "sourcePreset": {
      "type": "string",
      "enum": [
        "rails",
        "i18next",
        "gettext"
      ],
      "description": "rails: config/locales/**/*.yml, YAML, %{name}, first key is the locale; i18next: locales/**/*.json, JSON, {{name}}; gettext: **/*.po, msgstr strings, printf placeholders."
    },
    "templateSource": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "preset": {
          "$ref": "#/definitions/sourcePreset"
        },
        "files": {
          "$ref": "#/definitions/globs",
          "description": "Glob(s) of the locale files, relative to this config's folder (default: the preset's)."
        },
        "keys": {
          "$ref": "#/definitions/globs",
          "description": "Key-path glob(s) of the strings that are templates: keys joined by dots, * one key, ** any depth (default **: every string)."
        },
        "placeholders": {
          "$ref": "#/definitions/placeholders",
          "description": "Placeholder dialect of the strings (default: the preset's, else handlebars)."
        },
        "format": {
          "type": "string",
          "enum": [
            "json",
            "yaml",
            "po"
          ],
          "description": "File format (default: from the extension: .json, .yml/.yaml, .po/.pot)."
        }
      },
      "anyOf": [
        {
          "required": [
            "files"
          ]
        },
        {
          "required": [
            "preset"
          ]
        }
      ]
    },
    "globs": {
      "oneOf": [
        {
          "type": "string",
          "minLength": 1
        },
        {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          },
          "minItems": 1
        }
      ],
      "description": "A glob, or a non-empty list of globs."
    }
  }
};
