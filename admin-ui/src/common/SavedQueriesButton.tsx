import BookmarksIcon from '@mui/icons-material/BookmarksOutlined';
import { memo, useId, useState, type MouseEvent } from 'react';
import {
  AddSavedQueryDialog,
  Button,
  Confirm,
  extractValidSavedQueries,
  useListContext,
  useSavedQueries,
  type SavedQuery,
} from 'react-admin';
import { SavedQueriesPanel } from './SavedQueriesPanel';
import { withoutSavedQuery } from './savedQueryState';

/** Asks before removing a saved query, then removes that one (whichever query the list shows). */
const RemoveSavedQueryConfirm = ({ query, onClose }: { query: SavedQuery; onClose: () => void }) => {
  const { resource } = useListContext();
  const [stored, setStored] = useSavedQueries(resource);
  const remove = () => {
    setStored(withoutSavedQuery(extractValidSavedQueries(stored), query));
    onClose();
  };
  return (
    <Confirm
      isOpen
      title="ra.saved_queries.remove_label_with_name"
      titleTranslateOptions={{ name: query.label }}
      content="ra.saved_queries.remove_message"
      onConfirm={remove}
      onClose={onClose}
    />
  );
};

type Dialog = { kind: 'save' } | { kind: 'remove'; query: SavedQuery } | null;

/**
 * The list toolbar's Saved queries button: the user's saved queries (kept per user on the server) at every
 * screen width, where the grid's sidebar shows them on wide screens only. Until it is clicked it renders a
 * button and nothing else: no store read, no re-render on the list's changes (memo), no request.
 */
export const SavedQueriesButton = memo(() => {
  const id = useId();
  const [anchorEl, setAnchorEl] = useState<HTMLElement | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setAnchorEl(null);
  const open = (event: MouseEvent<HTMLElement>) => setAnchorEl(event.currentTarget);
  const closeDialog = () => setDialog(null);

  return (
    <>
      <Button
        label="ra.saved_queries.label"
        aria-haspopup="dialog"
        aria-expanded={anchorEl ? 'true' : 'false'}
        aria-controls={anchorEl ? id : undefined}
        onClick={open}
      >
        <BookmarksIcon />
      </Button>
      {anchorEl && (
        <SavedQueriesPanel
          id={id}
          anchorEl={anchorEl}
          onClose={close}
          onSave={() => {
            close();
            setDialog({ kind: 'save' });
          }}
          onRemove={(query) => {
            close();
            setDialog({ kind: 'remove', query });
          }}
        />
      )}
      {dialog?.kind === 'save' && <AddSavedQueryDialog open onClose={closeDialog} />}
      {dialog?.kind === 'remove' && <RemoveSavedQueryConfirm query={dialog.query} onClose={closeDialog} />}
    </>
  );
});
SavedQueriesButton.displayName = 'SavedQueriesButton';
