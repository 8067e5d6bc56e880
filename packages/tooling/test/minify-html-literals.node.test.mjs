import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyHtmlLiterals } from '../src/minify-html-literals.mjs';

test('a run of white space holding a line break becomes one line break, in html and svg templates', () => {
  const code =
    'const a = html`<div>\n    <p class="x">\n      ${text}\n    </p>\n  </div>`;\nconst b = svg`<g>\n    <path d="M0 0"/>\n  </g>`;';
  assert.equal(
    minifyHtmlLiterals(code),
    'const a = html`<div>\n<p class="x">\n${text}\n</p>\n</div>`;\nconst b = svg`<g>\n<path d="M0 0"/>\n</g>`;',
  );
});

test('spaces without a line break stay, so inline words and elements keep their spacing', () => {
  const code = 'html`${m.didYouMean} <strong>${s}</strong>? <button>x</button>`';
  assert.equal(minifyHtmlLiterals(code), undefined);
});

test('nested templates inside ${…} are minified; the expressions themselves are not touched', () => {
  const code =
    "html`<ul>\n  ${items.map((i) => html`<li>\n    ${i}\n  </li>`)}\n  ${cond ? 'a\\n   b' : `x\n   y`}\n</ul>`";
  assert.equal(
    minifyHtmlLiterals(code),
    "html`<ul>\n${items.map((i) => html`<li>\n${i}\n</li>`)}\n${cond ? 'a\\n   b' : `x\n   y`}\n</ul>`",
  );
});

test('other templates, strings and comments that mention html` are left alone', () => {
  const code =
    "const ics = `BEGIN:VCALENDAR\r\n  X`;\n// html`<p>\n  x</p>`\nconst s = 'html`<p>  </p>`';\nconst c = css`p {\n  margin: 0;\n}`;";
  assert.equal(minifyHtmlLiterals(code), undefined);
});
