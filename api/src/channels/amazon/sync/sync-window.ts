/** Amazon refuses a LastUpdatedBefore less than two minutes ago; we keep a few seconds more. */
export const AMAZON_CUTOFF_MS = 2 * 60_000 + 5_000;
/** Each sync starts this far before the last checkpoint, so an order updated at the edge is not missed. */
export const OVERLAP_MS = 5 * 60_000;
/** A store's first sync looks this far back. */
export const FIRST_SYNC_LOOKBACK_MS = 30 * 24 * 3600_000;

export interface SyncWindow {
  from: Date;
  to: Date;
}

/** LastUpdatedAfter .. LastUpdatedBefore for the next sync of a store. */
export function nextWindow(checkpoint: Date | null, now: Date): SyncWindow {
  const to = new Date(now.getTime() - AMAZON_CUTOFF_MS);
  const start = checkpoint ? checkpoint.getTime() - OVERLAP_MS : now.getTime() - FIRST_SYNC_LOOKBACK_MS;
  return { from: new Date(Math.min(start, to.getTime() - 1000)), to };
}
