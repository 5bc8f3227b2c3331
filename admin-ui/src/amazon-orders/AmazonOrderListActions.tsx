import { ColumnsButton, FilterButton, TopToolbar } from 'react-admin';
import { ExportCsvButton } from './ExportCsvButton';

/** The grid's toolbar: more filters (and saving the current one), the column chooser, the CSV export. */
export const AmazonOrderListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ColumnsButton />
    <ExportCsvButton />
  </TopToolbar>
);
