import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      // The project's vite.config.ts builds the demo and the library, so
      // Storybook gets a config of its own.
      builder: { viteConfigPath: '.storybook/vite.config.ts' },
    },
  },
  core: {
    disableTelemetry: true,
  },
};

export default config;
