import ListIcon from '@mui/icons-material/ListAlt';
import { Button, Link, useCanAccess, useRecordContext } from 'react-admin';
import type { AmazonStore } from '../types';
import { syncLogPath } from './syncLogPath';

/** On a store's page: its Sync log, that is the sync runs filtered to this store. */
export const SyncLogButton = () => {
  const store = useRecordContext<AmazonStore>();
  const { canAccess } = useCanAccess({ resource: 'amazon-sync-runs', action: 'list' });
  if (!store || !canAccess) return null;
  return (
    <Button component={Link} to={syncLogPath(store.id)} label="orderdesk.stores.sync_log">
      <ListIcon />
    </Button>
  );
};
