// A web-test-runner server command that turns forced colours (Windows High Contrast) on or off for the
// test page: `executeServerCommand('emulate-forced-colours', { active: true })`.
//
// @web/test-runner-commands' emulateMedia({ forcedColors }) does nothing under puppeteer (it passes only
// prefers-color-scheme and prefers-reduced-motion), and puppeteer's page.emulateMediaFeatures() refuses
// 'forced-colors'. The Chrome DevTools Protocol does it: Emulation.setEmulatedMedia with the feature
// forced-colors: active makes matchMedia('(forced-colors: active)') true and Blink apply system colours.
// Firefox has no such switch over WebDriver BiDi (ESR 153 answers "unknown command" to
// emulation.setForcedColorsModeThemeOverride), so the command fails there.

/** The CDP session each test page's emulation lives on (overrides end when their session detaches). */
const sessions = new Map();

export function forcedColoursPlugin() {
  return {
    name: 'ctkit-emulate-forced-colours',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colours') return undefined;
      const active = Boolean(payload?.active);
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`emulate-forced-colours: not supported for browser type ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      if (page.browser().protocol !== 'cdp') {
        throw new Error(
          `emulate-forced-colours: ${await page.browser().version()} cannot emulate forced colours (no CDP)`,
        );
      }
      let cdp = sessions.get(session.id);
      if (!cdp || cdp.detached) {
        cdp = await page.createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', {
        features: active ? [{ name: 'forced-colors', value: 'active' }] : [],
      });
      if (!active) {
        await cdp.detach();
        sessions.delete(session.id);
      }
      return true;
    },
  };
}
