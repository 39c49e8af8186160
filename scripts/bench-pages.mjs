/**
 * The pages the Lighthouse and interaction benchmarks load, written to
 * bench/pages/ (not committed) from the demo page, so they stay what a school
 * site embeds:
 *
 *   demo-autoloader   the demo school page with the snippet the README puts
 *                     first (autoloader.js)
 *   demo-bundle       the same page with the one-file bundle (digi-widgets.js)
 *   <widget>          one widget with its demo attributes and data, between a
 *                     heading and a paragraph, and nothing but the autoloader's
 *                     script tag: no `:not(:defined)` CSS that reserves its
 *                     space, no page style sheet, so a shift is the library's.
 *
 * The LeerID button points at `<origin>/bench/leerid`, an issuer that the
 * benchmark answers itself (so a click reaches the redirect).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './serve.mjs';

export const widgetTags = ['digi-cost-calculator', 'digi-competentieroos', 'digi-refurbisher-finder', 'digi-cyber-checklist', 'digi-leerid-login'];
export const benchIssuerPath = '/bench/leerid';

const pagesFolder = join(repoRoot, 'bench/pages');

/** `<tag …>…</tag>` as the demo page has it. */
function widgetMarkup(demo, tag) {
  const match = demo.match(new RegExp(`<${tag}[\\s>][\\s\\S]*?</${tag}>`));
  if (!match) throw new Error(`demo/index.html has no <${tag}>`);
  return match[0];
}

/** The demo page's section around a widget: its h2 and introduction. */
function sectionIntro(demo, tag) {
  const section = demo.match(new RegExp(`<section[^>]*>((?:(?!</section>)[\\s\\S])*?)<${tag}[\\s>]`));
  return section ? section[1].trim() : '';
}

/**
 * Writes the pages; returns `{ name, path, tags }` for each, `path` from the
 * repository root as the server serves it.
 */
export function writeBenchPages(origin, folder = pagesFolder) {
  mkdirSync(folder, { recursive: true });
  const demo = readFileSync(join(repoRoot, 'demo/index.html'), 'utf8')
    // From bench/pages/ the demo's relative addresses would miss.
    .replace(/(href|src)="(?!https?:|#|\/)(\.\/)?([^"]*)"/g, (all, attribute, _dot, target) =>
      target.startsWith('../') ? `${attribute}="/${target.slice(3)}"` : `${attribute}="/demo/${target}"`,
    )
    .replace('issuer="https://leerid.example.test"', `issuer="${origin}${benchIssuerPath}"`);
  if (!demo.includes('src="/dist/cdn/digi-widgets.js"')) throw new Error('demo/index.html no longer loads dist/cdn/digi-widgets.js');
  const pages = [
    { name: 'demo-bundle', html: demo, tags: widgetTags },
    // The snippet "Embed it" puts first.
    { name: 'demo-autoloader', html: demo.replace('src="/dist/cdn/digi-widgets.js"', 'src="/dist/cdn/autoloader.js" blocking="render"'), tags: widgetTags },
    ...widgetTags.map((tag) => ({
      name: tag,
      tags: [tag],
      html: `<!doctype html>
<html lang="nl-BE">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${tag}: one widget (benchmark page)</title>
  <link rel="icon" href="/demo/favicon.svg" type="image/svg+xml">
  <script type="module" src="/dist/cdn/autoloader.js" blocking="render"></script>
</head>
<body>
  <main>
    <h1>Digitaal leren op school</h1>
    ${sectionIntro(demo, tag)}
    ${widgetMarkup(demo, tag)}
    <p>Wat na de widget op de pagina van de school staat: het mag niet verschuiven terwijl de widget verschijnt.</p>
  </main>
</body>
</html>
`,
    })),
  ];
  return pages.map(({ name, html, tags }) => {
    writeFileSync(join(folder, `${name}.html`), html);
    return { name, path: `/bench/pages/${name}.html`, tags };
  });
}
