// Where a resilience test keeps its processes' logs and its summary: test-results/resilience/<name>/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** An empty folder for this test's logs (the last run's are removed). */
export function resultsDir(name: string): string {
  const dir = path.join(repoRoot, 'test-results', 'resilience', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
