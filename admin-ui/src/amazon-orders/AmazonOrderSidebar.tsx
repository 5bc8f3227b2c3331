import ReportProblemIcon from '@mui/icons-material/ReportProblemOutlined';
import { Card, CardContent } from '@mui/material';
import { FilterList, FilterListItem, SavedQueriesList } from 'react-admin';

/**
 * Beside the grid: the user's saved queries (filters, sort and page size, kept in this browser) and the
 * orders that need someone: buyers asking to cancel, and imports that failed.
 */
export const AmazonOrderSidebar = () => (
  <Card
    sx={{
      display: { xs: 'none', xl: 'block' },
      order: -1,
      flex: '0 0 15em',
      mr: 2,
      mt: 2,
      alignSelf: 'flex-start',
    }}
  >
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
