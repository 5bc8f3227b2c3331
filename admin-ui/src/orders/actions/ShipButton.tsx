import ShipIcon from '@mui/icons-material/LocalShipping';
import { MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { ItemQuantities, useItemQuantities } from '../ItemQuantities';
import { OrderActionDialog } from '../OrderActionDialog';
import { mayShip, qtyToShip } from '../orderRules';
import type { OrderDetail } from '../orderTypes';
import { useOrderAction } from '../useOrderAction';
import { DialogActionButton } from './DialogActionButton';

/** Magento's carriers (the API's carrier codes) and the title each starts with; custom needs its name. */
const CARRIERS = [
  { code: 'ups', title: 'UPS' },
  { code: 'usps', title: 'USPS' },
  { code: 'fedex', title: 'FedEx' },
  { code: 'dhl', title: 'DHL' },
  { code: 'custom', title: '' },
] as const;
type CarrierCode = (typeof CARRIERS)[number]['code'];

/** Ship: carrier, title and tracking number, and the quantities (all that is open by default). */
const ShipDialog = ({ order, onClose }: { order: OrderDetail; onClose: () => void }) => {
  const translate = useTranslate();
  const quantities = useItemQuantities(order.items, qtyToShip);
  const [carrier, setCarrier] = useState<CarrierCode>('ups');
  const [title, setTitle] = useState<string>('UPS');
  const [tracking, setTracking] = useState('');
  const { mutate, isPending, error } = useOrderAction(order.id, 'shipments', 'orderdesk.order_view.shipped');
  const chooseCarrier = (code: CarrierCode) => {
    setCarrier(code);
    setTitle(CARRIERS.find((entry) => entry.code === code)?.title ?? '');
  };
  const titleMissing = carrier === 'custom' && title.trim() === '';
  const complete = tracking.trim() !== '' && !titleMissing && quantities.valid && quantities.total > 0;
  const submit = () =>
    mutate(
      {
        carrier,
        title: title.trim() || null,
        tracking_number: tracking.trim(),
        ...(quantities.isFull ? {} : { items: quantities.lines.filter((line) => line.qty > 0) }),
      },
      { onSuccess: onClose },
    );
  return (
    <OrderActionDialog
      open
      title={translate('orderdesk.order_view.ship_title', { number: order.increment_id })}
      submitLabel="orderdesk.order_view.submit_shipment"
      canSubmit={complete}
      isPending={isPending}
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      {order.amazon_order_id ? (
        <p>{translate('orderdesk.order_view.ship_amazon_notice', { id: order.amazon_order_id })}</p>
      ) : null}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ my: 2 }}>
        <TextField
          select
          label={translate('orderdesk.order_view.carrier')}
          value={carrier}
          onChange={(event) => chooseCarrier(event.target.value as CarrierCode)}
          sx={{ minWidth: 160 }}
        >
          {CARRIERS.map((entry) => (
            <MenuItem key={entry.code} value={entry.code}>
              {translate(`orderdesk.order_view.carriers.${entry.code}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={translate('orderdesk.order_view.carrier_title')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          required={carrier === 'custom'}
          error={titleMissing}
          helperText={titleMissing ? translate('orderdesk.order_view.carrier_title_required') : undefined}
          slotProps={{ htmlInput: { maxLength: 255 } }}
        />
        <TextField
          label={translate('orderdesk.order_view.tracking_number')}
          value={tracking}
          onChange={(event) => setTracking(event.target.value)}
          required
          slotProps={{ htmlInput: { maxLength: 100 } }}
          sx={{ flex: 1 }}
        />
      </Stack>
      <ItemQuantities
        items={quantities.eligible}
        quantities={quantities.quantities}
        maxOf={qtyToShip}
        onChange={quantities.setQuantity}
        availableLabel="orderdesk.order_view.qty_left_to_ship"
        quantityLabel="orderdesk.order_view.qty_to_ship"
      />
    </OrderActionDialog>
  );
};

export const ShipButton = ({ order }: { order: OrderDetail }) => (
  <DialogActionButton
    action="ship"
    allowed={mayShip(order)}
    label="orderdesk.order_view.ship"
    icon={<ShipIcon />}
    dialog={(onClose) => <ShipDialog order={order} onClose={onClose} />}
  />
);
