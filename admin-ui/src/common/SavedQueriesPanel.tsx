import BookmarkAddIcon from '@mui/icons-material/BookmarkAdd';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import {
  Box,
  Button,
  Divider,
  IconButton,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Popover,
  Typography,
} from '@mui/material';
import {
  extractValidSavedQueries,
  useListContext,
  useNavigate,
  useSavedQueries,
  useTranslate,
  type SavedQuery,
} from 'react-admin';
import { isCurrentQuery, savedQuerySearch } from './savedQueryState';

export interface SavedQueriesPanelProps {
  id: string;
  anchorEl: HTMLElement;
  onClose: () => void;
  /** "Save current query...": the caller opens react-admin's dialog for it. */
  onSave: () => void;
  /** A query's remove button: the caller asks for confirmation. */
  onRemove: (query: SavedQuery) => void;
}

/**
 * The user's saved queries for the list, under the toolbar's Saved queries button: a query applies with one
 * click (its filters, sort and page size, first page), each has its own remove button, and the current
 * filters can be saved. Mounted only while open, so the list's renders never include it otherwise.
 */
export const SavedQueriesPanel = ({ id, anchorEl, onClose, onSave, onRemove }: SavedQueriesPanelProps) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { resource, filterValues, displayedFilters, sort, perPage } = useListContext();
  const [stored] = useSavedQueries(resource);
  const queries = extractValidSavedQueries(stored);
  const current = { filter: filterValues, sort, perPage, displayedFilters };
  const currentSaved = queries.some((query) => isCurrentQuery(query, current));
  const canSave = Object.keys(filterValues).length > 0 && !currentSaved;
  const titleId = `${id}-title`;

  const apply = (query: SavedQuery) => {
    navigate({ search: savedQuerySearch(query) });
    onClose();
  };

  return (
    <Popover
      id={id}
      open
      anchorEl={anchorEl}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{
        paper: { role: 'dialog', 'aria-labelledby': titleId, sx: { width: 320, maxWidth: '90vw' } },
      }}
    >
      <Typography id={titleId} component="h2" variant="subtitle2" sx={{ px: 2, pt: 1.5, pb: 0.5 }}>
        {translate('ra.saved_queries.label')}
      </Typography>
      {queries.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 1.5 }}>
          {translate('ra.saved_queries.help')}
        </Typography>
      ) : (
        <List dense aria-labelledby={titleId} sx={{ maxHeight: '50vh', overflowY: 'auto' }}>
          {queries.map((query, index) => {
            const selected = isCurrentQuery(query, current);
            return (
              <ListItem
                key={`${index}-${query.label}`}
                disablePadding
                secondaryAction={
                  <IconButton
                    edge="end"
                    size="small"
                    aria-label={translate('ra.saved_queries.remove_label_with_name', { name: query.label })}
                    onClick={() => onRemove(query)}
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                }
              >
                <ListItemButton
                  autoFocus={index === 0}
                  selected={selected}
                  aria-current={selected ? 'true' : undefined}
                  onClick={() => apply(query)}
                >
                  <ListItemText primary={query.label} />
                </ListItemButton>
              </ListItem>
            );
          })}
        </List>
      )}
      <Divider />
      <Box sx={{ px: 1, py: 0.5 }}>
        <Button
          size="small"
          startIcon={<BookmarkAddIcon />}
          disabled={!canSave}
          autoFocus={queries.length === 0 && canSave}
          onClick={onSave}
        >
          {translate('ra.saved_queries.new_label')}
        </Button>
      </Box>
    </Popover>
  );
};
