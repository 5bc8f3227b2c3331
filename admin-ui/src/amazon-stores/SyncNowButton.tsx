import SyncIcon from '@mui/icons-material/Sync';
import { CircularProgress } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import {
  Button,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { OrderDeskDataProvider } from '../dataProvider';
import type { AmazonStore } from '../types';
import { ViewSyncLogAction } from './ViewSyncLogAction';

const SYNC_NOTICE_MS = 10_000;

/**
 * Sync now: asks the API to sync the store in context at once (a queued run, or the one already queued or
 * running). Shown to the roles allowed the `sync` action on stores only (admins and managers); the API
 * refuses the others anyway. Its notification links to the store's Sync log.
 */
export const SyncNowButton = () => {
  const record = useRecordContext<AmazonStore>();
  const { canAccess, isPending: accessPending } = useCanAccess({
    resource: 'amazon-stores',
    action: 'sync',
    record,
  });
  const dataProvider = useDataProvider<OrderDeskDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [syncing, setSyncing] = useState(false);

  if (!record || accessPending || !canAccess) return null;

  const handleClick = async (event: MouseEvent) => {
    // In a list row, the click must not also open the store.
    event.stopPropagation();
    if (syncing) return;
    setSyncing(true);
    try {
      const { data: run } = await dataProvider.syncStore(record.id);
      // After a 401, react-admin logs out and the promise resolves without a run: nothing to announce.
      if (typeof run?.id === 'number') {
        notify('orderdesk.stores.sync_queued', {
          type: 'success',
          messageArgs: { id: run.id },
          // Long enough to reach the link; MUI's Snackbar also waits while the pointer is over it.
          autoHideDuration: SYNC_NOTICE_MS,
          action: <ViewSyncLogAction storeId={record.id} />,
        });
      }
      refresh();
    } catch (error) {
      const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setSyncing(false);
    }
  };

  const label = translate('orderdesk.stores.sync_now');
  return (
    <Button
      label={label}
      // Explicit, so that the name stays while the button is disabled (small screens show the icon only).
      aria-label={label}
      aria-busy={syncing}
      disabled={syncing}
      onClick={(event: MouseEvent) => void handleClick(event)}
    >
      {syncing ? <CircularProgress size={16} color="inherit" aria-hidden /> : <SyncIcon />}
    </Button>
  );
};
