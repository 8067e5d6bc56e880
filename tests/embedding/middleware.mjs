// Serves the embedding test pages: every widget's documented snippet (packages/embed/snippets/*.html)
// on one page, loaded with the built bundle's script tag — plain, under hostile CSS, or under a strict CSP.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The policy partners with a strict CSP use (README: "Content Security Policy"). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

function snippets() {
  const dir = `${root}packages/embed/snippets`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
}

function page(mode) {
  const head = {
    plain: '',
    hostile:
      '<link rel="stylesheet" href="/tests/embedding/pages/hostile.css">\n<script src="/node_modules/axe-core/axe.min.js"></script>',
    csp: '<script src="/tests/embedding/pages/csp-monitor.js"></script>',
    // A Welsh partner page under the same policy: the widgets fetch their Welsh chunks.
    'csp-cy': '<script src="/tests/embedding/pages/csp-monitor.js"></script>',
    // Two copies of the bundle from different folders (two plugins), under the strict policy.
    'csp-two-copies':
      '<script src="/tests/embedding/pages/csp-monitor.js"></script>\n<script type="module" src="/embed-copy/ctkit.js"></script>',
    // A connection that drops after the script tag: every widget's chunk fails to load.
    'chunks-fail': '<script src="/tests/embedding/pages/chunk-monitor.js"></script>',
  }[mode];
  const bundle = mode === 'chunks-fail' ? '/embed-chunks-fail/ctkit.js' : '/packages/embed/dist/ctkit.js';
  return `<!doctype html>
<html lang="${mode === 'csp-cy' ? 'cy' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner page (${mode})</title>
${head}
<script type="module" src="${bundle}"></script>
</head>
<body>
<main>
<h1>Partner page</h1>
${snippets().join('\n')}
</main>
</body>
</html>`;
}

/** A file of the built bundle (packages/embed/dist), served from whatever folder the page asked for. */
function serveBuilt(context, file) {
  context.type = 'text/javascript';
  context.body = readFileSync(`${root}packages/embed/dist/${file}`, 'utf8');
}

export default [
  // The bundle as the 'chunks-fail' page sees it: ctkit.js and the shared chunk arrive, every other chunk
  // fails as on a dropped connection (503).
  async function secondCopy(context, next) {
    // The built bundle again under another folder: a second, separate copy of every module.
    const match = /^\/embed-copy\/((?:chunks\/)?[\w-]+\.js)$/.exec(context.path);
    if (!match) return next();
    serveBuilt(context, match[1]);
  },
  async function chunksFail(context, next) {
    const match = /^\/embed-chunks-fail\/(ctkit\.js|chunks\/shared-[\w-]+\.js)$/.exec(context.path);
    if (match) {
      serveBuilt(context, match[1]);
      return;
    }
    if (context.path.startsWith('/embed-chunks-fail/')) {
      context.status = 503;
      context.body = 'Service Unavailable';
      return;
    }
    return next();
  },
  async function embedPages(context, next) {
    const match = /^\/embed-pages\/(plain|hostile|csp|csp-cy|csp-two-copies|chunks-fail)\.html$/.exec(context.path);
    if (!match) return next();
    context.type = 'text/html';
    context.body = page(match[1]);
    if (match[1].startsWith('csp')) context.set('Content-Security-Policy', STRICT_CSP);
  },
];
