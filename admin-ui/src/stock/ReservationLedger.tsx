import { CardContent, Typography } from '@mui/material';
import { DataTable, Pagination, ReferenceManyField, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { LedgerOrderLinks } from './LedgerOrderLinks';
import { SignedQuantityField } from './SignedQuantityField';

const HEADING_ID = 'reservation-ledger-heading';

const NoReservations = () => {
  const translate = useTranslate();
  return <Typography variant="body2">{translate('orderdesk.stock_ledger.empty')}</Typography>;
};

/**
 * The SKU's reservation ledger (Magento MSI), newest first and paged by the API: each row reserves
 * (negative) or compensates (positive), with why and for which order.
 */
export const ReservationLedger = () => {
  const translate = useTranslate();
  return (
    <CardContent component="section" aria-labelledby={HEADING_ID}>
      <Typography component="h2" variant="h6" id={HEADING_ID} gutterBottom>
        {translate('orderdesk.stock_ledger.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('orderdesk.stock_ledger.help')}
      </Typography>
      <ReferenceManyField
        reference="stock-reservations"
        target="sku"
        sort={{ field: 'id', order: 'DESC' }}
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
        empty={<NoReservations />}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="created_at">
            <DateTimeField source="created_at" />
          </DataTable.Col>
          <DataTable.Col source="quantity" disableSort align="right">
            <SignedQuantityField source="quantity" />
          </DataTable.Col>
          <DataTable.Col source="cause" disableSort>
            <EnumField source="cause" prefix="orderdesk.reservation_cause" />
          </DataTable.Col>
          <DataTable.Col source="reference" disableSort />
          <DataTable.Col source="order" disableSort>
            <LedgerOrderLinks />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </CardContent>
  );
};
