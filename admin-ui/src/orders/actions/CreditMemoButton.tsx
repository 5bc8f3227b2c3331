import RefundIcon from '@mui/icons-material/CurrencyExchange';
import { Alert, DialogContentText, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '../../common/MoneyField';
import { ItemQuantities, useItemQuantities } from '../ItemQuantities';
import { OrderActionDialog } from '../OrderActionDialog';
import { mayCreditMemo, qtyToRefund, shippingLeftToRefund } from '../orderRules';
import type { OrderDetail } from '../orderTypes';
import { useOrderAction } from '../useOrderAction';
import { DialogActionButton } from './DialogActionButton';

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;
const fromCents = (value: number) => `${Math.trunc(value / 100)}.${String(value % 100).padStart(2, '0')}`;

/** An amount input: a decimal string with at most two decimals, as the API takes money. */
const AmountField = ({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) => {
  const translate = useTranslate();
  const invalid = !MONEY.test(value.trim());
  return (
    <TextField
      label={translate(label)}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={invalid}
      helperText={invalid ? translate('orderdesk.order_view.amount_format') : undefined}
      slotProps={{ htmlInput: { inputMode: 'decimal' } }}
    />
  );
};

/**
 * Credit Memo (offline): the lines and quantities to refund (everything refundable by default), the
 * shipping to refund, and adjustments; then a confirmation, since a refund cannot be taken back. An
 * Amazon order's money goes back in Seller Central: the dialog says so.
 */
const CreditMemoDialog = ({ order, onClose }: { order: OrderDetail; onClose: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const quantities = useItemQuantities(order.items, qtyToRefund);
  const [shipping, setShipping] = useState(fromCents(shippingLeftToRefund(order)));
  const [adjustmentRefund, setAdjustmentRefund] = useState('0.00');
  const [adjustmentFee, setAdjustmentFee] = useState('0.00');
  const [confirming, setConfirming] = useState(false);
  const { mutate, isPending, error, reset } = useOrderAction(
    order.id,
    'credit-memos',
    'orderdesk.order_view.refunded',
  );
  const amountsValid = [shipping, adjustmentRefund, adjustmentFee].every((value) => MONEY.test(value.trim()));
  const submit = () => {
    if (!confirming) {
      setConfirming(true);
      return;
    }
    mutate(
      {
        items: quantities.lines.filter((line) => line.qty > 0),
        shipping_refund: shipping.trim(),
        adjustment_refund: adjustmentRefund.trim(),
        adjustment_fee: adjustmentFee.trim(),
      },
      { onSuccess: onClose },
    );
  };
  const amazonNotice = order.amazon_order_id ? (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {translate('orderdesk.order_view.seller_central_notice', { id: order.amazon_order_id })}
    </Alert>
  ) : null;
  return (
    <OrderActionDialog
      open
      title={translate('orderdesk.order_view.credit_memo_title', { number: order.increment_id })}
      submitLabel={confirming ? 'orderdesk.order_view.refund_offline' : 'orderdesk.order_view.next'}
      canSubmit={quantities.valid && amountsValid}
      isPending={isPending}
      error={error}
      destructive={confirming}
      onSubmit={submit}
      onClose={onClose}
      onBack={
        confirming
          ? () => {
              reset();
              setConfirming(false);
            }
          : undefined
      }
    >
      {amazonNotice}
      {confirming ? (
        <DialogContentText>
          {translate('orderdesk.order_view.credit_memo_confirm', {
            units: quantities.total,
            shipping: formatMoney(shipping.trim(), order.currency, locale),
            number: order.increment_id,
          })}
        </DialogContentText>
      ) : (
        <>
          <ItemQuantities
            items={quantities.eligible}
            quantities={quantities.quantities}
            maxOf={qtyToRefund}
            onChange={quantities.setQuantity}
            availableLabel="orderdesk.order_view.qty_left_to_refund"
            quantityLabel="orderdesk.order_view.qty_to_refund"
          />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <AmountField
              label="orderdesk.order_view.refund_shipping"
              value={shipping}
              onChange={setShipping}
            />
            <AmountField
              label="orderdesk.order_view.adjustment_refund"
              value={adjustmentRefund}
              onChange={setAdjustmentRefund}
            />
            <AmountField
              label="orderdesk.order_view.adjustment_fee"
              value={adjustmentFee}
              onChange={setAdjustmentFee}
            />
          </Stack>
        </>
      )}
    </OrderActionDialog>
  );
};

export const CreditMemoButton = ({ order }: { order: OrderDetail }) => (
  <DialogActionButton
    action="credit-memo"
    allowed={mayCreditMemo(order)}
    label="orderdesk.order_view.credit_memo"
    icon={<RefundIcon />}
    dialog={(onClose) => <CreditMemoDialog order={order} onClose={onClose} />}
  />
);
