// Faults at random: each call of the chosen operations fails with probability `rate`, in one of the chosen
// kinds (throttled, failed, timed out, malformed), so a long run meets every kind of trouble in an order
// nobody planned. Seeded, so a run that found a bug can be repeated; counted, so a test can show what it met.
import { createRandom, type Random } from '../random.js';
import type { Fault, FaultOperation, MalformedKind } from './fault-store.js';

export const RANDOM_FAULT_KINDS = ['429', '500', '503', 'timeout', 'malformed'] as const;
export type RandomFaultKind = (typeof RANDOM_FAULT_KINDS)[number];

export interface RandomFaultSpec {
  /** Chance (0..1) that a call of a chosen operation gets a fault. */
  rate: number;
  kinds: readonly RandomFaultKind[];
  /** Operations that may fail; '*' is any SP-API operation (not the LWA token call). */
  operations: readonly FaultOperation[];
  /** How long a `timeout` holds the answer back; the operation has run already (its effects happen). */
  timeoutMs: number;
  seed: number;
}

export interface RandomFaultReport extends RandomFaultSpec {
  injected: { total: number; byKind: Record<string, number>; byOperation: Record<string, number> };
}

const MALFORMED: readonly MalformedKind[] = ['truncated', 'wrong_shape'];

export class RandomFaults {
  private readonly random: Random;
  private readonly byKind: Record<string, number> = {};
  private readonly byOperation: Record<string, number> = {};
  private total = 0;

  constructor(readonly spec: RandomFaultSpec) {
    this.random = createRandom(spec.seed);
  }

  private applies(operation: string): boolean {
    return this.spec.operations.some((o) => o === operation || (o === '*' && operation !== 'lwaToken'));
  }

  /** A fault for this call, drawn at random, or undefined (most calls). */
  draw(operation: string, nowMs: number): Fault | undefined {
    if (!this.applies(operation) || !this.random.chance(this.spec.rate)) return undefined;
    const kind = this.random.pick(this.spec.kinds);
    this.total += 1;
    this.byKind[kind] = (this.byKind[kind] ?? 0) + 1;
    this.byOperation[operation] = (this.byOperation[operation] ?? 0) + 1;
    const base = {
      id: 0,
      operation: operation as FaultOperation,
      count: 1,
      remaining: 0,
      waiting: 0,
      createdAt: new Date(nowMs).toISOString(),
    };
    if (kind === 'timeout') return { ...base, latencyMs: this.spec.timeoutMs, delayAnswer: true };
    if (kind === 'malformed') return { ...base, malformed: this.random.pick(MALFORMED) };
    return { ...base, status: Number(kind) };
  }

  report(): RandomFaultReport {
    return {
      ...this.spec,
      injected: { total: this.total, byKind: { ...this.byKind }, byOperation: { ...this.byOperation } },
    };
  }
}
