import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [
    // <report-banner> is a custom element, not a Vue component; without this Vue warns "Failed to resolve component".
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'report-banner' } } }),
  ],
  logLevel: 'warn',
});
