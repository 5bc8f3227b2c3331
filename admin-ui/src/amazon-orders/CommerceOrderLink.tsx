import { Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';

interface CommerceOrderFields {
  commerce_order_id: number | null;
  commerce_increment_id: string | null;
}

/**
 * The Commerce order number (`#100000123`) linking to Sales > Orders, or why there is none yet. The
 * items repeat it as text (`link={false}`): one link to the order per page is enough.
 */
export const CommerceOrderLink = ({ link = true }: { link?: boolean }) => {
  const record = useRecordContext<CommerceOrderFields & { id: string | number }>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!record) return null;
  if (record.commerce_order_id == null) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('orderdesk.amazon_order_details.no_commerce_order')}
      </Typography>
    );
  }
  if (!link) {
    return (
      <Typography component="span" variant="body2">
        #{record.commerce_increment_id}
      </Typography>
    );
  }
  return (
    <Link to={createPath({ resource: 'orders', type: 'show', id: record.commerce_order_id })}>
      #{record.commerce_increment_id}
    </Link>
  );
};
