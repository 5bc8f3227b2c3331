import { Card, CardContent, CardHeader, List, ListItem, ListItemText, Skeleton } from '@mui/material';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { syncLogPath } from '../amazon-sync-runs/syncLogPath';
import { formatDateTime } from '../common/DateTimeField';
import type { StoreSync } from './dashboardApi';

const StoreLine = ({ store }: { store: StoreSync }) => {
  const translate = useTranslate();
  const [locale = 'en'] = useLocaleState();
  const run = store.last_run;
  const summary = run
    ? translate('orderdesk.dashboard.sync_summary', {
        status: translate(`orderdesk.sync_status.${run.status}`, { _: run.status }),
        when: formatDateTime(new Date(run.finished_at ?? run.started_at), locale),
      })
    : translate('orderdesk.dashboard.never_synced');
  const counts = run
    ? translate('orderdesk.dashboard.sync_counts', {
        seen: run.orders_seen,
        created: run.created,
        updated: run.updated,
        canceled: run.canceled,
        blocked: run.blocked,
        errors: run.errors,
      })
    : null;
  return (
    <ListItem
      disableGutters
      secondaryAction={
        <Link
          to={syncLogPath(store.store_id)}
          aria-label={translate('orderdesk.dashboard.store_sync_log', { store: store.name })}
        >
          {translate('orderdesk.stores.sync_log')}
        </Link>
      }
    >
      <ListItemText
        primary={store.name}
        secondary={
          <>
            {summary}
            {counts && <br />}
            {counts}
            {run?.error_message && (
              <>
                <br />
                {run.error_message}
              </>
            )}
          </>
        }
        slotProps={{ secondary: { color: run?.status === 'failed' ? 'error' : 'text.secondary' } }}
        sx={{ pr: 10 }}
      />
    </ListItem>
  );
};

/** Each store's last sync: when, how it ended, and what it brought. */
export const StoreSyncs = ({ stores }: { stores: StoreSync[] | undefined }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardHeader
        title={translate('orderdesk.dashboard.last_syncs')}
        slotProps={{ title: { component: 'h2', variant: 'h6' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {stores ? (
          <List dense disablePadding>
            {stores.map((store) => (
              <StoreLine key={store.store_id} store={store} />
            ))}
          </List>
        ) : (
          <Skeleton height={64} />
        )}
      </CardContent>
    </Card>
  );
};
