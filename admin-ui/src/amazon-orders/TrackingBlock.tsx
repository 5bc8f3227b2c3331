import { Typography } from '@mui/material';
import { ArrayField, DataTable, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { hasDetails, type AmazonOrderDetails, type AmazonOrderTracking } from './amazonOrderDetails';
import { DetailsSection } from './DetailsSection';

const label = (key: string) => `orderdesk.amazon_order_details.tracking.${key}`;

/** The carrier as staff chose it: Amazon's carrier code, and its name when it is not the same. */
const CarrierField = () => {
  const track = useRecordContext<AmazonOrderTracking>();
  if (!track) return null;
  const { carrier_code: code, carrier_name: name } = track;
  const text =
    name && code && name.toLowerCase() !== code.toLowerCase() ? `${name} (${code})` : (name ?? code);
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};

/** Nothing shipped yet, or Amazon ships it itself (AFN) and keeps the tracking in Seller Central. */
const NoTracking = () => {
  const order = useRecordContext<AmazonOrderDetails>();
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(
        order?.fulfillment_channel === 'AFN'
          ? 'orderdesk.amazon_order_details.tracking.by_amazon'
          : 'orderdesk.amazon_order_details.tracking.none',
      )}
    </Typography>
  );
};

/** Tracking Information: each package's carrier, number, date, and whether Amazon has it yet. */
export const TrackingBlock = () => {
  const order = useRecordContext<AmazonOrderDetails>();
  if (!hasDetails(order)) return null;
  return (
    <DetailsSection title="orderdesk.amazon_order_details.tracking_block">
      {order.tracking.length === 0 ? (
        <NoTracking />
      ) : (
        <ArrayField source="tracking">
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col label={label('carrier')} disableSort>
              <CarrierField />
            </DataTable.Col>
            <DataTable.Col source="tracking_number" label={label('tracking_number')} disableSort />
            <DataTable.Col source="shipped_at" label={label('shipped_at')} disableSort>
              <DateTimeField source="shipped_at" />
            </DataTable.Col>
            <DataTable.Col source="shipment_increment_id" label={label('shipment')} disableSort />
            <DataTable.Col source="confirmation" label={label('confirmation')} disableSort>
              <EnumField source="confirmation" prefix="orderdesk.amazon_order_details.confirmation" />
            </DataTable.Col>
          </DataTable>
        </ArrayField>
      )}
    </DetailsSection>
  );
};
