#!/usr/bin/env node
/** Empties dist/ before a build, so no file of an older build (a renamed chunk) is published. */
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
