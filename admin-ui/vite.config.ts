import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Vendor code in a few long-lived chunks, so a release of ours does not re-download React or MUI. */
const vendorChunk = (id: string): string | undefined => {
  if (!id.includes('/node_modules/')) return undefined;
  if (/\/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
  if (id.includes('/node_modules/@mui/icons-material/')) return 'mui-icons';
  if (/\/node_modules\/(@mui|@emotion)\//.test(id)) return 'mui';
  if (/\/node_modules\/(react-admin|ra-[a-z-]+)\//.test(id)) return 'react-admin';
  return 'vendor';
};

// The API serves the built panel from admin-ui/dist at `/`; in development Vite serves it and forwards
// `/api` to the API, so the session cookie stays same-origin in both cases.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: { manualChunks: vendorChunk },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000' },
    },
  },
});
