import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the Stepline server at /ui/ from the classpath folder ui/ (target/classes/ui).
// Everything is bundled: the UI makes no request outside the server it came from.
export default defineConfig({
  base: '/ui/',
  plugins: [react()],
  build: {
    outDir: '../target/classes/ui',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/health': 'http://127.0.0.1:8080' } },
});
