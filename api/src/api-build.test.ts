import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_DIR, bundleApi } from '../scripts/build-api.mjs';

// What `pnpm start` runs is api/scripts/build-api.mjs's bundle; an API process on DATABASE_URL loads what
// dist/main.js imports statically, and the rest only when reached (docs/performance.md, Memory).
describe('the API build', () => {
  it('keeps PGlite, nodemailer and the workers out of what a process loads at start', async () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'orderdesk-api-build-'));
    try {
      const { metafile } = await bundleApi(outdir);
      const outputs = metafile.outputs;
      const main = Object.keys(outputs).find((file) => outputs[file]!.entryPoint === 'src/main.ts')!;
      const packages = new Set<string>();
      const sources = new Set<string>();
      const lazyPackages = new Set<string>();
      const lazySources = new Set<string>();
      const visit = (file: string, lazy: boolean) => {
        for (const input of Object.keys(outputs[file]!.inputs)) (lazy ? lazySources : sources).add(input);
        for (const imported of outputs[file]!.imports) {
          const later = lazy || imported.kind === 'dynamic-import';
          if (imported.external) (later ? lazyPackages : packages).add(imported.path);
          else if (!(later ? lazySources : sources).has(`chunk:${imported.path}`)) {
            (later ? lazySources : sources).add(`chunk:${imported.path}`);
            visit(imported.path, later);
          }
        }
      };
      visit(main, false);

      expect([...packages]).toEqual(expect.arrayContaining(['express', 'knex', 'pg', 'pg-boss', 'argon2']));
      for (const name of ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'nodemailer', 'undici'])
        expect({ name, atStart: packages.has(name), later: lazyPackages.has(name) }).toEqual({
          name,
          atStart: false,
          later: true,
        });
      for (const file of [
        'src/db/embedded.ts',
        'src/jobs/workers.ts',
        'src/channels/amazon/sp-api/client.ts',
      ])
        expect({ file, atStart: sources.has(file), later: lazySources.has(file) }).toEqual({
          file,
          atStart: false,
          later: true,
        });
      // The workspace's migrations are bundled (TypeScript sources Node could not import).
      expect([...sources].some((file) => file.startsWith('../migrations/src/migrations/'))).toBe(true);
      // Every file lands directly in the output folder: in api/dist/ two folders below the repository root, as
      // src/config.ts is, so repoRoot (computed from import.meta.url) is the same.
      expect(Object.keys(outputs).map((file) => path.dirname(path.resolve(API_DIR, file)))).toEqual(
        Object.keys(outputs).map(() => outdir),
      );
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
