// What the sandbox's routes share: its state, its resolved options, its random source and clock.
import type { ResolvedSandboxOptions } from './options.js';
import type { ProductPool } from './orders/products.js';
import type { Random } from './random.js';
import type { SandboxState } from './state/sandbox-state.js';

export interface SandboxContext {
  state: SandboxState;
  options: ResolvedSandboxOptions;
  random: Random;
  products: ProductPool;
  /** Moves feeds whose time has come to IN_PROGRESS, DONE or FATAL. */
  advanceFeeds(nowMs: number): void;
  now(): number;
}
