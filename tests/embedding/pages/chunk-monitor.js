// Records, for tests/embedding/chunks-fail.test.ts, what a page sees when the widgets' chunks cannot be
// fetched: console errors, and any `vite:preloadError` event (which Vite-built host sites often answer
// with `location.reload()`, losing what the reader typed — the bundle must never dispatch one).
window.ctkitMonitor = { consoleErrors: [], preloadErrors: [] };
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.ctkitMonitor.consoleErrors.push(args.map(String).join(' '));
  consoleError(...args);
};
window.addEventListener('vite:preloadError', (event) => {
  window.ctkitMonitor.preloadErrors.push(String(event.payload));
});
