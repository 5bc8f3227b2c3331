import {
  BooleanInput,
  maxValue,
  minValue,
  NumberInput,
  number,
  RadioButtonGroupInput,
  required,
  SelectInput,
} from 'react-admin';
import {
  customerCreationChoices,
  newOrderStatusChoices,
  orderNumberSourceChoices,
  SYNC_INTERVAL_MAX,
  SYNC_INTERVAL_MIN,
} from './storeSettings';

const validateSyncInterval = [required(), number(), minValue(SYNC_INTERVAL_MIN), maxValue(SYNC_INTERVAL_MAX)];

/** A store's order settings (Adobe Amazon Sales Channel), the same on Create and Edit. */
export const StoreSettingsInputs = () => (
  <>
    <BooleanInput source="import_orders" helperText="orderdesk.stores.import_orders_help" />
    <RadioButtonGroupInput
      source="customer_creation"
      choices={customerCreationChoices}
      validate={required()}
    />
    <RadioButtonGroupInput
      source="order_number_source"
      choices={orderNumberSourceChoices}
      validate={required()}
    />
    <BooleanInput source="reserve_pending" label="orderdesk.stores.reserve_pending_input" />
    <SelectInput
      source="order_status"
      choices={newOrderStatusChoices}
      emptyText="orderdesk.stores.order_status_default"
      parse={(value: string) => (value === '' ? null : value)}
      helperText="orderdesk.stores.order_status_help"
    />
    <NumberInput
      source="sync_interval_minutes"
      min={SYNC_INTERVAL_MIN}
      max={SYNC_INTERVAL_MAX}
      step={1}
      validate={validateSyncInterval}
      helperText="orderdesk.stores.sync_interval_help"
    />
  </>
);
