// Injected faults: the next `count` calls of an operation (or of any, "*") fail with a status, are slowed
// down, or answer 200 with a body that does not parse or does not match the model, so the connector's
// retries, timeouts and validation can be tested.
import { SP_OPERATIONS } from '../amazon/usage-plans.js';

/** SP-API operationIds, the LWA token call, or any. */
export const FAULT_OPERATIONS = [...SP_OPERATIONS, 'lwaToken', '*'] as const;
export type FaultOperation = (typeof FAULT_OPERATIONS)[number];

export type MalformedKind = 'truncated' | 'wrong_shape';

export interface FaultSpec {
  operation: FaultOperation;
  status?: number;
  count: number;
  latencyMs?: number;
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

  /** The fault that applies to this call, if any; it is used up by the call. */
  take(operation: string): Fault | undefined {
    // "*" means any SP-API operation; the LWA token call is another service and is named explicitly.
    const fault = this.faults.find(
      (f) => f.operation === operation || (f.operation === '*' && operation !== 'lwaToken'),
    );
    if (!fault) return undefined;
    if (fault.waiting > 0) {
      fault.waiting -= 1;
      return undefined;
    }
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }

  list(): readonly Fault[] {
    return this.faults;
  }

  clear(): void {
    this.faults = [];
  }
}
