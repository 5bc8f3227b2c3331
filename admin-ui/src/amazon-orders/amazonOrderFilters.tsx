import {
  AutocompleteInput,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import { dateRangeInputs } from '../common/dateRangeInputs';
import { OrderSearchInput } from '../common/OrderSearchInput';
import type { CancellationState, ImportState } from '../types';
import { AMAZON_ORDER_STATUSES } from './amazonOrderStatuses';

const CANCELLATION_STATES: readonly CancellationState[] = ['none', 'requested', 'confirmed', 'refused'];
const IMPORT_STATES: readonly ImportState[] = ['not_imported', 'imported', 'blocked'];

const choicesOf = (values: readonly string[], prefix: string) =>
  values.map((value) => ({ id: value, name: `${prefix}.${value}` }));

/**
 * The Amazon orders grid's filters (those the API's list accepts): search, purchase date range, order
 * number (its start), buyer, total range, status, store, cancellation, the buyer's cancel requests, and
 * import state (Blocked: the orders whose import failed, with the reason).
 */
export const amazonOrderFilters = [
  <OrderSearchInput key="q" source="q" alwaysOn />,
  ...dateRangeInputs('purchase_date'),
  <TextInput key="amazon_order_id" source="amazon_order_id" />,
  <TextInput key="buyer_name" source="buyer_name" />,
  <NumberInput key="order_total_gte" source="order_total_gte" min={0} />,
  <NumberInput key="order_total_lte" source="order_total_lte" min={0} />,
  <SelectInput
    key="status"
    source="status"
    choices={choicesOf(AMAZON_ORDER_STATUSES, 'orderdesk.amazon_status')}
  />,
  <ReferenceInput key="store_id" source="store_id" reference="amazon-stores">
    <AutocompleteInput label="resources.amazon-orders.fields.store_id" />
  </ReferenceInput>,
  <SelectInput
    key="cancellation_state"
    source="cancellation_state"
    choices={choicesOf(CANCELLATION_STATES, 'orderdesk.cancellation_state')}
  />,
  <NullableBooleanInput key="buyer_cancel_requested" source="buyer_cancel_requested" alwaysOn />,
  <SelectInput
    key="import_state"
    source="import_state"
    choices={choicesOf(IMPORT_STATES, 'orderdesk.import_state')}
  />,
];
