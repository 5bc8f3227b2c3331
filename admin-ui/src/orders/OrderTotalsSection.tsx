import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '../common/MoneyField';
import { cents } from './orderRules';
import { OrderSection } from './OrderSection';
import type { OrderDetail } from './orderTypes';

type Total = { label: string; amount: string; strong?: boolean; unlessZero?: boolean };

/** Magento's Order Totals: what the order costs, then what was paid, refunded, canceled and is still due. */
export const OrderTotalsSection = ({ order }: { order: OrderDetail }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const totals: Total[] = [
    { label: 'subtotal', amount: order.subtotal },
    { label: 'shipping_handling', amount: order.shipping_amount },
    { label: 'discount', amount: order.discount_amount, unlessZero: true },
    { label: 'tax', amount: order.tax_amount },
    { label: 'grand_total', amount: order.grand_total, strong: true },
    { label: 'total_paid', amount: order.total_paid, strong: true },
    { label: 'total_refunded', amount: order.total_refunded, strong: true },
    { label: 'total_canceled', amount: order.total_canceled, unlessZero: true },
    { label: 'total_due', amount: order.total_due, strong: true },
  ];
  return (
    <OrderSection title="orderdesk.order_view.order_totals">
      <Table size="small" sx={{ maxWidth: 480 }}>
        <TableBody>
          {totals
            .filter((total) => !total.unlessZero || cents(total.amount) !== 0)
            .map((total) => (
              <TableRow key={total.label}>
                <TableCell component="th" scope="row" sx={{ fontWeight: total.strong ? 700 : undefined }}>
                  {translate(`orderdesk.order_view.${total.label}`)}
                </TableCell>
                <TableCell
                  align="right"
                  sx={{ fontWeight: total.strong ? 700 : undefined, fontVariantNumeric: 'tabular-nums' }}
                >
                  {formatMoney(total.amount, order.currency, locale)}
                </TableCell>
              </TableRow>
            ))}
        </TableBody>
      </Table>
    </OrderSection>
  );
};
