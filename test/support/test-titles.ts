/**
 * The titles of the tests in a test file, read from its syntax tree (with the
 * TypeScript compiler, in Node): every it()/test() call with the titles of the
 * describe() blocks around it, each title split into literal text and `null`
 * where the runner fills something in (`${…}` in a template literal; `%s`,
 * `%i`, `$name`… in an `.each` title). A title held in a variable
 * (`test(name, …)`) is read from a `const name = '…'` or `` `…` `` in the
 * same file. Titles built any other way are left out, so they cannot be named.
 * Used by test/unit/conformance.test.ts (see src/conformance/types.ts, TestRef).
 */
import ts from 'typescript';
import type { TitlePattern } from '../../src/conformance/check.js';

const suiteNames = new Set(['describe', 'suite']);
const testNames = new Set(['it', 'test']);

/** `it`, `it.skip`, `it.each(…)`, `describe.each(…)`: the root name, and whether the title is printf-style. */
function calleeOf(call: ts.CallExpression): { root: string; each: boolean } | undefined {
  let expression: ts.Expression = call.expression;
  let each = false;
  // it.each(table)(title, fn) / it.skipIf(cond)(title, fn): the callee is itself a call.
  if (ts.isCallExpression(expression)) expression = expression.expression;
  while (ts.isPropertyAccessExpression(expression)) {
    if (expression.name.text === 'each' || expression.name.text === 'for') each = true;
    expression = expression.expression;
  }
  return ts.isIdentifier(expression) ? { root: expression.text, each } : undefined;
}

/** Splits `%s`-style and `$name` placeholders of an `.each` title out of a literal part. */
function printfParts(text: string): (string | null)[] {
  const parts: (string | null)[] = [];
  let literal = '';
  const pattern = /%%|%[sdifjoOp#]|\$[A-Za-z_][\w.]*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    literal += text.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[0] === '%%') {
      literal += '%';
      continue;
    }
    parts.push(literal, null);
    literal = '';
  }
  parts.push(literal + text.slice(last));
  return parts;
}

export function testTitles(source: string, fileName = 'test.ts'): TitlePattern[][] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

  const constants = new Map<string, ts.Expression>();
  const collect = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init) || ts.isTemplateExpression(init)) {
        constants.set(node.name.text, init);
      }
    }
    ts.forEachChild(node, collect);
  };
  collect(file);

  const titleOf = (argument: ts.Expression | undefined, each: boolean, seen = new Set<string>()): TitlePattern | undefined => {
    if (!argument) return undefined;
    const literal = (text: string) => (each ? printfParts(text) : [text]);
    if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) return literal(argument.text);
    if (ts.isTemplateExpression(argument)) {
      const parts: TitlePattern = [...literal(argument.head.text)];
      for (const span of argument.templateSpans) parts.push(null, ...literal(span.literal.text));
      return parts;
    }
    if (ts.isIdentifier(argument) && !seen.has(argument.text)) {
      const value = constants.get(argument.text);
      return value ? titleOf(value, each, new Set([...seen, argument.text])) : undefined;
    }
    return undefined;
  };

  const found: TitlePattern[][] = [];
  const visit = (node: ts.Node, suites: TitlePattern[]) => {
    if (ts.isCallExpression(node)) {
      const callee = calleeOf(node);
      if (callee && (suiteNames.has(callee.root) || testNames.has(callee.root))) {
        const title = titleOf(node.arguments[0], callee.each);
        if (title && testNames.has(callee.root)) found.push([...suites, title]);
        if (suiteNames.has(callee.root)) {
          // A suite title built some other way matches anything.
          const inner = [...suites, title ?? [null]];
          for (const argument of node.arguments.slice(1)) visit(argument, inner);
          return;
        }
      }
    }
    ts.forEachChild(node, (child) => visit(child, suites));
  };
  visit(file, []);
  return found;
}

/** The names of the stories a CSF stories file exports (`export const Name`). */
export function storyExports(source: string): string[] {
  return [...source.matchAll(/^export const ([A-Za-z_$][\w$]*)\b/gm)].map((match) => match[1]!);
}
