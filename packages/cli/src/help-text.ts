/** `smslint --help`. Keep in step with docs/cli.md. */
export const HELP_TEXT = `smslint: lint SMS reply templates (*.sms.md catalogs and *.sms files)

Usage:
  smslint [options] [paths, folders or globs…]   lint (default: **/*.sms.md and **/*.sms under .)
  smslint [options] - [--stdin-filename name]    lint stdin
  smslint count [--json] [--shift tr,es,pt] [--graphemes keep|split] [TEXT | -]
  smslint inspect --json <files…>
  smslint preview <file>[#template-id] [--data sample.json]
  smslint new <scenario> [--out dir] | --list
  smslint diff [--base <git-ref>] [--format stylish|json|markdown] [--fail-on-increase]
               [--github-summary] [--github-comment] [--config <file>] [paths…]
  smslint matrix [--format stylish|json|markdown] [--source-locale en] [--strict] [paths…]

Lint options:
  -f, --format <name>       stylish (default), json, sarif, junit, github
  -o, --output-file <path>  write the report to a file (atomically) instead of stdout
  --fix                     apply safe fixes and write the files
  --fix-dry-run             print the fixes as a unified diff, write nothing
  --max-warnings <n>        exit 1 when there are more than n warnings
  -q, --quiet               report errors only (says how many warnings it hid)
  --rule <id:severity>      override a rule (off, info, warn, warning, error, 0, 1, 2);
                            repeatable
  -c, --config <path>       use this config file (no discovery)
  --print-config <file>     print the settings in effect for a file, and where each comes from
  --init                    write a starter smslint.config.json
  --no-inline-config        ignore smslint-disable comments
  --no-ignore               lint files that .gitignore, .smslintignore or config ignore skip
  --no-error-on-unmatched-pattern
                            a pattern that matches no file is a note, not exit 2
  --cache                   only re-lint changed files
  --cache-location <path>   cache file, or folder when it ends with / (default .smslintcache)
  --stdin-filename <name>   file name for stdin (config lookup, format)
  --color, --no-color       force or disable colours
  -v, --version             print the version
  -h, --help                print this help

Exit codes: 0 no errors (warnings within --max-warnings), 1 lint errors or too many
warnings, 2 usage, config or I/O error, or a pattern that matches no file.
`;
