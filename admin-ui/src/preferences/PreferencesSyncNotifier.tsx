import { useEffect } from 'react';
import { useNotify } from 'react-admin';
import { preferencesStore } from './serverBackedStore';

let told = false;

/** Tells the user once per page load that a saved query could not be stored on the server. Renders nothing. */
export const PreferencesSyncNotifier = () => {
  const notify = useNotify();
  useEffect(
    () =>
      preferencesStore.onSyncError(() => {
        if (told) return;
        told = true;
        notify('orderdesk.preferences.sync_failed', { type: 'warning' });
      }),
    [notify],
  );
  return null;
};
