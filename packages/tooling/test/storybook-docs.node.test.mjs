// The Storybook docs page of every widget, as a designer opens it — in the built Storybook
// (storybook-static, which `npm test` builds before the node tests) and Chromium:
// - the API table lists exactly the manifest's public attributes, slots, events, parts, custom
//   properties and properties (the JSDoc), and nothing private;
// - every attribute has a control, and changing it changes the rendered widget (and "Show code");
//   no other row offers a control that could change nothing;
// - "Show code", pasted into a blank page with the embed bundle (packages/embed/dist, `npm run build`)
//   under the strict CSP partners use, renders a widget with its content, without errors.
// One Storybook build serves every page; a build older than its sources fails with the command to run.
/* global document, HTMLElement -- in functions that puppeteer runs in the page */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../src/browsers.mjs';
import { repoRoot } from '../src/ensure.mjs';
import { STRICT_CSP } from '../../../tests/embedding/middleware.mjs';

const STATIC = join(repoRoot, 'storybook-static');
const BUNDLE = join(repoRoot, 'packages/embed/dist');
const FIXTURES = join(repoRoot, 'stories/fixtures');
const SCRIPT_TAG = '<script type="module" src="https://your-site.example/ctkit/ctkit.js"></script>';
const manifest = JSON.parse(readFileSync(join(repoRoot, 'custom-elements.json'), 'utf8'));

/** The widgets: every element of the manifest but core's (the announcer, a helper with no API of its own). */
const WIDGETS = manifest.modules
  .filter((m) => !m.path.startsWith('packages/core/'))
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .map((d) => d.tagName)
  .sort();

const declarationOf = (tag) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);

/** What the table must list for `tag`, by category, from the manifest. */
function expectedRows(tag) {
  const d = declarationOf(tag);
  const names = (list) => (list ?? []).map((x) => x.name).sort();
  return {
    attributes: names(d.attributes),
    slots: (d.slots ?? []).map((s) => s.name || '(default)').sort(),
    events: names(d.events),
    'css shadow parts': names(d.cssParts),
    'css custom properties': names(d.cssProperties),
    properties: (d.members ?? [])
      .filter((m) => m.kind === 'field' && !m.attribute)
      .map((m) => m.name)
      .sort(),
  };
}

function newest(dir, filter = () => true) {
  let t = 0;
  for (const f of readdirSync(dir, { recursive: true })) {
    const path = join(dir, f);
    if (!f.includes('node_modules') && filter(f) && statSync(path).isFile()) t = Math.max(t, statSync(path).mtimeMs);
  }
  return t;
}

/**
 * Names the sources keep out of the public API, read from the TypeScript itself rather than the
 * manifest: `private`/`protected` members and members tagged `@internal`, in the widget's package and
 * the core base classes. (`#private` fields are caught by their `#`.)
 */
function nonPublicNames(pkg) {
  const names = new Set();
  for (const dir of [join(repoRoot, 'packages/core/src/base'), join(repoRoot, 'packages', pkg, 'src')]) {
    for (const f of readdirSync(dir, { recursive: true }).filter((x) => x.endsWith('.ts'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const m of text.matchAll(
        /^\s+(?:@\w+\([^)]*\)\s+)*(?:private|protected)\s+(?:(?:readonly|static|override|async|get|set|abstract)\s+)*([A-Za-z_]\w*)/gm,
      ))
        names.add(m[1]);
      for (const m of text.matchAll(
        /@internal\b[^/]*\*\/\s*(?:(?:static|readonly|override|async|get|set|declare)\s+)*([A-Za-z_]\w*)/g,
      ))
        names.add(m[1]);
    }
  }
  return names;
}

function serve(routes) {
  const types = {
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.html': 'text/html',
    '.css': 'text/css',
    '.json': 'application/json',
    '.geojson': 'application/geo+json',
    '.svg': 'image/svg+xml',
    '.woff2': 'font/woff2',
    '.ics': 'text/calendar',
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    for (const [prefix, handler] of routes) {
      if (!path.startsWith(prefix)) continue;
      if (typeof handler === 'function') return handler(req, res);
      const file = join(handler, path === prefix ? 'index.html' : path.slice(prefix.length));
      if (!file.startsWith(handler) || !existsSync(file) || !statSync(file).isFile()) break;
      return res
        .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** In the pasted page: the widget's own content once it has rendered it, else null. */
const RENDERED = {
  'ct-event-card': (el) => el.shadowRoot?.querySelector('[part~="heading"]')?.textContent.trim() || null,
  'ct-event-list': (el) =>
    el.shadowRoot?.querySelectorAll('ct-event-card').length
      ? `${el.shadowRoot.querySelectorAll('ct-event-card').length} cards`
      : null,
  'ct-community-map': (el) =>
    el.shadowRoot?.querySelectorAll('[part~="list"] li').length
      ? `${el.shadowRoot.querySelectorAll('[part~="list"] li').length} members`
      : null,
  'ct-sign-up-form': (el) => (el.shadowRoot?.querySelector('input[type="email"]') ? 'an email box' : null),
  'ct-access-needs': (el) =>
    el.shadowRoot?.querySelectorAll('input[type="checkbox"]').length
      ? `${el.shadowRoot.querySelectorAll('input[type="checkbox"]').length} checkboxes`
      : null,
};

let browser;
let storybook;
let blank;
let pasted = '';

before(async () => {
  assert.ok(
    existsSync(join(STATIC, 'index.json')),
    'storybook-static is missing: run `npm run build-storybook` (npm test builds it)',
  );
  assert.ok(
    existsSync(join(BUNDLE, 'ctkit.js')),
    'packages/embed/dist/ctkit.js is missing: run `npm run build` (npm test builds it)',
  );
  const built = statSync(join(STATIC, 'index.json')).mtimeMs;
  const sources = Math.max(
    newest(join(repoRoot, 'stories')),
    newest(join(repoRoot, '.storybook')),
    newest(join(repoRoot, 'packages'), (f) => /\/src\/.*\.ts$/.test(f) || /^embed\/snippets\//.test(f)),
    statSync(join(repoRoot, 'custom-elements.json')).mtimeMs,
  );
  assert.ok(
    built >= sources,
    'storybook-static is older than the stories or widget sources: run `npm run build-storybook`',
  );
  storybook = await serve([['/', STATIC]]);
  blank = await serve([
    [
      '/page.html',
      (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': STRICT_CSP }).end(pasted),
    ],
    ['/ctkit/', BUNDLE],
    ['/fixtures/', FIXTURES],
    ['/favicon.ico', (_req, res) => res.writeHead(204).end()],
  ]);
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  storybook?.close();
  blank?.close();
});

test('every widget the embed bundle registers has a docs page with a Playground', () => {
  const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8'));
  const docsPages = Object.values(index.entries).filter((e) => e.type === 'docs' && e.title.startsWith('Widgets/'));
  assert.equal(docsPages.length, WIDGETS.length, `one Widgets/ docs page per widget (${WIDGETS.join(', ')})`);
  for (const page of docsPages)
    assert.ok(index.entries[page.id.replace(/--docs$/, '--playground')], `${page.title} has a Playground story`);
});

/** Reads the docs page's API table: rows by category, and what each row's Control cell holds. */
function readTable(page) {
  return page.$eval('.docblock-argstable tbody', (body) => {
    const rows = [];
    let category = '';
    for (const tr of body.querySelectorAll(':scope > tr')) {
      const cells = [...tr.children];
      if (cells.length < 4 || cells[0].hasAttribute('colspan')) {
        category = tr.querySelector('td span')?.textContent.trim().toLowerCase() ?? '';
        continue;
      }
      const control = cells[3];
      rows.push({
        category,
        name: cells[0].textContent.trim(),
        control: control.querySelector('input, select, textarea')
          ? 'input'
          : control.querySelector('button')
            ? `button: ${control.textContent.trim()}`
            : '',
      });
    }
    return rows;
  });
}

/**
 * Changes the control of attribute `name` in the page itself (the table re-renders under any handle kept
 * across calls): clicks "Set string"/"Set number"/"Set boolean" until the input is there, then picks another
 * option, flips the switch, or enters a new value at once, as a paste would (typing re-renders the story at
 * every key). Returns the attribute value the widget should then have (null: no attribute).
 */
async function changeControl(page, name) {
  const cellOf = `[...document.querySelectorAll('.docblock-argstable tbody > tr')].find((tr) => tr.children.length === 4 && tr.children[0].textContent.trim() === ${JSON.stringify(name)})?.children[3]`;
  await page.waitForFunction(
    `(() => {
    const cell = ${cellOf};
    if (cell?.querySelector('input, select, textarea')) return true;
    cell?.querySelector('button')?.click();
    return false;
  })()`,
    { timeout: 30_000 },
  );
  return page.evaluate(`(() => {
    const input = ${cellOf}.querySelector('input, select, textarea');
    const set = (proto, value, type) => {
      input.focus();
      Object.getOwnPropertyDescriptor(proto, 'value').set.call(input, value);
      input.dispatchEvent(new Event(type, { bubbles: true }));
      input.blur();
    };
    if (input.localName === 'select') {
      const next = [...input.options].find((o) => o.hasAttribute('value') && o.value !== input.value).value;
      set(HTMLSelectElement.prototype, next, 'change');
      return next;
    }
    if (input.type === 'checkbox') {
      const was = input.checked;
      input.click();
      return was ? null : '';
    }
    const value = input.type === 'number' ? (${JSON.stringify(name)} === 'heading-level' ? '3' : '7') : 'changed-' + ${JSON.stringify(name)};
    set(input.localName === 'textarea' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype, value, 'input');
    return value;
  })()`);
}

/** Opens the Playground's "Show code" (the page's first story), unless it is open. */
async function openCode(page) {
  if (!(await page.$('.docblock-code-toggle--expanded'))) await page.click('.docblock-code-toggle');
}

for (const tag of WIDGETS) {
  describe(`Storybook docs page of <${tag}>`, () => {
    const decl = declarationOf(tag);
    const pkg = manifest.modules.find((m) => m.declarations?.includes(decl)).path.split('/')[1];
    let page;
    let docsId;

    before(async () => {
      const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8'));
      const playground = Object.values(index.entries).find(
        (e) =>
          e.id.endsWith('--playground') &&
          readFileSync(join(repoRoot, e.importPath), 'utf8').includes(`component: '${tag}'`),
      );
      assert.ok(playground, `a stories file with component: '${tag}' and a Playground`);
      docsId = playground.id.replace(/--playground$/, '--docs');
      page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 1600 });
      await page.goto(`http://127.0.0.1:${storybook.address().port}/iframe.html?viewMode=docs&id=${docsId}`);
      await page.waitForSelector('.docblock-argstable tbody tr');
      await page.waitForFunction(
        (t) => document.querySelector(`.docs-story ${t}`)?.shadowRoot?.firstElementChild,
        {},
        tag,
      );
    });
    after(() => page?.close());

    test('the API table lists the public attributes, slots, events, parts, custom properties and properties — and nothing private', async () => {
      const rows = await readTable(page);
      const byCategory = {};
      for (const r of rows) (byCategory[r.category] ??= []).push(r.name);
      const expected = expectedRows(tag);
      for (const [category, names] of Object.entries(expected))
        assert.deepEqual((byCategory[category] ?? []).sort(), names, `${category} rows`);
      assert.deepEqual(
        Object.keys(byCategory).filter((c) => !(c in expected)),
        [],
        'no other categories',
      );
      const hidden = nonPublicNames(pkg);
      const members = rows.filter((r) => r.category === 'attributes' || r.category === 'properties');
      const leaked = members.filter((r) => r.name.startsWith('#') || hidden.has(r.name)).map((r) => r.name);
      assert.deepEqual(leaked, [], 'private, protected or @internal members in the table');
    });

    test('every attribute has a control; no other row offers one', async () => {
      const rows = await readTable(page);
      const attrs = rows.filter((r) => r.category === 'attributes');
      assert.deepEqual(
        attrs.filter((r) => !r.control).map((r) => r.name),
        [],
        'attributes without a control',
      );
      assert.deepEqual(
        rows
          .filter((r) => r.category !== 'attributes' && r.control)
          .map((r) => `${r.category}: ${r.name} (${r.control})`),
        [],
        'controls on rows that are not attributes',
      );
    });

    test('"Show code", pasted into a blank page with the embed bundle under a strict CSP, renders the widget with its content', async () => {
      await openCode(page);
      // The source is filled in after the story renders: wait for the widget's tag in it.
      const code = await page
        .waitForFunction(
          (t) =>
            document.querySelector('.sbdocs-preview')?.querySelector('pre')?.textContent.includes(`<${t}`) &&
            document.querySelector('.sbdocs-preview')?.querySelector('pre').textContent,
          { timeout: 30_000 },
          tag,
        )
        .then((h) => h.jsonValue());
      assert.ok(code.startsWith(`${SCRIPT_TAG}\n`), 'the snippet starts with the script tag partners add');
      pasted = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${code.replace('https://your-site.example/ctkit/ctkit.js', '/ctkit/ctkit.js')}\n</body></html>`;
      const blankPage = await browser.newPage();
      try {
        const errors = [];
        blankPage.on('pageerror', (e) => errors.push(e.message));
        // A failed request is reported with its address (the browser's own console line has none).
        blankPage.on('console', (m) => {
          if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
        });
        blankPage.on('response', (r) => {
          if (r.status() >= 400) errors.push(`${r.status()} ${new URL(r.url()).pathname}`);
        });
        await blankPage.evaluateOnNewDocument(() => {
          document.addEventListener('securitypolicyviolation', (e) => {
            console.error(`CSP: ${e.violatedDirective} (${e.sample})`);
          });
        });
        await blankPage.goto(`http://127.0.0.1:${blank.address().port}/page.html`);
        const handlers = await blankPage.$$eval('*', (els) =>
          els.flatMap((el) =>
            el
              .getAttributeNames()
              .filter((n) => n.startsWith('on'))
              .map((n) => `<${el.localName} ${n}>`),
          ),
        );
        assert.deepEqual(handlers, [], 'inline event handler attributes in the snippet');
        const content = await blankPage
          .waitForFunction(`(${RENDERED[tag].toString()})(document.querySelector(${JSON.stringify(tag)}))`, {
            timeout: 30_000,
          })
          .then(
            (h) => h.jsonValue(),
            () => null,
          );
        assert.ok(content, `<${tag}> from "Show code" renders its content (an empty widget otherwise)`);
        if (tag === 'ct-event-card') {
          const name = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(code)[1]).name;
          assert.equal(content, name, 'the card shows the event from its JSON-LD');
        }
        assert.deepEqual(errors, [], 'errors on the pasted page');
      } finally {
        await blankPage.close();
      }
    });

    test('changing each attribute control changes the rendered widget and "Show code"', async () => {
      await openCode(page);
      for (const a of decl.attributes ?? []) {
        const initial = await page.$eval(`.docs-story ${tag}`, (e, n) => e.getAttribute(n), a.name);
        const expected = await changeControl(page, a.name);
        await page
          .waitForFunction(
            (t, n, v) => document.querySelector(`.docs-story ${t}`)?.getAttribute(n) === v,
            { timeout: 30_000 },
            tag,
            a.name,
            expected,
          )
          .catch(() =>
            assert.fail(
              `the ${a.name} control did not set ${a.name}=${JSON.stringify(expected)} on the rendered <${tag}>`,
            ),
          );
        assert.ok(
          await page.$eval(`.docs-story ${tag}`, (e) => e.shadowRoot !== null && e.constructor !== HTMLElement),
          `the rendered <${tag}> is the upgraded widget`,
        );
        // "Show code" follows (it is rendered after the story, so wait for it).
        const has = expected === null ? '' : expected === '' ? '(=""|[\\s>])' : `="${expected}"`;
        const pattern = `<${tag}[^>]*\\s${a.name}${expected === null ? '[=\\s>]' : has}`;
        await page
          .waitForFunction(
            (re, absent) =>
              new RegExp(re).test(
                document.querySelector('.sbdocs-preview')?.querySelector('pre')?.textContent ?? '',
              ) !== absent,
            { timeout: 30_000 },
            pattern,
            expected === null,
          )
          .catch(async () =>
            assert.fail(
              `"Show code" does not follow ${a.name}=${JSON.stringify(expected)}:\n${await page.$eval('.sbdocs-preview', (p) => p.querySelector('pre')?.textContent)}`,
            ),
          );
        // And the widget itself follows: its headings, its view.
        const rendered = { 'heading-level': 'h3', view: `#tab-${expected}[aria-selected="true"]` }[a.name];
        if (rendered) {
          await page
            .waitForFunction(
              (t, s) => document.querySelector(`.docs-story ${t}`)?.shadowRoot?.querySelector(s),
              { timeout: 30_000 },
              tag,
              rendered,
            )
            .catch(() => assert.fail(`<${tag} ${a.name}="${expected}"> does not render ${rendered}`));
        }
        // Back to the Playground's own values before the next attribute (a made-up `src` loads nothing).
        await page.$eval('button[aria-label="Reset controls"]', (b) => {
          b.click();
        });
        await page.waitForFunction(
          (t, n, v) => document.querySelector(`.docs-story ${t}`)?.getAttribute(n) === v,
          { timeout: 30_000 },
          tag,
          a.name,
          initial,
        );
      }
    });
  });
}
