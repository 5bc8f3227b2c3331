import { Alert, Box, Button, Skeleton, Stack, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { HeadlineCards } from './HeadlineCards';
import { RecentOrders } from './RecentOrders';
import { StoreSyncs } from './StoreSyncs';
import { useDashboard } from './useDashboard';

const Welcome = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  const roleCode: unknown = identity?.role;
  const role = typeof roleCode === 'string' ? translate(`orderdesk.roles.${roleCode}`, { _: roleCode }) : '';
  return (
    <Box>
      <Typography component="h2" variant="h5">
        {isPending ? (
          <Skeleton width="40%" />
        ) : (
          translate('orderdesk.dashboard.welcome', { name: identity?.fullName ?? '' })
        )}
      </Typography>
      {role && (
        <Typography color="text.secondary">{translate('orderdesk.dashboard.role', { role })}</Typography>
      )}
    </Box>
  );
};

/**
 * The merchant's first screen: headline figures (each opening the Amazon orders grid on what it counts),
 * each store's last sync, and Recent Orders. Every figure comes from GET /api/dashboard.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { data, error, isPending, isFetching, refetch } = useDashboard();
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
      <Title title="ra.page.dashboard" />
      <Welcome />
      {error && !data ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void refetch()} disabled={isFetching}>
              {translate('orderdesk.dashboard.retry')}
            </Button>
          }
        >
          {translate('orderdesk.dashboard.load_error')}{' '}
          {error instanceof Error && error.message ? translate(error.message, { _: error.message }) : null}
        </Alert>
      ) : (
        <>
          <Box
            component="section"
            aria-label={translate('orderdesk.dashboard.headlines')}
            aria-busy={isPending}
          >
            <HeadlineCards data={data} />
          </Box>
          <StoreSyncs stores={data?.stores} />
          <RecentOrders orders={data?.recent_orders} />
        </>
      )}
    </Stack>
  );
};
