import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AmazonOrder } from '../types';
import { buyerRequestOpen } from './cancellation';
import { tintSx, type Tone } from './cancellationTone';

interface Badge {
  key: string;
  tone: Tone;
}

/** The order's cancellation in a word or three: what staff asked and Amazon answered, or who canceled it. */
export const cancellationBadge = (order: AmazonOrder): Badge | null => {
  switch (order.cancellation_state) {
    case 'requested':
      return { key: 'orderdesk.cancellation_chip.requested', tone: 'info' };
    case 'confirmed':
      return { key: 'orderdesk.cancellation_chip.confirmed', tone: 'success' };
    case 'refused':
      return { key: 'orderdesk.cancellation_chip.refused', tone: 'error' };
    default:
      return order.canceled_by
        ? { key: `orderdesk.cancellation_chip.canceled_by.${order.canceled_by}`, tone: 'info' }
        : null;
  }
};

/** The grid's Cancellation column: the cancellation state, and the buyer's request while it is open. */
export const CancellationChips = () => {
  const record = useRecordContext<AmazonOrder>();
  const translate = useTranslate();
  if (!record) return null;
  const badges = [cancellationBadge(record)];
  if (buyerRequestOpen(record))
    badges.push({ key: 'orderdesk.cancellation_chip.buyer_request', tone: 'warning' });
  const shown = badges.filter((badge): badge is Badge => badge !== null);
  if (shown.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {shown.map(({ key, tone }) => (
        <Chip key={key} size="small" label={translate(key)} sx={tintSx(tone)} />
      ))}
    </Stack>
  );
};
