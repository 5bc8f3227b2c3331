import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite's files may be opened by one process only. A pid file in DATA_DIR refuses a second one
 * (several processes need a real PostgreSQL: DATABASE_URL).
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = path.join(dataDir, 'orderdesk.pid');
  fs.mkdirSync(dataDir, { recursive: true });
  const holder = readPid(lockFile);
  if (holder !== null && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by process ${holder}. Stop it, use another DATA_DIR, ` +
        'or set DATABASE_URL to share a real PostgreSQL between processes.',
    );
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => {
    if (readPid(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
  };
}

function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
