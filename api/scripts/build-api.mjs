// The API's build and how it is run, shared by `pnpm start`, the benchmark's API child and the resilience
// tests' processes, so that all of them run what production runs.
//
// esbuild bundles src/main.ts with @orderdesk/migrations (a workspace package of TypeScript sources) into
// dist/; the packages in node_modules stay imports, resolved from api/node_modules at run time. Dynamic
// imports become chunks of their own, loaded only when reached: the embedded PGlite (only without
// DATABASE_URL) and the workers' side (sync, SP-API client; not in PROCESS_ROLE=api). Every file lands
// directly in dist/, two folders below the repository root as src/*.ts are, so paths computed from
// import.meta.url (repoRoot in src/config.ts) resolve the same. Running compiled JavaScript instead of
// `node --import tsx` saves the tsx loader (its hooks run in a thread with a heap of its own) and the
// transpiled text and source maps it keeps: 40-85 MB of the API's resident memory (docs/performance.md).
//   node scripts/build-api.mjs        builds always
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO_ROOT = path.dirname(API_DIR);
const DIST = path.join(API_DIR, 'dist');

/** The built entry point, relative to API_DIR (the processes' working directory). */
export const API_ENTRY = 'dist/main.js';

/**
 * V8 flags of every API process. V8 sizes its heap from the ceiling: under 4 GB (Node's default here) it lets
 * the old generation grow to about 4 times what survives a collection before collecting again, under 512 MB to
 * about 1.5 times. The live heap is about 25 MB, so under load the old space stays near 30-35 MB instead of
 * growing to 60 MB and more: 35-55 MB less resident for a few more full collections (0.2 s in 45 s of load),
 * and 512 MB is still 20 times the live heap (docs/performance.md).
 */
export const API_NODE_FLAGS = ['--max-old-space-size=512'];

/** What the build reads: a change in any of them (or a file added or removed) makes dist/ stale. */
const SOURCES = [
  path.join(API_DIR, 'src'),
  path.join(API_DIR, 'package.json'),
  path.join(REPO_ROOT, 'migrations', 'src'),
  path.join(REPO_ROOT, 'migrations', 'package.json'),
  fileURLToPath(import.meta.url),
];

/** The newest modification time of `target` or anything below it (0 when it does not exist). */
export function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // A folder's own time changes when a file in it is added, removed or renamed.
  return fs
    .readdirSync(target)
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/** True when dist/ was built after the last change to the sources. */
export function apiBuildIsCurrent() {
  const built = newestMtime(path.join(API_DIR, API_ENTRY));
  return built > 0 && built >= Math.max(...SOURCES.map(newestMtime));
}

/**
 * Bundles into a folder of its own, then puts it in place of dist/ with two renames, so a process starting
 * meanwhile never finds half a build.
 */
export async function buildApi() {
  const staging = path.join(API_DIR, `.dist-build-${process.pid}-${Date.now()}`);
  try {
    await bundleApi(staging);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const old = path.join(API_DIR, `.dist-old-${process.pid}-${Date.now()}`);
  if (fs.existsSync(DIST)) fs.renameSync(DIST, old);
  fs.renameSync(staging, DIST);
  fs.rmSync(old, { recursive: true, force: true });
}

/** One build into `outdir`; answers esbuild's result with its metafile (what each output imports). */
export function bundleApi(outdir) {
  return esbuild.build({
    absWorkingDir: API_DIR,
    entryPoints: { main: 'src/main.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Linked, not loaded: `NODE_OPTIONS=--enable-source-maps` maps stack traces to src/ (it costs memory).
    sourcemap: 'linked',
    logLevel: 'warning',
    metafile: true,
    plugins: [packagesStayImports],
  });
}

let building = null;

/**
 * Builds when dist/ is missing or older than its sources; answers whether it built. Processes started
 * together (Promise.all) share one build.
 */
export async function ensureApiBuilt(log = () => undefined) {
  if (!building) {
    if (apiBuildIsCurrent()) return false;
    log(fs.existsSync(path.join(API_DIR, API_ENTRY)) ? 'The API changed: rebuilding…' : 'Building the API…');
    building = buildApi().finally(() => {
      building = null;
    });
  }
  await building;
  return true;
}

/** Every bare import stays an import but the workspace's own TypeScript packages, which are bundled. */
const packagesStayImports = {
  name: 'packages-stay-imports',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@orderdesk/') ? undefined : { path: args.path, external: true },
    );
  },
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await buildApi();
  process.stdout.write(`API built into ${path.relative(REPO_ROOT, DIST)}/ in ${Date.now() - started} ms\n`);
}
