import type { MouseEvent, ReactNode } from 'react';
import { Link, useCreatePath, useRecordContext } from 'react-admin';
import { displayText } from './displayText';

export interface ReferenceLinkFieldProps {
  /** The text shown (e.g. the Commerce order number). */
  source: string;
  /** The other record's id, when it is not `source` itself (e.g. commerce_order_id). */
  idSource?: string;
  /** The other record's resource. */
  reference: string;
  label?: ReactNode;
  sortable?: boolean;
}

// The row is clickable too; the link must not trigger a second navigation.
const stopPropagation = (event: MouseEvent) => event.stopPropagation();

/**
 * A link to another resource's record whose id the row already carries, so that no extra request is made
 * (a ReferenceField would fetch every referenced record of the page).
 */
export const ReferenceLinkField = ({ source, idSource, reference }: ReferenceLinkFieldProps) => {
  const record = useRecordContext();
  const createPath = useCreatePath();
  const text = displayText(record?.[source]);
  const id: unknown = record?.[idSource ?? source];
  if (text === null || (typeof id !== 'string' && typeof id !== 'number')) return null;
  return (
    <Link to={createPath({ resource: reference, id, type: 'show' })} onClick={stopPropagation}>
      {text}
    </Link>
  );
};
