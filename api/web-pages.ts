import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';

/** The built web app (React + Vite) in web/dist. */
export const defaultWebRoot = new URL('../web/dist/', import.meta.url).pathname;

/**
 * Serves the pages: hashed assets cached for a year, and every page route (`/show/demo`,
 * `/book`, …) answered with index.html so the app routes it. Unknown files are 404s.
 */
export function webPages(webRoot: string | null) {
  const router = express.Router();
  if (!webRoot || !existsSync(path.join(webRoot, 'index.html'))) {
    router.get(/^\/(?!api\/|ws$|healthz$|demo\/).*/, (_request, response) => {
      response.status(503).type('text').send('The web pages are not built. Run `npm run build:web` (npm start builds them for you).');
    });
    return router;
  }
  router.use('/assets', express.static(path.join(webRoot, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  router.use(express.static(webRoot, { index: false, maxAge: 0 }));
  router.get(/^\/(?!api\/|ws$|healthz$|demo\/)[^.]*$/, (_request, response) => {
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(path.join(webRoot, 'index.html'));
  });
  return router;
}
