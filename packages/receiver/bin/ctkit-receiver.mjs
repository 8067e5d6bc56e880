#!/usr/bin/env node
// The receiver is TypeScript run with tsx (no build step); this starts it.
import { register as registerHooks } from 'node:module';
import { register } from 'tsx/esm/api';

register();
// After tsx, so it runs first: @ctkit/core is read from its sources (see source-conditions.mjs).
registerHooks('./source-conditions.mjs', import.meta.url);
const { cli } = await import('../src/cli.ts');
try {
  const code = await cli(process.argv.slice(2));
  if (code >= 0) process.exitCode = code;
} catch (error) {
  console.error(`ctkit-receiver: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
