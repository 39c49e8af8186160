#!/usr/bin/env node
/**
 * `npm run release`: a dry run by default, so it is safe to try.
 *
 *   npm run release                  what the pending changesets would release (versions and notes),
 *                                    then build and `npm publish --dry-run` (the tarball's contents)
 *   npm run release -- --no-build    the same without building (dist/ is already fresh)
 *   npm run release -- --publish     for real, on a clean main after `npx changeset version` was
 *                                    committed: build, then `changeset publish` (npm publish + git tag)
 *
 * Day to day: every change that users notice gets a changeset (`npx changeset`), which says
 * patch/minor/major (semver) and what changed; `npx changeset version` turns them into the new
 * version and CHANGELOG.md entries.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const publish = args.has('--publish');
const build = !args.has('--no-build');

function run(command, commandArgs, options = {}) {
  console.log(`\n$ ${[command, ...commandArgs].join(' ')}`);
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', shell: process.platform === 'win32', ...options });
  if (result.status !== 0) {
    console.error(`release: "${command} ${commandArgs.join(' ')}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

function pendingReleases() {
  const dir = mkdtempSync(join(tmpdir(), 'digi-release-'));
  try {
    const output = join(dir, 'status.json');
    run('npx', ['--no-install', 'changeset', 'status', '--output', output]);
    return JSON.parse(readFileSync(output, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { changesets, releases } = pendingReleases();
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (releases.length === 0) {
  console.log(`\nNo pending changesets: ${pkg.name}@${pkg.version} is what would be published.`);
} else {
  for (const release of releases) console.log(`\n${release.name}: ${release.oldVersion} -> ${release.newVersion} (${release.type})`);
  for (const changeset of changesets) console.log(`  - ${changeset.summary.split('\n')[0]}`);
}

if (publish) {
  if (releases.length > 0) {
    console.error('\nrelease: changesets are still pending. Run `npx changeset version`, review and commit, then publish.');
    process.exit(1);
  }
  const dirty = spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).stdout.trim();
  if (dirty) {
    console.error('\nrelease: the working tree has uncommitted changes; publish from a clean checkout.');
    process.exit(1);
  }
  if (build) run('npm', ['run', 'build']);
  run('npx', ['--no-install', 'changeset', 'publish']);
} else {
  if (build) run('npm', ['run', 'build']);
  run('npm', ['publish', '--dry-run', '--ignore-scripts']);
  console.log('\nDry run only. To publish: `npx changeset version`, commit, then `npm run release -- --publish`.');
}
