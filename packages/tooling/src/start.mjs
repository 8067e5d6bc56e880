// `npm start`: install what is needed, build, and serve the demo partner page on http://localhost:8080
// (port from PORT). The demo embeds the widgets with the script tag, as a partner page would.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { ensureDependencies, repoRoot } from './ensure.mjs';
import { build } from './build.mjs';

ensureDependencies();
build();

const port = Number(process.env.PORT ?? 8080);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.ics': 'text/calendar', '.svg': 'image/svg+xml' };
const roots = [`${repoRoot}packages/embed/demo`, `${repoRoot}packages/embed/dist`];

createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const root of roots) {
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (file.startsWith(root) && existsSync(file)) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file).pipe(res);
      return;
    }
  }
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}).listen(port, () => {
  console.log(`\nctkit demo partner page: http://localhost:${port}/\nStorybook: npm run storybook (http://localhost:6006)\n`);
});
