// Test feeds for ct-community-map, served on the web-test-runner server under /community-map/.
const flaky = new Map();

const members = JSON.stringify([
  { name: 'Bristol Digital Commons', region: 'south-west', geolocation: { lat: 51.4545, lon: -2.5879 } },
  { name: 'Salford Tech Buddies', region: 'north-west' },
]);

/** @type {import('koa').Middleware[]} */
export default [
  async (context, next) => {
    const url = new URL(context.url, 'http://localhost');
    if (!url.pathname.startsWith('/community-map/')) return next();
    const route = url.pathname.slice('/community-map/'.length);
    if (route === 'feed-500') {
      context.status = 500;
      context.body = 'Internal error';
    } else if (route === 'not-json') {
      context.type = 'application/json';
      context.body = '{ this is not JSON';
    } else if (route === 'huge-declared') {
      // Claims a size over any sensible cap up front.
      context.type = 'application/json';
      context.body = `[${'{"name":"x"},'.repeat(20_000)}{"name":"x"}]`;
    } else if (route === 'huge-streamed') {
      // No Content-Length: the cap must hold while reading the body.
      const { Readable } = await import('node:stream');
      context.type = 'application/json';
      let sent = 0;
      context.body = Readable.from(
        (function* () {
          yield '[';
          for (; sent < 200; sent++) yield `${'{"name":"padding padding padding padding"},'.repeat(100)}`;
          yield '{"name":"x"}]';
        })(),
      );
    } else if (route === 'slow') {
      // Answers late: long enough for a test to see the loading state (the test removes the element).
      await new Promise((resolve) => setTimeout(resolve, 5000));
      context.type = 'application/json';
      context.body = members;
    } else if (route === 'flaky') {
      // Fails the first time for each `id`, then serves members.
      const id = url.searchParams.get('id') ?? '';
      if (!flaky.has(id)) {
        flaky.set(id, true);
        context.status = 503;
        context.body = 'Try later';
      } else {
        context.type = 'application/json';
        context.body = members;
      }
    } else return next();
  },
];
