import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built panel from admin-ui/dist at `/`; in development Vite serves it and forwards
// `/api` to the API, so the session cookie stays same-origin in both cases.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': {
        target: 'http://localhost:3000',
        changeOrigin: false,
      },
    },
  },
});
