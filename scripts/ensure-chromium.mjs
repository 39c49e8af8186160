#!/usr/bin/env node
// Makes sure a Chromium exists for the browser tests. Tests never download a
// browser of their own: they use Debian's package (or CHROME_PATH).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isDebian && isRoot && !process.env.CHROME_PATH) {
  console.log('Chromium not found: installing Debian\'s chromium package (apt-get install -y chromium) ...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (existsSync(path)) process.exit(0);
}

console.error(`No Chromium at ${path}. The browser tests need one:
  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)
  - elsewhere: install Chromium or Chrome and set CHROME_PATH=/path/to/chrome`);
process.exit(1);
