import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

/** Serves the built React-Admin panel, and its index.html for every other GET outside /api (client routing). */
export function serveAdminUi(app: Express, distDir: string): void {
  const indexFile = path.join(distDir, 'index.html');
  app.use(express.static(distDir, { index: false, maxAge: '1h', immutable: false }));
  // Named, so that the route tests can tell it from a handler slipped in around the guards.
  app.use(function panelIndex(req, res, next) {
    if (req.method !== 'GET' || req.path.startsWith('/api/') || req.path === '/api') {
      next();
      return;
    }
    if (!fs.existsSync(indexFile)) {
      res
        .status(503)
        .type('text/plain')
        .send('The admin panel has not been built yet: run `pnpm build` (pnpm start does it for you).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
}
