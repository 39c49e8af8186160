/**
 * Custom Elements Manifest (`npm run analyze`): writes custom-elements.json
 * at the repository root (Storybook's docs tables read it; package.json
 * `customElements` points at it) and the same file into dist/.
 *
 * The widgets register through `defineElement('<name>', Class)` rather than
 * `customElements.define()`, which the analyzer does not know; the plugin
 * below reads those calls, gives each class its tag name (`digi-<name>`, the
 * default prefix) and adds the `custom-element-definition` export to the
 * define module, as the analyzer would for `customElements.define()`. A second
 * plugin drops the bogus event the analyzer reads from `emit()`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';

const defaultPrefix = 'digi';

/**
 * `new CustomEvent(type, …)` with a variable `type` (DigiElement's `emit()`
 * helper) is not an event: the analyzer would list one named "type" on every
 * widget. Events with a literal name, and the JSDoc `@fires` tags, stay.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function noVariableEventNames() {
  /** `module path -> names` of the variables used as an event name. */
  const variables = new Map();
  return {
    name: 'digi:no-variable-event-names',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (!/^(?:Custom)?Event$/.test(node.expression.text)) return;
      const [name] = node.arguments ?? [];
      if (name && ts.isIdentifier(name)) {
        if (!variables.has(moduleDoc.path)) variables.set(moduleDoc.path, new Set());
        variables.get(moduleDoc.path).add(name.text);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events.filter((event) => {
            const origin = event.inheritedFrom?.module ?? module.path;
            return !(variables.get(origin)?.has(event.name) && !event.description);
          });
          if (declaration.events.length === 0) delete declaration.events;
        }
      }
    },
  };
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function defineElementCalls() {
  /** `{ module, name, className }` per `defineElement()` call found. */
  const definitions = [];
  return {
    name: 'digi:define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      if (!ts.isIdentifier(callee) || callee.text !== 'defineElement') return;
      const [name, constructor] = node.arguments;
      if (name && constructor && ts.isStringLiteralLike(name) && ts.isIdentifier(constructor)) {
        definitions.push({ module: moduleDoc.path, name: name.text, className: constructor.text });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const { module: definingPath, name, className } of definitions) {
        const tagName = `${defaultPrefix}-${name}`;
        const declaringModule = modules.find((module) =>
          module.declarations?.some((declaration) => declaration.kind === 'class' && declaration.name === className),
        );
        if (!declaringModule) {
          throw new Error(`defineElement('${name}', ${className}) in ${definingPath}: class ${className} is not in the manifest's globs.`);
        }
        const declaration = declaringModule.declarations.find((item) => item.kind === 'class' && item.name === className);
        declaration.tagName = tagName;
        declaration.customElement = true;
        const definingModule = modules.find((module) => module.path === definingPath);
        definingModule.exports ??= [];
        if (!definingModule.exports.some((item) => item.kind === 'custom-element-definition' && item.name === tagName)) {
          definingModule.exports.push({
            kind: 'custom-element-definition',
            name: tagName,
            declaration: { name: className, module: declaringModule.path },
          });
        }
      }
      // The same manifest inside the published package's dist/.
      mkdirSync('dist', { recursive: true });
      writeFileSync('dist/custom-elements.json', `${JSON.stringify(customElementsManifest, null, 2)}\n`);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/core/digi-element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.d.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  // package.json `customElements` is maintained by hand; the analyzer must not rewrite package.json.
  packagejson: false,
  // defineElementCalls() last: it also writes the finished manifest into dist/.
  plugins: [noVariableEventNames(), defineElementCalls()],
};
