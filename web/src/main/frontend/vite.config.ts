import { defineConfig, loadEnv } from 'vite'
import vue from '@vitejs/plugin-vue'

/*
 * `npm run dev` serves the portal on :5173 and forwards /api to a running server
 * (ZHIXING_API, default http://localhost:8080). Production builds go through build.sh.
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, '.', 'ZHIXING_')
  return {
    base: '/',
    plugins: [vue()],
    define: {
      __VUE_I18N_FULL_INSTALL__: 'false',
      __VUE_I18N_LEGACY_API__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 900,
    },
    server: {
      proxy: { '/api': env.ZHIXING_API ?? 'http://localhost:8080' },
    },
  }
})
