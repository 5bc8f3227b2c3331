import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DocumentTable, LinesText, useDateTime, type DocumentColumn } from './DocumentTable';
import type { OrderDetail, ShipmentDocument } from './orderTypes';
import { RetryConfirmationButton } from './RetryConfirmationButton';

/** Where the tracking stands with Amazon, Amazon's last refusal, and Retry once it gave up. */
const AmazonConfirmation = ({ shipment }: { shipment: ShipmentDocument }) => {
  const translate = useTranslate();
  const amazon = shipment.amazon;
  if (!amazon) return <>—</>;
  const failed = amazon.confirmation === 'failed';
  return (
    <Box>
      <Typography
        variant="body2"
        color={failed ? 'error' : undefined}
        sx={{ fontWeight: failed ? 700 : undefined }}
      >
        {translate(`orderdesk.order_view.confirmation.${amazon.confirmation}`)}
      </Typography>
      {amazon.error ? <Typography variant="body2">{amazon.error}</Typography> : null}
      {failed ? <RetryConfirmationButton shipment={shipment} /> : null}
    </Box>
  );
};

/** The Shipments tab: each package with its lines, carrier and tracking number, and Amazon's side. */
export const ShipmentsTab = ({ order }: { order: OrderDetail }) => {
  const translate = useTranslate();
  const dateTime = useDateTime();
  const carrierOf = (shipment: ShipmentDocument) => {
    if (!shipment.track) return '—';
    const code = shipment.track.carrier_code;
    const name = translate(`orderdesk.order_view.carriers.${code}`, { _: code });
    return shipment.track.title && shipment.track.title !== name ? `${name}: ${shipment.track.title}` : name;
  };
  const columns: DocumentColumn<ShipmentDocument>[] = [
    { label: 'orderdesk.order_view.shipment_number', render: (shipment) => `#${shipment.increment_id}` },
    { label: 'orderdesk.order_view.date', render: (shipment) => dateTime(shipment.created_at) },
    { label: 'orderdesk.order_view.lines', render: (shipment) => <LinesText lines={shipment.items} /> },
    { label: 'orderdesk.order_view.carrier', render: carrierOf },
    {
      label: 'orderdesk.order_view.tracking_number',
      render: (shipment) => shipment.track?.track_number ?? '—',
    },
    ...(order.amazon_order_id
      ? [
          {
            label: 'orderdesk.order_view.amazon_confirmation',
            render: (shipment: ShipmentDocument) => <AmazonConfirmation shipment={shipment} />,
          },
        ]
      : []),
  ];
  return (
    <DocumentTable
      documents={order.shipments}
      columns={columns}
      empty="orderdesk.order_view.no_shipments"
      caption="orderdesk.order_view.shipments"
    />
  );
};
