#!/usr/bin/env node
// The receiver is TypeScript run with tsx (no build step); this starts it.
import { register } from 'tsx/esm/api';

register();
const { cli } = await import('../src/cli.ts');
try {
  const code = await cli(process.argv.slice(2));
  if (code >= 0) process.exitCode = code;
} catch (error) {
  console.error(`ctkit-receiver: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
