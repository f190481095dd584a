/**
 * Variable paths in the expressions of tag languages (Liquid, Jinja, Go): quoted strings
 * and numbers dropped, keywords and functions of the language skipped, `a["b"]` read as
 * `a.b`. Used for block conditions and output filters; exact evaluation is not needed.
 */
export function expressionPaths(expression: string, keywords: ReadonlySet<string>): string[] {
  const bare = expression
    .replace(/\[\s*(["'])([^"'\]]*)\1\s*\]/g, '.$2')
    .replace(/(["'`])(?:\\.|(?!\1)[^\\])*\1/g, ' ')
    .replace(/\|.*$/s, ' ');
  const paths: string[] = [];
  for (const match of bare.matchAll(/[A-Za-z_$.][\w$.]*/g)) {
    const path = match[0].replace(/^\$?\./, '').replace(/\.+$/, '');
    if (path === '' || keywords.has(path) || /^\d/.test(path)) continue;
    // A function call's name (`x(…)`) and a keyword argument (`f(time=…)`) are not variables.
    if (/^\s*(?:\(|=(?!=))/.test(bare.slice(match.index + match[0].length))) continue;
    if (!paths.includes(path)) paths.push(path);
  }
  return paths;
}

/** The variable an output prints: the path before the first filter (`x.y | upcase` → x.y). */
export function outputPath(expression: string, keywords: ReadonlySet<string>): string {
  const head = expression.split('|')[0].trim();
  return expressionPaths(head, keywords)[0] ?? head;
}
