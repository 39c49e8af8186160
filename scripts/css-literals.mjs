/**
 * Minifies the CSS in Lit's css`` templates at build time: comments go, runs
 * of white space become one space, and the spaces around `{`, `}` and `;` go.
 * The comments stay in the sources (they say why a rule is there) and cost
 * the published files nothing. Only the static parts of a template change;
 * `${…}` expressions are left exactly as written. Selectors keep their
 * spaces (`.a :focus` is not `.a:focus`).
 */
import MagicString from 'magic-string';

/** The CSS of one static part of a template, minified. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};]) ?/g, '$1');
}

/** Where the template that starts at `open` (its backtick) ends, and its static parts as [start, end) pairs. */
function scanTemplate(code, open) {
  const parts = [];
  let start = open + 1;
  for (let i = open + 1; i < code.length; i++) {
    const char = code[i];
    if (char === '\\') {
      i++;
    } else if (char === '`') {
      parts.push([start, i]);
      return { end: i, parts };
    } else if (char === '$' && code[i + 1] === '{') {
      parts.push([start, i]);
      i = skipExpression(code, i + 2);
      start = i + 1;
    }
  }
  throw new Error(`css\`\` template at ${open} is not closed`);
}

/** The index of the `}` that closes the expression starting at `from`. */
function skipExpression(code, from) {
  let depth = 0;
  for (let i = from; i < code.length; i++) {
    const char = code[i];
    if (char === '{') depth++;
    else if (char === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (char === '`') i = scanTemplate(code, i).end;
    else if (char === "'" || char === '"') {
      for (i++; i < code.length && code[i] !== char; i++) if (code[i] === '\\') i++;
    }
  }
  throw new Error(`expression at ${from} is not closed`);
}

/** `code` with every css`` template minified, and its source map; null when there is none. */
export function minifyCssLiterals(code, id) {
  if (!code.includes('css`')) return null;
  const output = new MagicString(code);
  // The tag itself, not "css`" inside a string or another template.
  const tag = /(?<![\w$.`'"])css`/g;
  let changed = false;
  let match;
  while ((match = tag.exec(code))) {
    const open = match.index + 3;
    const { end, parts } = scanTemplate(code, open);
    parts.forEach(([from, to], index) => {
      const text = code.slice(from, to);
      let minified = minifyCss(text);
      // White space at the template's very start and end carries nothing; next to an expression it may.
      if (index === 0) minified = minified.trimStart();
      if (index === parts.length - 1) minified = minified.trimEnd();
      if (minified === text) return;
      changed = true;
      if (minified) output.overwrite(from, to, minified);
      else output.remove(from, to);
    });
    tag.lastIndex = end + 1;
  }
  if (!changed) return null;
  return { code: output.toString(), map: output.generateMap({ hires: true, source: id, includeContent: true }) };
}

/** The rollup plugin: the library's own TypeScript sources only. */
export function cssLiterals() {
  return {
    name: 'digi-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      return minifyCssLiterals(code, id);
    },
  };
}
