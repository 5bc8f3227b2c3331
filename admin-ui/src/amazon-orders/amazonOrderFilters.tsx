import {
  AutocompleteInput,
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
} from 'react-admin';
import type { AmazonOrderStatus, CancellationState } from '../types';

const STATUSES: readonly AmazonOrderStatus[] = [
  'Pending',
  'Unshipped',
  'PartiallyShipped',
  'Shipped',
  'Canceled',
  'Unfulfillable',
  'InvoiceUnconfirmed',
  'PendingAvailability',
];
const CANCELLATION_STATES: readonly CancellationState[] = ['none', 'requested', 'confirmed', 'refused'];

const choicesOf = (values: readonly string[], prefix: string) =>
  values.map((value) => ({ id: value, name: `${prefix}.${value}` }));

/**
 * The Amazon orders grid's filters (those the API's list accepts): search by order number, buyer name or
 * e-mail, and Amazon status, store, cancellation state, and the buyer's cancel requests.
 */
export const amazonOrderFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesOf(STATUSES, 'orderdesk.amazon_status')} />,
  <ReferenceInput key="store_id" source="store_id" reference="amazon-stores">
    <AutocompleteInput label="resources.amazon-orders.fields.store_id" />
  </ReferenceInput>,
  <SelectInput
    key="cancellation_state"
    source="cancellation_state"
    choices={choicesOf(CANCELLATION_STATES, 'orderdesk.cancellation_state')}
  />,
  <NullableBooleanInput key="buyer_cancel_requested" source="buyer_cancel_requested" alwaysOn />,
];
