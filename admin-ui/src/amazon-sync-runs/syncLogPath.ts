import type { Identifier } from 'react-admin';

/** The Sync log filtered to one store, in react-admin's list URL dialect (`filter` as JSON). */
export const syncLogPath = (storeId: Identifier): string =>
  `/amazon-sync-runs?filter=${encodeURIComponent(JSON.stringify({ store_id: storeId }))}`;
