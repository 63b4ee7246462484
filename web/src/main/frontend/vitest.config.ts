import { defineConfig } from 'vitest/config'

/* Unit tests cover pure logic only (labels, helpers, the API client); no DOM, no browser. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
})
