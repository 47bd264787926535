import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit, property and content tests only. Browser specs (test/browser/*.spec.ts) belong to Playwright.
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
  },
});
