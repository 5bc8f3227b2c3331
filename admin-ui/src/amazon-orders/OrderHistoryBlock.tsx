import { Typography } from '@mui/material';
import { ArrayField, DataTable, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { hasDetails, type AmazonOrderDetails, type AmazonOrderHistoryEntry } from './amazonOrderDetails';
import { DetailsSection } from './DetailsSection';

const label = (key: string) => `orderdesk.amazon_order_details.history.${key}`;

/** Who: the staff member by name, else where the change came from (sync, Amazon, the system). */
const WhoField = () => {
  const entry = useRecordContext<AmazonOrderHistoryEntry>();
  const translate = useTranslate();
  if (!entry) return null;
  const text =
    entry.user_full_name ??
    entry.username ??
    translate(`orderdesk.amazon_order_details.source.${entry.source}`);
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};

/** The order's history, oldest first: when, the Amazon status then, who, and what happened. */
export const OrderHistoryBlock = () => {
  const order = useRecordContext<AmazonOrderDetails>();
  const translate = useTranslate();
  if (!hasDetails(order)) return null;
  return (
    <DetailsSection title="orderdesk.amazon_order_details.history_block">
      {order.history.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('orderdesk.amazon_order_details.history.none')}
        </Typography>
      ) : (
        <ArrayField source="history">
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="created_at" label={label('date')} disableSort>
              <DateTimeField source="created_at" />
            </DataTable.Col>
            <DataTable.Col source="status" label={label('status')} disableSort>
              <EnumField source="status" prefix="orderdesk.amazon_status" />
            </DataTable.Col>
            <DataTable.Col label={label('who')} disableSort>
              <WhoField />
            </DataTable.Col>
            <DataTable.Col source="comment" label={label('comment')} disableSort>
              <TextField source="comment" />
            </DataTable.Col>
          </DataTable>
        </ArrayField>
      )}
    </DetailsSection>
  );
};
