import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useFieldValue, useTranslate } from 'react-admin';

interface OrderStatusSettingFieldProps {
  source: string;
  label?: ReactNode;
}

/** The store's status for new orders; none set means Commerce's default status. */
export const OrderStatusSettingField = ({ source }: OrderStatusSettingFieldProps) => {
  const value: unknown = useFieldValue({ source });
  const translate = useTranslate();
  const text =
    typeof value === 'string' && value !== ''
      ? translate(`orderdesk.order_status.${value}`, { _: value })
      : translate('orderdesk.stores.order_status_default');
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};
