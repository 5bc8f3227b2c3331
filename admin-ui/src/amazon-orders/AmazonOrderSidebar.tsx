import ReportProblemIcon from '@mui/icons-material/ReportProblemOutlined';
import { Card, CardContent, useMediaQuery, type Theme } from '@mui/material';
import { FilterList, FilterListItem, SavedQueriesList } from 'react-admin';

// On screens under xl (1536 px) the grid needs the room: there the sidebar is not shown, and not rendered
// either, since it would render again on every change of the list (noSsr: the first render knows the width).
// The saved queries stay reachable at every width from the toolbar's Saved queries button.
const wideEnough = (theme: Theme) => theme.breakpoints.up('xl');

/**
 * Beside the grid: the user's saved queries (filters, sort and page size, kept per user on the server) and the
 * orders that need someone: buyers asking to cancel, and imports that failed.
 */
export const AmazonOrderSidebar = () => {
  const shown = useMediaQuery(wideEnough, { noSsr: true });
  if (!shown) return null;
  return (
    <Card sx={{ order: -1, flex: '0 0 15em', mr: 2, mt: 2, alignSelf: 'flex-start' }}>
      <CardContent>
        <SavedQueriesList />
        <FilterList label="orderdesk.amazon_grid.attention" icon={<ReportProblemIcon />}>
          <FilterListItem
            label="orderdesk.amazon_grid.buyer_cancel_requests"
            value={{ buyer_cancel_requested: true }}
          />
          <FilterListItem label="orderdesk.amazon_grid.import_errors" value={{ import_state: 'blocked' }} />
        </FilterList>
      </CardContent>
    </Card>
  );
};
