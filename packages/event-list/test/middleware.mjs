// Test feeds for ct-event-list, served on the web-test-runner server under /ctkit-test/events/.
import { Readable } from 'node:stream';
import { generateEvents } from './generate-events.mjs';

const thousand = JSON.stringify(generateEvents(1000));
const flakySeen = new Set();

/** @type {import('koa').Middleware[]} */
export default [
  async (ctx, next) => {
    if (!ctx.path.startsWith('/ctkit-test/events/')) return next();
    const name = ctx.path.slice('/ctkit-test/events/'.length);
    // Neither the browser nor the dev server's cache may keep these answers: "Try again" must reach us.
    ctx.set('Cache-Control', 'no-store');
    switch (name) {
      case 'thousand.json':
        ctx.type = 'application/json';
        ctx.body = thousand;
        return;
      case 'slow.json': {
        // Answers after 3 s: longer than the tests' `timeout`.
        await new Promise((resolve) => setTimeout(resolve, 3000));
        ctx.type = 'application/json';
        ctx.body = '[]';
        return;
      }
      case 'fail.json':
        ctx.status = 500;
        ctx.body = 'Internal Server Error';
        return;
      case 'not-a-feed.json':
        ctx.type = 'application/json';
        ctx.body = '{"hello": "world"}';
        return;
      case 'garbage.txt':
        ctx.type = 'text/plain';
        ctx.body = 'this is neither JSON nor iCalendar';
        return;
      case 'huge.json': {
        // 3 MB with a Content-Length: refused before reading.
        ctx.type = 'application/json';
        ctx.body = `[${' '.repeat(3_000_000)}]`;
        return;
      }
      case 'huge-chunked.json': {
        // 3 MB streamed without a Content-Length: refused while reading.
        ctx.type = 'application/json';
        const chunk = ' '.repeat(64 * 1024);
        let sent = 0;
        ctx.body = Readable.from(
          (function* () {
            yield '[';
            while (sent < 3_000_000) {
              sent += chunk.length;
              yield chunk;
            }
            yield ']';
          })(),
        );
        return;
      }
      case 'flaky.json': {
        // Fails the first time for each `key`, then answers: for the "Try again" test.
        const key = ctx.query.key ?? '';
        if (!flakySeen.has(key)) {
          flakySeen.add(key);
          ctx.status = 503;
          ctx.body = 'Service Unavailable';
          return;
        }
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(generateEvents(3, '2026-12-01T10:00:00Z'));
        return;
      }
      default:
        return next();
    }
  },
];
