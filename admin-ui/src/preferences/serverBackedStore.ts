import { localStorageStore, type Store } from 'react-admin';
import { API_URL, httpClient } from '../httpClient';

/**
 * react-admin's local store, with the grids' saved queries (`<resource>.savedQueries`) also kept on the
 * server per user (`/api/preferences`, like Magento's ui_bookmark). react-admin empties the local store on
 * every logout and session end; the server copy stays and is put back after the next login.
 */
const SERVER_KEY = /^[A-Za-z0-9._-]{1,120}$/;
const isServerBackedKey = (key: string): boolean => key.endsWith('.savedQueries') && SERVER_KEY.test(key);

type SyncErrorListener = (error: unknown) => void;

export interface ServerBackedStore extends Store {
  /**
   * Puts the user's server-side preferences into the local store. With `adoptLocal` (a page load with a
   * session: what this browser holds is that user's), saved queries the server lacks go up.
   */
  loadFromServer: (options?: { adoptLocal?: boolean }) => Promise<void>;
  /** Called when writing through fails (the local value is kept); answers the unsubscribe. */
  onSyncError: (listener: SyncErrorListener) => () => void;
}

export const createServerBackedStore = (local: Store = localStorageStore()): ServerBackedStore => {
  const errorListeners = new Set<SyncErrorListener>();
  // One request at a time per key, in the order of the changes, so the last change is the one kept.
  const queues = new Map<string, Promise<void>>();
  // Bumped by reset() (logout): a load still under way for the previous user must not fill the store.
  let generation = 0;
  // How often each key was written here: a load does not overwrite a change made while it was under way.
  const writes = new Map<string, number>();

  const reportError = (error: unknown) => {
    console.warn('Could not save a preference on the server; it is kept in this browser only.', error);
    for (const listener of errorListeners) listener(error);
  };

  const send = (key: string, value: unknown) => {
    const url = `${API_URL}/preferences/${encodeURIComponent(key)}`;
    // The API refuses a state-changing request without a JSON body, hence `{}` for DELETE.
    const request = () =>
      value === undefined
        ? httpClient(url, { method: 'DELETE', body: '{}' })
        : httpClient(url, { method: 'PUT', body: JSON.stringify({ value }) });
    const next = (queues.get(key) ?? Promise.resolve()).then(request).then(
      () => undefined,
      (error: unknown) => reportError(error),
    );
    queues.set(key, next);
  };

  const writeThrough = (key: string, value: unknown) => {
    if (!isServerBackedKey(key)) return;
    writes.set(key, (writes.get(key) ?? 0) + 1);
    send(key, value);
  };

  const localServerBackedItems = (): Record<string, unknown> => {
    const items = local.listItems?.() ?? {};
    return Object.fromEntries(Object.entries(items).filter(([key]) => isServerBackedKey(key)));
  };

  return {
    setup: () => local.setup(),
    teardown: () => local.teardown(),
    getItem: (key, defaultValue) => local.getItem(key, defaultValue),
    setItem: (key, value) => {
      local.setItem(key, value);
      writeThrough(key, value);
    },
    removeItem: (key) => {
      local.removeItem(key);
      writeThrough(key, undefined);
    },
    removeItems: (keyPrefix) => {
      const removed = Object.keys(localServerBackedItems()).filter((key) => key.startsWith(keyPrefix));
      local.removeItems(keyPrefix);
      for (const key of removed) writeThrough(key, undefined);
    },
    // Logout: this browser forgets everything, as before; the server keeps the user's copy.
    reset: () => {
      generation += 1;
      local.reset();
    },
    subscribe: (key, callback) => local.subscribe(key, callback),
    listItems: (keyPrefix) => local.listItems?.(keyPrefix) ?? {},

    loadFromServer: async ({ adoptLocal = false } = {}) => {
      const started = generation;
      const writesBefore = new Map(writes);
      let remote: Record<string, unknown>;
      try {
        const { json } = await httpClient(`${API_URL}/preferences`);
        remote = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
      } catch (error) {
        console.warn('Could not load the saved preferences from the server.', error);
        return;
      }
      if (started !== generation) return;
      const before = localServerBackedItems();
      for (const [key, value] of Object.entries(remote)) {
        if (isServerBackedKey(key) && writes.get(key) === writesBefore.get(key)) local.setItem(key, value);
      }
      if (!adoptLocal) return;
      // Saved queries this browser had before they were kept on the server: keep them, now server-side.
      for (const [key, value] of Object.entries(before)) {
        if (!(key in remote) && Array.isArray(value) && value.length > 0) send(key, value);
      }
    },

    onSyncError: (listener) => {
      errorListeners.add(listener);
      return () => errorListeners.delete(listener);
    },
  };
};

/** The panel's one store (App.tsx); the auth provider loads it after login and on a page load with a session. */
export const preferencesStore = createServerBackedStore();
