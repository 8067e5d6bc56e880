import { html } from 'lit';

/** A story that must fail axe — used only by tests/a11y-wiring.test.ts, never by Storybook. */
export default { title: 'Fixtures/Inaccessible', tags: ['!test', '!dev'] };

export const Broken = {
  render: () => html`<form>
    <input type="text" />
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
    <p style="color:#bbb;background:#fff">Pale text</p>
  </form>`,
};
