/**
 * ct-access-needs as a partner embeds it: the built bundle (`npm test` builds it first) and the
 * documented snippet (packages/embed/snippets/access-needs.html), under a strict CSP with Trusted
 * Types and under hostile page CSS. The widget is a lazy chunk of the bundle, fetched because the page
 * has the tag.
 */
import { expect } from '@open-wc/testing';
import { axeRunOptions } from '../../../.storybook/axe-options.js';
import { openPage, widgetsReady } from '../../../tests/embedding/support.js';
import type { CtAccessNeeds } from '@ctkit/access-needs';
import { waitFor } from '../../../tests/support/helpers.js';

describe('ct-access-needs embedded with the script tag', () => {
  it('loads as a lazy chunk, renders and fills the partner’s FormData under a strict CSP, with no violation', async () => {
    const frame = await openPage('csp');
    try {
      const doc = frame.contentDocument!;
      const win = frame.contentWindow as Window & typeof globalThis & { __cspViolations: string[] };
      await widgetsReady(frame);
      const el = doc.querySelector<CtAccessNeeds>('ct-access-needs')!;
      const chunk = win.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .find((n) => n.includes('/chunks/access-needs-'));
      expect(chunk, 'the widget came as its own lazy chunk').to.exist;
      el.shadowRoot!.querySelector<HTMLInputElement>('input[value="step-free-route"]')!.click();
      await el.updateComplete;
      const form = el.closest('form')!;
      expect(
        [...new win.FormData(form).entries()].map(([k, v]) => `${k}=${typeof v === 'string' ? v : v.name}`),
      ).to.deep.equal(['access=step-free-route']);
      expect(el.shadowRoot!.querySelector('#an-hint')!.textContent).to.contain('Tell us by Friday 4 December 2026');
      expect(win.__cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('passes axe (WCAG 2.2 AA) under hostile page CSS', async () => {
    const frame = await openPage('hostile');
    try {
      const doc = frame.contentDocument!;
      const win = frame.contentWindow as Window & {
        axe: { run(context: Element, options: unknown): Promise<{ violations: { id: string }[] }> };
      };
      await widgetsReady(frame);
      await waitFor(() => 'axe' in win, 'axe is loaded');
      const el = doc.querySelector('ct-access-needs')!;
      const { violations } = await win.axe.run(el, axeRunOptions);
      expect(violations.map((v) => v.id)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
