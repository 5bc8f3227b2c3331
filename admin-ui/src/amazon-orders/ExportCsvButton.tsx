import DownloadIcon from '@mui/icons-material/Download';
import { Button } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { API_URL } from '../httpClient';

/**
 * Export CSV: the whole filtered set in the grid's order, not only the page shown. The API streams it as an
 * attachment, so a plain link downloads it (the session cookie goes along) without holding it in the page.
 */
export const ExportCsvButton = () => {
  const { filterValues, sort, total } = useListContext();
  const translate = useTranslate();
  const query = new URLSearchParams({
    filter: JSON.stringify(filterValues),
    sort: JSON.stringify([sort.field, sort.order]),
  });
  return (
    <Button
      size="small"
      href={`${API_URL}/amazon-orders/export.csv?${query}`}
      download
      startIcon={<DownloadIcon />}
      disabled={total === 0}
    >
      {translate('orderdesk.amazon_grid.export_csv')}
    </Button>
  );
};
