import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The analyst's web app. Sources live in web/, the build lands in dist/web/, which the Vigil
 * server serves at `/` (with SPA fallback). In dev, `npx vite` proxies the API to a running server.
 */
export default defineConfig({
  root: 'web',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://127.0.0.1:4700',
      '/openapi.json': 'http://127.0.0.1:4700',
    },
  },
});
