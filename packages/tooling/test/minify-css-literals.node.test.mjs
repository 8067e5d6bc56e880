import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCssLiterals, minifyCssTemplate } from '../src/minify-css-literals.mjs';

test('drops comments and indentation, keeps interpolations exactly', () => {
  const source = `
  /* a comment with a \\\`backtick\\\` */
  :host {
    margin: 0 0 \${t.space[6]};
    color: \${t.color['link-hover']} !important;
  }
`;
  assert.equal(minifyCssTemplate(source), ":host{margin:0 0 ${t.space[6]};color:${t.color['link-hover']}!important}");
});

test('keeps the spaces that carry meaning: descendant pseudo-classes, calc, strings', () => {
  assert.equal(minifyCssTemplate('.a :hover { width: calc(100% - 2em); }'), '.a :hover{width:calc(100% - 2em)}');
  assert.equal(minifyCssTemplate(".b::after { content: ':'; }"), ".b::after{content:':'}");
  assert.equal(
    minifyCssTemplate('@media (forced-colors: active) {\n  .c > .d { outline: 2px solid transparent; }\n}'),
    '@media (forced-colors: active){.c>.d{outline:2px solid transparent}}',
  );
});

test('rewrites only css templates, and says when nothing changed', () => {
  const code = 'const s = css`\n  p {\n    margin: 0;\n  }\n`;\nconst h = html`<p>\n  text\n</p>`;';
  assert.equal(minifyCssLiterals(code), 'const s = css`p{margin:0}`;\nconst h = html`<p>\n  text\n</p>`;');
  assert.equal(minifyCssLiterals('const x = 1;'), undefined);
  assert.equal(minifyCssLiterals('const s = css`p{margin:0}`;'), undefined);
});
