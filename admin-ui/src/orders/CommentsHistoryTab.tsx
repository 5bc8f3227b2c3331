import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DocumentTable, useDateTime, type DocumentColumn } from './DocumentTable';
import type { HistoryEntry, OrderDetail } from './orderTypes';

/**
 * Magento's Comments History, newest first: when, the order's status then, who wrote it, whether the
 * buyer was e-mailed, and the comment (staff's own, or what an action or Amazon's sync recorded).
 */
export const CommentsHistoryTab = ({ order }: { order: OrderDetail }) => {
  const translate = useTranslate();
  const dateTime = useDateTime();
  const columns: DocumentColumn<HistoryEntry>[] = [
    { label: 'orderdesk.order_view.date', render: (entry) => dateTime(entry.created_at) },
    {
      label: 'orderdesk.order_view.status',
      render: (entry) =>
        entry.status ? translate(`orderdesk.order_status.${entry.status}`, { _: entry.status }) : '—',
    },
    { label: 'orderdesk.order_view.author', render: (entry) => entry.author ?? '—' },
    {
      label: 'orderdesk.order_view.buyer_notified',
      render: (entry) =>
        translate(
          entry.is_customer_notified ? 'orderdesk.order_view.notified' : 'orderdesk.order_view.not_notified',
        ),
    },
    {
      label: 'orderdesk.order_view.comment',
      render: (entry) => (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {entry.comment}
        </Typography>
      ),
    },
  ];
  return (
    <DocumentTable
      documents={order.history}
      columns={columns}
      empty="orderdesk.order_view.no_history"
      caption="orderdesk.order_view.comments_history"
    />
  );
};
