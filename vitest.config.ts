import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/build/**/*.test.ts', 'checker/test/**/*.test.ts', 'test/release/**/*.test.ts'],
    environment: 'node',
  },
});
