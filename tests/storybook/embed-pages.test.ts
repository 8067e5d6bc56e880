/** The Storybook Embed pages: the snippet follows the chosen options, and copying announces "Copied". */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getAnnouncer } from '@ctkit/core';
import { SignUpSubmitEvent, type CtSignUpForm } from '@ctkit/sign-up-form';
import { signUpSnippet, withAttributes } from '../../stories/support/snippets.js';
import '../../stories/support/snippet-copy.js';
import type { CtSnippetCopy } from '../../stories/support/snippet-copy.js';
import accessNeedsSnippet from '../../packages/embed/snippets/access-needs.html?raw';
import signUpFormSnippet from '../../packages/embed/snippets/sign-up-form.html?raw';
import { waitFor } from '../support/helpers.js';

describe('Embed pages in Storybook', () => {
  it('sets the chosen options on the widget in the snippet, and removes emptied ones', () => {
    const snippet = withAttributes(accessNeedsSnippet, 'ct-access-needs', { format: 'online', 'respond-by': '' });
    expect(snippet).to.include('format="online"');
    expect(snippet).to.not.include('respond-by');
    // Boolean attributes are present or absent, as HTML has them.
    expect(withAttributes(accessNeedsSnippet, 'ct-access-needs', { remember: true })).to.match(
      /<ct-access-needs[^>]* remember=""/,
    );
    expect(withAttributes(accessNeedsSnippet, 'ct-access-needs', { remember: false })).to.not.include('remember');
    expect(snippet).to.include('<form action="/register"');
    expect(() => withAttributes('<p>no widget</p>', 'ct-access-needs', {})).to.throw(
      'The ct-access-needs snippet has no <ct-access-needs> element.',
    );
  });

  it('sets the sign-up options on the fallback form too: address, list and the consent words the widget records', async () => {
    const options = {
      action: 'https://mygroup.example/api/sign-ups',
      'privacy-url': 'https://mygroup.example/privacy',
      'org-name': 'Valleys Digital',
      list: 'community',
    };
    for (const args of [options, { ...options, 'org-name': '', 'privacy-url': '' }]) {
      const snippet = signUpSnippet(signUpFormSnippet, args);
      const holder = document.createElement('div');
      holder.innerHTML = snippet;
      document.body.append(holder);
      try {
        const fallback = holder.querySelector('ct-sign-up-form form')!;
        const data = new FormData(fallback as HTMLFormElement);
        expect(fallback.getAttribute('action')).to.equal(args.action);
        expect(data.get('list')).to.equal(args.list);
        expect(data.get('privacyUrl')).to.equal(args['privacy-url']);
        expect(snippet).to.not.include('example.org');
        if (args['org-name']) expect(snippet).to.not.include('Community Tech Network');
        // The live widget from the same snippet records exactly the fallback's words and version.
        const form = holder.querySelector<CtSignUpForm>('ct-sign-up-form')!;
        await form.updateComplete;
        let recorded: { text: string; textVersion: string } | undefined;
        form.addEventListener('ct-submit', (e) => {
          if (!(e instanceof SignUpSubmitEvent)) return;
          recorded = e.detail.consent;
          e.preventDefault();
          e.respondWith({ status: 'subscribed' });
        });
        form.answers = { email: 'sam@example.org', consent: true };
        await form.submit();
        expect(recorded?.text).to.equal(data.get('consentText'));
        expect(recorded?.textVersion).to.equal(data.get('consentVersion'));
        expect(fallback.querySelector('label[for="ct-fallback-consent"]')!.textContent).to.equal(
          recorded!.text.slice(0, recorded!.text.indexOf('.')),
        );
      } finally {
        holder.remove();
      }
    }
  });

  it('copies the exact snippet from the keyboard and announces "Copied"', async () => {
    let copied = '';
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    // The test browser may refuse clipboard access to a background page; what we check is our behaviour.
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: (t: string) => {
          copied = t;
          return Promise.resolve();
        },
      },
    });
    try {
      const el = await fixture<CtSnippetCopy>(
        html`<ct-snippet-copy snippet="<ct-event-list></ct-event-list>"></ct-snippet-copy>`,
      );
      const button = el.shadowRoot!.querySelector('button')!;
      expect(button.textContent.trim()).to.equal('Copy the snippet');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => getAnnouncer().text('polite') === 'Copied', 'announces Copied');
      expect(copied).to.equal('<ct-event-list></ct-event-list>');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });
});
