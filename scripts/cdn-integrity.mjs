#!/usr/bin/env node
/**
 * After `rollup -c`: Subresource Integrity for the CDN files.
 *
 * Writes dist/cdn/integrity.json, the sha384 hash of every file in dist/cdn/
 * (the two entry files and each chunk), keyed by its path relative to
 * dist/cdn/, plus the package version. The README and Storybook's "Getting
 * started" page show the script tag built from it (`cdnSnippet`), for a site
 * that serves the files itself (privacy: no third-party CDN sees the pupils).
 *
 * The `integrity` attribute of a <script> covers that file only: the
 * autoloader's chunks are imported by the browser, not by the tag, so the
 * one-file bundle (digi-widgets.js) is the one to pin with SRI.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(fileURLToPath(import.meta.url), '..', '..');
const cdnDir = join(repo, 'dist', 'cdn');

export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The tag a school site pastes, for the package published on a CDN at `baseUrl`. */
export function cdnSnippet({ version, files }, baseUrl = `/widgets/${version}/`) {
  return `<script type="module" src="${baseUrl}digi-widgets.js" integrity="${files['digi-widgets.js']}" crossorigin="anonymous"></script>`;
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const files = Object.fromEntries(
    listFiles(cdnDir)
      .map((file) => [relative(cdnDir, file).replaceAll('\\', '/'), integrityOf(readFileSync(file))])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const integrity = { version, algorithm: 'sha384', files };
  writeFileSync(join(cdnDir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  console.log(`dist/cdn/integrity.json: ${Object.keys(files).length} files\n${cdnSnippet(integrity)}`);
}
