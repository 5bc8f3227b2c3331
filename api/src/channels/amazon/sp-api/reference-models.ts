import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../config.js';

/** Amazon's official models, kept beside the repository in ../shared/reference/amazon-sp-api (tests only). */
export const referenceDir = path.resolve(repoRoot, '..', 'shared', 'reference', 'amazon-sp-api');

export function readReference(file: string): string {
  return fs.readFileSync(path.join(referenceDir, file), 'utf8');
}

export interface StaticExample {
  operationId: string;
  method: string;
  path: string;
  status: string;
  request: { parameters: Record<string, { value: unknown }> };
  response: unknown;
}

export function staticExamples(): StaticExample[] {
  return JSON.parse(readReference('ordersV0_sandbox_examples.json')) as StaticExample[];
}
