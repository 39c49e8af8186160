/**
 * scripts/bench-pages.mjs: the benchmark measures what a school embeds. The
 * pages follow demo/index.html, so a change to the demo cannot leave the
 * benchmark measuring something else (or nothing).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchIssuerPath, widgetTags, writeBenchPages } from '../../scripts/bench-pages.mjs';

const folder = mkdtempSync(join(tmpdir(), 'bench-pages-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const origin = 'http://127.0.0.1:9999';
const pages = writeBenchPages(origin, folder);
const html = (name: string) => readFileSync(join(folder, `${name}.html`), 'utf8');
const scripts = (page: string) => [...page.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);

describe('bench pages', () => {
  it('has both demo snippets and one page per widget', () => {
    expect(pages.map((page) => page.name)).toEqual(['demo-bundle', 'demo-autoloader', ...widgetTags]);
    for (const page of pages) expect(page.path).toBe(`/bench/pages/${page.name}.html`);
  });

  it('keeps the demo page, with absolute addresses and one script: the bundle or the autoloader', () => {
    const demo = readFileSync('demo/index.html', 'utf8');
    for (const [name, script] of [
      ['demo-bundle', '/dist/cdn/digi-widgets.js'],
      ['demo-autoloader', '/dist/cdn/autoloader.js'],
    ]) {
      const page = html(name);
      expect(scripts(page)).toEqual([script]);
      expect(page).toContain('href="/demo/demo.css"');
      expect(page).not.toMatch(/(src|href)="\.\.?\//);
      for (const tag of widgetTags) expect(page).toContain(`<${tag}`);
      expect(page.length).toBeGreaterThan(demo.length - 200);
    }
  });

  it('puts each widget alone with the autoloader, its demo data, and no CSS that reserves its space', () => {
    for (const tag of widgetTags) {
      const page = html(tag);
      expect(scripts(page)).toEqual(['/dist/cdn/autoloader.js']);
      expect(page).not.toMatch(/<style|rel="stylesheet"|:not\(:defined\)/);
      for (const other of widgetTags) expect(page.includes(`<${other}`), `${tag} page has <${other}>`).toBe(other === tag);
      expect(page).toMatch(/<p>[^<]+<\/p>\s*<\/main>/);
    }
    expect(html('digi-competentieroos')).toContain('"profile"');
    expect(html('digi-cost-calculator')).toContain('"scenarios"');
  });

  it("loads the autoloader as the README's first snippet does, render-blocking so the widgets' space is held before the first paint", () => {
    expect(readFileSync('README.md', 'utf8')).toContain('<script type="module" src="/widgets/autoloader.js" blocking="render"></script>');
    for (const name of ['demo-autoloader', ...widgetTags]) {
      expect(html(name)).toContain('<script type="module" src="/dist/cdn/autoloader.js" blocking="render"></script>');
    }
  });

  it('points the LeerID button at the issuer the benchmark answers', () => {
    for (const name of ['digi-leerid-login', 'demo-autoloader']) {
      expect(html(name)).toContain(`issuer="${origin}${benchIssuerPath}"`);
    }
  });
});
