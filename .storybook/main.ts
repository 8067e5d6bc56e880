import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  staticDirs: [{ from: '../stories/fixtures', to: '/fixtures' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The root vite.config.ts supplies `resolve.conditions` (packages are read from source).
  viteFinal(viteConfig) {
    viteConfig.configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
    viteConfig.build = { ...viteConfig.build, rollupOptions: {} };
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: ['ctkit-source', 'module', 'browser', 'development|production'],
    };
    return viteConfig;
  },
};
export default config;
