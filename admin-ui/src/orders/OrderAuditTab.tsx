import { Alert } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { AuditEntry } from '../types';
import { DocumentTable, useDateTime, type DocumentColumn } from './DocumentTable';
import type { OrderDetail } from './orderTypes';

type AuditRow = AuditEntry & { details?: Record<string, unknown> };

const AUDIT_PAGE = { page: 1, perPage: 200 };
const NEWEST_FIRST = { field: 'at', order: 'DESC' } as const;

/**
 * The audit rows of this order (admin, manager: `GET /api/audit-log` filtered by resource and record):
 * the Commerce order's, and for an Amazon order those kept under the Amazon order (its cancellation),
 * newest first.
 */
export const OrderAuditTab = ({ order }: { order: OrderDetail }) => {
  const translate = useTranslate();
  const dateTime = useDateTime();
  const own = useGetList<AuditRow>('audit-log', {
    filter: { resource: 'orders', record_id: String(order.id) },
    sort: NEWEST_FIRST,
    pagination: AUDIT_PAGE,
  });
  const amazon = useGetList<AuditRow>(
    'audit-log',
    {
      filter: { resource: 'amazon-orders', record_id: order.amazon_order_id ?? '' },
      sort: NEWEST_FIRST,
      pagination: AUDIT_PAGE,
    },
    { enabled: order.amazon_order_id !== null },
  );
  if (own.isPending) return null;
  if (own.error || amazon.error)
    return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  const rows = [...(own.data ?? []), ...(amazon.data ?? [])].sort((a, b) => b.at.localeCompare(a.at));
  const columns: DocumentColumn<AuditRow>[] = [
    { label: 'resources.audit-log.fields.at', render: (row) => dateTime(row.at) },
    {
      label: 'resources.audit-log.fields.user',
      render: (row) => row.user ?? translate('orderdesk.order_view.system'),
    },
    { label: 'resources.audit-log.fields.action', render: (row) => row.action },
    {
      label: 'resources.audit-log.fields.resource',
      render: (row) => `${row.resource} ${row.record_id ?? ''}`,
    },
    {
      label: 'orderdesk.order_view.audit_details',
      render: (row) =>
        row.details && Object.keys(row.details).length > 0 ? JSON.stringify(row.details) : '',
    },
  ];
  return (
    <DocumentTable
      documents={rows}
      columns={columns}
      empty="orderdesk.order_view.no_audit"
      caption="orderdesk.order_view.audit"
    />
  );
};
