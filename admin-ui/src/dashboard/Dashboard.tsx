import { Card, CardContent, Skeleton, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';

/**
 * A welcome card for now. The real dashboard (Recent Orders from GET /api/dashboard, headline figures)
 * is a later issue; nothing here is made up meanwhile.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  const roleCode: unknown = identity?.role;
  const role = typeof roleCode === 'string' ? translate(`orderdesk.roles.${roleCode}`, { _: roleCode }) : '';

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="ra.page.dashboard" />
      <CardContent>
        <Typography component="h2" variant="h5" gutterBottom>
          {isPending ? (
            <Skeleton width="40%" />
          ) : (
            translate('orderdesk.dashboard.welcome', { name: identity?.fullName ?? '' })
          )}
        </Typography>
        {role && (
          <Typography color="text.secondary" gutterBottom>
            {translate('orderdesk.dashboard.role', { role })}
          </Typography>
        )}
        <Typography variant="body2">{translate('orderdesk.dashboard.intro')}</Typography>
      </CardContent>
    </Card>
  );
};
