import { TablePagination } from '@mui/material';
import { Pagination, useListContext, useLocaleState, useTranslate } from 'react-admin';
import type { ListMeta } from '../listTotals';

const ROWS_PER_PAGE = [5, 10, 25, 50];

/**
 * react-admin's pagination, honest about big totals: past the API's exact-count limit the total is the
 * database's estimate, shown as "1-25 of about 1,000,000" (or "of more than 10,000"), with previous and
 * next buttons only (Material UI's own), since the last page's number is a guess.
 */
export const ListPagination = () => {
  const { meta, page, perPage, total, setPage, setPerPage, hasNextPage, isPending } = useListContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const accuracy = (meta as Partial<ListMeta> | undefined)?.totalAccuracy;
  if (isPending || total == null || (accuracy !== 'estimate' && accuracy !== 'at-least'))
    return <Pagination />;
  const number = (value: number) => value.toLocaleString(locale);
  const message = accuracy === 'estimate' ? 'orderdesk.pagination.about' : 'orderdesk.pagination.more_than';
  return (
    <TablePagination
      component="span"
      count={total}
      page={page - 1}
      rowsPerPage={perPage}
      rowsPerPageOptions={ROWS_PER_PAGE}
      onPageChange={(_event, next) => setPage(next + 1)}
      onRowsPerPageChange={(event) => setPerPage(Number(event.target.value))}
      labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
      labelDisplayedRows={({ from, to, count }) =>
        translate(message, { from: number(from), to: number(to), count: number(count) })
      }
      getItemAriaLabel={(type) => translate(`ra.navigation.${type}`, { _: `Go to ${type} page` })}
      slotProps={{ actions: { nextButton: { disabled: hasNextPage === false } } }}
    />
  );
};
