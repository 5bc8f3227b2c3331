import { Typography } from '@mui/material';
import type { MouseEvent, ReactNode } from 'react';
import { Link, useFieldValue, useGetPathForRecord } from 'react-admin';
import { displayText } from './displayText';

export interface RecordLinkFieldProps {
  source: string;
  label?: ReactNode;
  sortable?: boolean;
}

// The row is clickable too; the link must not trigger a second navigation.
const stopPropagation = (event: MouseEvent) => event.stopPropagation();

/**
 * The record's identifying value as a link to its show (or edit) page, whichever the user may open:
 * a row click is mouse-only, a link also works from the keyboard and with a screen reader.
 */
export const RecordLinkField = ({ source }: RecordLinkFieldProps) => {
  const text = displayText(useFieldValue({ source }));
  const path = useGetPathForRecord();
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
