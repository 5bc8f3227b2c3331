// Injected faults: the next `count` calls of an operation (or of any, "*") fail with a status, are slowed
// down, or answer 200 with a body that does not parse or does not match the model, so the connector's
// retries, timeouts and validation can be tested.
import { SP_OPERATIONS } from '../amazon/usage-plans.js';
import { RandomFaults, type RandomFaultReport, type RandomFaultSpec } from './random-faults.js';

/** SP-API operationIds, the LWA token call, or any. */
export const FAULT_OPERATIONS = [...SP_OPERATIONS, 'lwaToken', '*'] as const;
export type FaultOperation = (typeof FAULT_OPERATIONS)[number];

export type MalformedKind = 'truncated' | 'wrong_shape';

export interface FaultSpec {
  operation: FaultOperation;
  status?: number;
  count: number;
  latencyMs?: number;
  /**
   * The operation runs at once and only its answer waits `latencyMs`: a call that reached Amazon and took
   * effect, whose answer the client gave up on. Default false: the wait comes first.
   */
  delayAnswer?: boolean;
  malformed?: MalformedKind;
  /** Calls to let through untouched before the fault starts (default 0). */
  after?: number;
}

export interface Fault extends FaultSpec {
  id: number;
  remaining: number;
  /** Calls still to let through before the fault starts. */
  waiting: number;
  createdAt: string;
}

export class FaultStore {
  private faults: Fault[] = [];
  private nextId = 1;
  private random: RandomFaults | null = null;

  add(spec: FaultSpec, nowMs: number): Fault {
    const fault: Fault = {
      ...spec,
      id: this.nextId++,
      remaining: spec.count,
      waiting: spec.after ?? 0,
      createdAt: new Date(nowMs).toISOString(),
    };
    this.faults.push(fault);
    return fault;
  }

  /**
   * The fault that applies to this call, if any; it is used up by the call. Faults added one by one come
   * first; without one, random faults (when on) may draw one.
   */
  take(operation: string, nowMs: number = Date.now()): Fault | undefined {
    // "*" means any SP-API operation; the LWA token call is another service and is named explicitly.
    const fault = this.faults.find(
      (f) => f.operation === operation || (f.operation === '*' && operation !== 'lwaToken'),
    );
    if (!fault) return this.random?.draw(operation, nowMs);
    if (fault.waiting > 0) {
      fault.waiting -= 1;
      return this.random?.draw(operation, nowMs);
    }
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }

  list(): readonly Fault[] {
    return this.faults;
  }

  /** Turns random faults on (replacing earlier settings and counts). */
  startRandom(spec: RandomFaultSpec): RandomFaultReport {
    this.random = new RandomFaults(spec);
    return this.random.report();
  }

  /** Turns random faults off; answers what they injected, or null when they were off. */
  stopRandom(): RandomFaultReport | null {
    const report = this.randomReport();
    this.random = null;
    return report;
  }

  randomReport(): RandomFaultReport | null {
    return this.random?.report() ?? null;
  }

  /** No faults at all: the ones added one by one and random ones. */
  clear(): void {
    this.faults = [];
    this.random = null;
  }
}
