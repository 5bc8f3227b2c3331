import { Button } from '@mui/material';
import { Link, useCloseNotification, useTranslate, type Identifier } from 'react-admin';
import { syncLogPath } from '../amazon-sync-runs/syncLogPath';

/**
 * The action of Sync now's notification: opens the Sync log filtered to the store, where the queued run
 * shows up, and closes the notification on the way.
 */
export const ViewSyncLogAction = ({ storeId }: { storeId: Identifier }) => {
  const translate = useTranslate();
  const close = useCloseNotification();
  return (
    <Button component={Link} to={syncLogPath(storeId)} onClick={close} color="inherit" size="small">
      {translate('orderdesk.stores.view_sync_log')}
    </Button>
  );
};
