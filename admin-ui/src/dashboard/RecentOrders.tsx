import {
  Card,
  CardContent,
  CardHeader,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/DateTimeField';
import { formatMoney } from '../common/MoneyField';
import type { RecentOrder } from './dashboardApi';
import { amazonOrderPath, amazonOrdersPath } from '../common/amazonOrderPaths';

const COLUMNS = ['purchase_date', 'order_number', 'status', 'buyer_name', 'grand_total', 'notes'] as const;
const HEADING_ID = 'recent-orders-heading';

const OrderRow = ({ order }: { order: RecentOrder }) => {
  const translate = useTranslate();
  const [locale = 'en'] = useLocaleState();
  const blocked = order.import_state === 'blocked';
  return (
    <TableRow>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {formatDateTime(new Date(order.purchase_date), locale)}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <Link to={amazonOrderPath(order.id)}>{order.id}</Link>
      </TableCell>
      <TableCell>{translate(`orderdesk.amazon_status.${order.status}`, { _: order.status })}</TableCell>
      <TableCell>{order.buyer_name}</TableCell>
      <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {order.order_total === null ? null : formatMoney(order.order_total, order.currency, locale)}
      </TableCell>
      <TableCell sx={blocked ? { color: 'error.main' } : undefined}>
        {blocked && <span>{translate('orderdesk.dashboard.import_error_prefix')} </span>}
        {order.notes}
      </TableCell>
    </TableRow>
  );
};

const LoadingRows = () => (
  <>
    {[0, 1, 2].map((row) => (
      <TableRow key={row}>
        {COLUMNS.map((column) => (
          <TableCell key={column}>
            <Skeleton />
          </TableCell>
        ))}
      </TableRow>
    ))}
  </>
);

/** Recent Orders (Adobe's Amazon Sales Channel dashboard): the latest Amazon orders by purchase date. */
export const RecentOrders = ({ orders }: { orders: RecentOrder[] | undefined }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardHeader
        title={translate('orderdesk.dashboard.recent_orders')}
        slotProps={{ title: { component: 'h2', variant: 'h6', id: HEADING_ID } }}
        action={
          <Link to={amazonOrdersPath()} sx={{ display: 'inline-block', pt: 1, pr: 1 }}>
            {translate('orderdesk.dashboard.view_all')}
          </Link>
        }
      />
      <CardContent sx={{ overflowX: 'auto', pt: 0 }}>
        <Table size="small" aria-labelledby={HEADING_ID}>
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column} align={column === 'grand_total' ? 'right' : 'left'}>
                  {translate(`orderdesk.dashboard.column.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {orders ? (
              orders.map((order) => <OrderRow key={`${order.store_id}:${order.id}`} order={order} />)
            ) : (
              <LoadingRows />
            )}
          </TableBody>
        </Table>
        {orders?.length === 0 && (
          <Typography variant="body2" sx={{ pt: 2 }}>
            {translate('orderdesk.dashboard.no_orders')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
