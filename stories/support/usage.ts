/**
 * The usage text on every widget's docs page: when to use it, the tag as a
 * site writes it, and what the element says about itself in
 * custom-elements.json (the attribute, event, CSS property, part and slot
 * tables below it come from the same manifest, through Storybook).
 */
const manifests = import.meta.glob<{ default: { modules: { declarations?: { tagName?: string; description?: string }[] }[] } }>(
  '../../custom-elements.json',
  { eager: true },
);
const manifest = Object.values(manifests)[0]?.default;

export function usage(name: string, whenToUse: string, attributes = ''): string {
  const tag = `digi-${name}`;
  const description = manifest?.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag)?.description;
  return [
    `**When to use it.** ${whenToUse}`,
    '**On a page:**',
    '```html',
    '<script type="module" src="/widgets/autoloader.js"></script>',
    '',
    `<${tag}${attributes ? ` ${attributes}` : ''}></${tag}>`,
    '```',
    `In an app: \`import '@digisprong/widgets/${name}';\` registers the tag. See Docs/Getting started for the one-file bundle with Subresource Integrity.`,
    description ?? '',
    'The tables below (attributes and properties, events, CSS custom properties, parts, slots) come from `custom-elements.json`.',
  ]
    .filter(Boolean)
    .join('\n\n');
}
