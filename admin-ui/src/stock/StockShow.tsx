import { NumberField, Show, SimpleShowLayout, TextField, useLocaleState } from 'react-admin';
import { ReservationLedger } from './ReservationLedger';

/** One SKU: its stock figures, then its reservation ledger (what moved the reserved quantity, and why). */
export const StockShow = () => {
  const [locale] = useLocaleState();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="id" />
        <TextField source="name" />
        <NumberField source="on_hand" locales={locale} />
        <NumberField source="reserved" locales={locale} />
        <NumberField source="salable" locales={locale} />
      </SimpleShowLayout>
      <ReservationLedger />
    </Show>
  );
};
