// Types of build-api.mjs for the TypeScript that imports it (the bench's API child, the resilience tests, a test).
import type { BuildResult } from 'esbuild';

export declare const API_DIR: string;
export declare const API_ENTRY: string;
export declare const API_NODE_FLAGS: string[];
export declare function newestMtime(target: string): number;
export declare function apiBuildIsCurrent(): boolean;
export declare function buildApi(): Promise<void>;
export declare function bundleApi(outdir: string): Promise<BuildResult<{ metafile: true }>>;
export declare function ensureApiBuilt(log?: (message: string) => void): Promise<boolean>;
