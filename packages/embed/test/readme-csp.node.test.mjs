// The Content Security Policy the README gives partners is the one the embedding tests serve
// (tests/embedding/middleware.mjs), so the documented policy is the tested one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP } from '../../../tests/embedding/middleware.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

test('the README’s Content Security Policy is the one the tests load every snippet under', () => {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const block = /```\nContent-Security-Policy: ([\s\S]*?)\n```/.exec(readme);
  assert.ok(block, 'README.md has a ```Content-Security-Policy: …``` block');
  assert.equal(block[1].replace(/\s+/g, ' ').trim(), STRICT_CSP);
});
