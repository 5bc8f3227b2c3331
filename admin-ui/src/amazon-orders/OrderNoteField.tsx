import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { AmazonOrder } from '../types';

/** The grid's Last action column: what last happened to the order, or why its import is blocked. */
export const OrderNoteField = () => {
  const record = useRecordContext<AmazonOrder>();
  if (!record) return null;
  if (record.import_state === 'blocked' && record.import_error) {
    return (
      <Typography component="span" variant="body2" color="error">
        {record.import_error}
      </Typography>
    );
  }
  return record.last_action ? (
    <Typography component="span" variant="body2">
      {record.last_action}
    </Typography>
  ) : null;
};
