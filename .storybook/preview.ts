import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { axeRunOptions } from './axe-options.js';
import { decorators, initialGlobals } from './decorators.js';
import manifest from '../custom-elements.json' with { type: 'json' };

setCustomElementsManifest(manifest);

const preview: Preview = {
  decorators,
  parameters: {
    // Every story is an accessibility test: the panel reports violations as errors.
    a11y: { test: 'error', options: axeRunOptions },
    controls: { expanded: true },
    docs: { toc: true },
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
