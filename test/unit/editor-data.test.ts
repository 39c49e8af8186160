import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { literalValues, toVsCodeData, toWebTypes, type Manifest } from '../../scripts/editor-data.mjs';

const manifest: Manifest = {
  modules: [
    {
      path: 'src/components/example/example.ts',
      declarations: [
        { kind: 'function', name: 'helper' },
        {
          kind: 'class',
          customElement: true,
          tagName: 'digi-example',
          name: 'DigiExample',
          summary: 'An example.',
          attributes: [
            { name: 'variant', type: { text: "'primary' | 'secondary' | undefined" }, default: "'primary'", description: 'Look.' },
            { name: 'count', type: { text: 'number' }, description: 'How many.' },
          ],
          events: [{ name: 'digi-example-change', description: 'Changed.' }],
          cssProperties: [{ name: '--digi-example-color', description: 'Colour.' }],
          cssParts: [{ name: 'base', description: 'The wrapper.' }],
          slots: [{ name: '', description: 'Content.' }],
          members: [
            { kind: 'field', name: 'count', type: { text: 'number' }, description: 'How many.' },
            { kind: 'field', name: 'secret', privacy: 'private' },
            { kind: 'method', name: 'reset' },
          ],
        },
      ],
    },
  ],
};

describe('editor data from custom-elements.json', () => {
  it('reads the allowed values of string-literal unions only', () => {
    expect(literalValues("'buy' | 'lease' | null")).toEqual(['buy', 'lease']);
    expect(literalValues('string | number')).toEqual([]);
    expect(literalValues("'a' | string")).toEqual([]);
    expect(literalValues(undefined)).toEqual([]);
  });

  it('gives VS Code each tag with its attributes, types, defaults and values', () => {
    const data = toVsCodeData(manifest);
    expect(data.version).toBe(1.1);
    expect(data.tags).toHaveLength(1);
    const [tag] = data.tags;
    expect(tag!.name).toBe('digi-example');
    expect(tag!.attributes[0]).toEqual({
      name: 'variant',
      description: "Look.\n\nType: `'primary' | 'secondary' | undefined`\n\nDefault: `'primary'`",
      values: [{ name: 'primary' }, { name: 'secondary' }],
    });
    expect(tag!.attributes[1]!.values).toBeUndefined();
  });

  it('gives JetBrains web-types with events, CSS properties, parts, slots and public properties', () => {
    const types = toWebTypes(manifest, { name: '@digisprong/widgets', version: '9.9.9' });
    expect(types).toMatchObject({ name: '@digisprong/widgets', version: '9.9.9' });
    const [element] = types.contributions.html.elements as Record<string, unknown>[];
    expect(element).toMatchObject({
      name: 'digi-example',
      events: [{ name: 'digi-example-change' }],
      css: { properties: [{ name: '--digi-example-color' }], parts: [{ name: 'base' }] },
      slots: [{ name: '' }],
      js: { properties: [{ name: 'count', type: 'number' }] },
    });
  });

  it('package.json points JetBrains IDEs at the generated file', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Record<string, string>;
    expect(pkg['web-types']).toBe('./dist/web-types.json');
  });
});
