import { Typography } from '@mui/material';
import type { MouseEvent, ReactNode } from 'react';
import {
  Link,
  useCreatePath,
  useFieldValue,
  useRecordContext,
  useResourceContext,
  useResourceDefinition,
} from 'react-admin';
import { canAccessNow } from '../authProvider';
import { displayText } from './displayText';

export interface RecordLinkFieldProps {
  source: string;
  label?: ReactNode;
  sortable?: boolean;
}

// The row is clickable too; the link must not trigger a second navigation.
const stopPropagation = (event: MouseEvent) => event.stopPropagation();

/**
 * The record's show page, or its edit page, whichever the resource has and the user may open (react-admin's
 * useGetPathForRecord's rule). Answered from the loaded session at once: useGetPathForRecord asks canAccess
 * per record, which costs every row of a grid two queries and a second render.
 */
const useRecordPath = (): string | false => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const { hasShow, hasEdit } = useResourceDefinition();
  const createPath = useCreatePath();
  if (!record || !resource) return false;
  if (hasShow && canAccessNow(resource, 'show')) return createPath({ resource, id: record.id, type: 'show' });
  if (hasEdit && canAccessNow(resource, 'edit')) return createPath({ resource, id: record.id, type: 'edit' });
  return false;
};

/**
 * The record's identifying value as a link to its show (or edit) page, whichever the user may open:
 * a row click is mouse-only, a link also works from the keyboard and with a screen reader.
 */
export const RecordLinkField = ({ source }: RecordLinkFieldProps) => {
  const text = displayText(useFieldValue({ source }));
  const path = useRecordPath();
  if (text === null) return null;
  if (!path) {
    return (
      <Typography component="span" variant="body2">
        {text}
      </Typography>
    );
  }
  return (
    <Link to={path} onClick={stopPropagation}>
      {text}
    </Link>
  );
};
