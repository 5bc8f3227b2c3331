import { ColumnsButton, FilterButton, TopToolbar } from 'react-admin';
import { SavedQueriesButton } from '../common/SavedQueriesButton';
import { ExportCsvButton } from './ExportCsvButton';

/**
 * The grid's toolbar: more filters, the user's saved queries (apply, save, remove: at every width, the
 * sidebar's list being there on wide screens only), the column chooser, the CSV export.
 */
export const AmazonOrderListActions = () => (
  <TopToolbar>
    <FilterButton />
    <SavedQueriesButton />
    <ColumnsButton />
    <ExportCsvButton />
  </TopToolbar>
);
