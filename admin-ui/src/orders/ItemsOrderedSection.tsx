import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '../common/MoneyField';
import { OrderSection } from './OrderSection';
import type { OrderDetail } from './orderTypes';

const QUANTITIES = ['qty_ordered', 'qty_invoiced', 'qty_shipped', 'qty_refunded', 'qty_canceled'] as const;

/** Magento's Items Ordered: each line with its price, its quantity counters, tax and row total. */
export const ItemsOrderedSection = ({ order }: { order: OrderDetail }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const money = (amount: string) => formatMoney(amount, order.currency, locale);
  return (
    <OrderSection title="orderdesk.order_view.items_ordered">
      <TableContainer>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('orderdesk.order_view.product')}</TableCell>
              <TableCell>{translate('orderdesk.order_view.sku')}</TableCell>
              <TableCell align="right">{translate('orderdesk.order_view.price')}</TableCell>
              {QUANTITIES.map((column) => (
                <TableCell key={column} align="right">
                  {translate(`orderdesk.order_view.${column}`)}
                </TableCell>
              ))}
              <TableCell align="right">{translate('orderdesk.order_view.tax')}</TableCell>
              <TableCell align="right">{translate('orderdesk.order_view.row_total')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {order.items.map((item) => (
              <TableRow key={item.id}>
                <TableCell component="th" scope="row">
                  <Typography variant="body2">{item.name ?? item.sku}</Typography>
                </TableCell>
                <TableCell>{item.sku}</TableCell>
                <TableCell align="right">{money(item.price)}</TableCell>
                {QUANTITIES.map((column) => (
                  <TableCell key={column} align="right">
                    {item[column]}
                  </TableCell>
                ))}
                <TableCell align="right">{money(item.tax_amount)}</TableCell>
                <TableCell align="right">{money(item.row_total)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </OrderSection>
  );
};
