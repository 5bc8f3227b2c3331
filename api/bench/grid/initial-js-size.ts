import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a first visit loads before the panel shows anything: index.html's module script and the
 * chunks it preloads, each gzipped (what a server with compression sends), summed.
 */
export function initialJsGzipBytes(dist: string): { files: Record<string, number>; total: number } | null {
  const indexFile = path.join(dist, 'index.html');
  if (!fs.existsSync(indexFile)) return null;
  const html = fs.readFileSync(indexFile, 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1]!);
  const files = Object.fromEntries(
    sources.map((source) => [source, gzipSync(fs.readFileSync(path.join(dist, source))).length]),
  );
  return { files, total: Object.values(files).reduce((sum, size) => sum + size, 0) };
}
