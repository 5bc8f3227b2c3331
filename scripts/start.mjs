// pnpm start: builds the admin panel and the API when they are missing or older than their sources, then
// runs the API as compiled JavaScript (which migrates, seeds the demo unless DEMO=0, and serves the panel and
// /api). The API's build and V8 flags: api/scripts/build-api.mjs.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  API_DIR,
  API_ENTRY,
  API_NODE_FLAGS,
  ensureApiBuilt,
  newestMtime,
} from '../api/scripts/build-api.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const adminUi = path.join(root, 'admin-ui');

const built = newestMtime(path.join(adminUi, 'dist', 'index.html'));
const sources = Math.max(
  ...['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((name) =>
    newestMtime(path.join(adminUi, name)),
  ),
);
if (built < sources) {
  console.log(built === 0 ? 'Building the admin panel…' : 'The admin panel changed: rebuilding…');
  const build = spawnSync('pnpm', ['--filter', '@orderdesk/admin-ui', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await ensureApiBuilt((message) => console.log(message));

const api = spawn(process.execPath, [...API_NODE_FLAGS, API_ENTRY], {
  cwd: API_DIR,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
