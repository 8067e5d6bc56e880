import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { axeRunOptions } from './axe-options.js';
import { decorators, initialGlobals } from './decorators.js';
import manifest from '../custom-elements.json' with { type: 'json' };
import { manifestArgTypes } from '../stories/support/arg-types.js';

// The component descriptions come from the manifest through Storybook; the API tables from ours.
setCustomElementsManifest(manifest);

const preview: Preview = {
  decorators,
  parameters: {
    // Every story is an accessibility test: the panel reports violations as errors.
    a11y: { test: 'error', options: axeRunOptions },
    controls: { expanded: true },
    docs: {
      toc: true,
      // Every public attribute (with a live control), slot, event, part and custom property, from the JSDoc.
      extractArgTypes: (component: unknown) => (typeof component === 'string' ? manifestArgTypes(component) : null),
    },
  },
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'cy', title: 'Cymraeg' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'A partner theme, set through documented custom properties',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'ctkit default' },
          { value: 'partner', title: 'Partner brand' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals,
  tags: ['autodocs'],
};
export default preview;
