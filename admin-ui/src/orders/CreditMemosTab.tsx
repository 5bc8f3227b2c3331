import { Alert } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '../common/MoneyField';
import { DocumentTable, LinesText, useDateTime, type DocumentColumn } from './DocumentTable';
import type { CreditMemoDocument, OrderDetail } from './orderTypes';

/** The Credit Memos tab: refunds made offline; an Amazon order's money goes back in Seller Central. */
export const CreditMemosTab = ({ order }: { order: OrderDetail }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dateTime = useDateTime();
  const money = (amount: string) => formatMoney(amount, order.currency, locale);
  const columns: DocumentColumn<CreditMemoDocument>[] = [
    { label: 'orderdesk.order_view.credit_memo_number', render: (memo) => `#${memo.increment_id}` },
    { label: 'orderdesk.order_view.date', render: (memo) => dateTime(memo.created_at) },
    { label: 'orderdesk.order_view.lines', render: (memo) => <LinesText lines={memo.items} /> },
    {
      label: 'orderdesk.order_view.refund_shipping',
      align: 'right',
      render: (memo) => money(memo.shipping_refund),
    },
    {
      label: 'orderdesk.order_view.adjustments',
      align: 'right',
      render: (memo) => `+${money(memo.adjustment_refund)} / −${money(memo.adjustment_fee)}`,
    },
    {
      label: 'orderdesk.order_view.refunded_total',
      align: 'right',
      render: (memo) => money(memo.grand_total),
    },
  ];
  return (
    <>
      {order.amazon_order_id && order.credit_memos.length > 0 ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('orderdesk.order_view.seller_central_notice', { id: order.amazon_order_id })}
        </Alert>
      ) : null}
      <DocumentTable
        documents={order.credit_memos}
        columns={columns}
        empty="orderdesk.order_view.no_credit_memos"
        caption="orderdesk.order_view.credit_memos"
      />
    </>
  );
};
