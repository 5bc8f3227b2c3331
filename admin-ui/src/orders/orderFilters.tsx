import { NumberInput, SelectInput } from 'react-admin';
import { dateRangeInputs } from '../common/dateRangeInputs';
import { OrderSearchInput } from '../common/OrderSearchInput';
import type { CommerceOrderStatus } from '../types';

const STATUSES: readonly CommerceOrderStatus[] = [
  'pending',
  'processing',
  'complete',
  'canceled',
  'closed',
  'holded',
];
const CHANNELS = ['amazon', 'web'] as const;

const choicesOf = (values: readonly string[], prefix: string) =>
  values.map((value) => ({ id: value, name: `${prefix}.${value}` }));

/** Sales > Orders filters (those the API's list accepts): search, status, channel, created date and total ranges. */
export const orderFilters = [
  <OrderSearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={choicesOf(STATUSES, 'orderdesk.order_status')}
    alwaysOn
  />,
  <SelectInput key="channel" source="channel" choices={choicesOf(CHANNELS, 'orderdesk.channel')} />,
  ...dateRangeInputs('created_at'),
  <NumberInput key="grand_total_gte" source="grand_total_gte" min={0} />,
  <NumberInput key="grand_total_lte" source="grand_total_lte" min={0} />,
];
