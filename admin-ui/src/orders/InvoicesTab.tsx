import { useLocaleState } from 'react-admin';
import { formatMoney } from '../common/MoneyField';
import { DocumentTable, LinesText, useDateTime, type DocumentColumn } from './DocumentTable';
import type { InvoiceDocument, OrderDetail } from './orderTypes';

/** The Invoices tab: each invoice with its date, lines and total (Amazon orders are paid on Amazon). */
export const InvoicesTab = ({ order }: { order: OrderDetail }) => {
  const [locale] = useLocaleState();
  const dateTime = useDateTime();
  const columns: DocumentColumn<InvoiceDocument>[] = [
    { label: 'orderdesk.order_view.invoice_number', render: (invoice) => `#${invoice.increment_id}` },
    { label: 'orderdesk.order_view.date', render: (invoice) => dateTime(invoice.created_at) },
    { label: 'orderdesk.order_view.lines', render: (invoice) => <LinesText lines={invoice.items} /> },
    { label: 'orderdesk.order_view.total_qty', align: 'right', render: (invoice) => invoice.total_qty },
    {
      label: 'orderdesk.order_view.grand_total',
      align: 'right',
      render: (invoice) => formatMoney(invoice.grand_total, order.currency, locale),
    },
  ];
  return (
    <DocumentTable
      documents={order.invoices}
      columns={columns}
      empty="orderdesk.order_view.no_invoices"
      caption="orderdesk.order_view.invoices"
    />
  );
};
