import { Alert, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { OutboundEmail } from '../outbound-emails';
import { DocumentTable, useDateTime, type DocumentColumn } from './DocumentTable';
import type { OrderDetail } from './orderTypes';

/** The e-mails sent to the buyer of this order (admin, manager: `GET /api/outbound-emails`). */
export const OrderEmailsTab = ({ order }: { order: OrderDetail }) => {
  const translate = useTranslate();
  const dateTime = useDateTime();
  const { data, isPending, error } = useGetList<OutboundEmail>('outbound-emails', {
    filter: { order_id: order.id },
    sort: { field: 'created_at', order: 'DESC' },
    pagination: { page: 1, perPage: 100 },
  });
  if (isPending) return null;
  if (error) return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  const columns: DocumentColumn<OutboundEmail>[] = [
    { label: 'orderdesk.order_view.date', render: (email) => dateTime(email.created_at) },
    { label: 'resources.outbound-emails.fields.to', render: (email) => email.to },
    { label: 'resources.outbound-emails.fields.subject', render: (email) => email.subject },
    {
      label: 'resources.outbound-emails.fields.body',
      render: (email) => (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {email.body}
        </Typography>
      ),
    },
  ];
  return (
    <DocumentTable
      documents={data ?? []}
      columns={columns}
      empty="orderdesk.order_view.no_emails"
      caption="orderdesk.order_view.emails"
    />
  );
};
