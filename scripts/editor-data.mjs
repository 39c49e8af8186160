#!/usr/bin/env node
/**
 * Editor support from custom-elements.json (after `cem analyze`): the widgets'
 * tags, attributes and their allowed values, events, CSS properties, parts and
 * slots, for completion and hover docs in HTML files.
 *
 *   dist/vscode.html-custom-data.json  VS Code: "html.customData": ["./node_modules/@digisprong/widgets/dist/vscode.html-custom-data.json"]
 *   dist/web-types.json                JetBrains IDEs: found through package.json "web-types"
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The custom-element declarations of a manifest, each with its module path. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, path: module.path })))
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The string literals of a union type such as `'buy' | 'lease' | null`; [] when it has other members. */
export function literalValues(typeText = '') {
  const members = typeText.split('|').map((part) => part.trim()).filter((part) => part && part !== 'null' && part !== 'undefined');
  const literals = members.map((part) => /^'([^']*)'$|^"([^"]*)"$/.exec(part)).filter(Boolean);
  return literals.length === members.length ? literals.map((match) => match[1] ?? match[2]) : [];
}

const describe = (element) => [element.summary, element.description].filter(Boolean).join('\n\n');

/** VS Code's HTML custom data (version 1.1). */
export function toVsCodeData(manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: describe(element),
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = literalValues(attribute.type?.text);
        return {
          name: attribute.name,
          description: [attribute.description, attribute.type ? `Type: \`${attribute.type.text}\`` : '', attribute.default ? `Default: \`${attribute.default}\`` : '']
            .filter(Boolean)
            .join('\n\n'),
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

/** JetBrains web-types for `pkg` (name and version). */
export function toWebTypes(manifest, pkg) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((element) => ({
          name: element.tagName,
          description: describe(element),
          attributes: (element.attributes ?? []).map((attribute) => {
            const values = literalValues(attribute.type?.text);
            return {
              name: attribute.name,
              description: attribute.description ?? '',
              ...(attribute.default ? { default: attribute.default } : {}),
              value: values.length ? { type: 'enum', kind: 'plain' } : { type: attribute.type?.text ?? 'string', kind: 'plain' },
              ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
          css: {
            properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description ?? '' })),
            parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
          },
          js: {
            properties: (element.members ?? [])
              .filter((member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public')
              .map((member) => ({ name: member.name, description: member.description ?? '', ...(member.type ? { type: member.type.text } : {}) })),
            events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
          },
        })),
      },
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
  const manifest = JSON.parse(readFileSync(join(repo, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  mkdirSync(join(repo, 'dist'), { recursive: true });
  writeFileSync(join(repo, 'dist', 'vscode.html-custom-data.json'), `${JSON.stringify(toVsCodeData(manifest), null, 2)}\n`);
  writeFileSync(join(repo, 'dist', 'web-types.json'), `${JSON.stringify(toWebTypes(manifest, pkg), null, 2)}\n`);
  console.log(`dist/vscode.html-custom-data.json, dist/web-types.json: ${elementsOf(manifest).length} elements`);
}
