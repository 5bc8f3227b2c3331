import { Stack } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { amazonOrderPath } from '../common/amazonOrderPaths';

interface LedgerRecord {
  id: number;
  amazon_order_id: string | null;
  commerce_order_id: number | null;
  commerce_increment_id: string | null;
}

/** The Amazon order (to Amazon Order Details) and the Commerce order (to Sales > Orders) of a ledger row. */
export const LedgerOrderLinks = () => {
  const record = useRecordContext<LedgerRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack spacing={0.5}>
      {record.amazon_order_id && (
        <Link to={amazonOrderPath(record.amazon_order_id)}>
          {translate('orderdesk.stock_ledger.amazon_order', { id: record.amazon_order_id })}
        </Link>
      )}
      {record.commerce_order_id !== null && (
        <Link to={`/orders/${record.commerce_order_id}/show`}>
          {translate('orderdesk.stock_ledger.commerce_order', {
            number: record.commerce_increment_id ?? record.commerce_order_id,
          })}
        </Link>
      )}
    </Stack>
  );
};
