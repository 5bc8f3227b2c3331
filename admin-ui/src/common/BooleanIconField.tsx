import ClearIcon from '@mui/icons-material/Clear';
import DoneIcon from '@mui/icons-material/Done';
import { Tooltip, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useFieldValue, useTranslate } from 'react-admin';

export interface BooleanIconFieldProps {
  source: string;
  label?: ReactNode;
  sortable?: boolean;
}

// react-admin's BooleanField's look: the icon centred on the text line.
const ICON_LINE = { display: 'inline-flex', verticalAlign: 'middle', lineHeight: 0 };

/**
 * react-admin's <BooleanField> (a check or a cross, "Yes" or "No" on hover) for grids: its Tooltip is
 * mounted on the first hover or focus only. A Tooltip renders twice when it mounts, before the page is
 * painted, which for a grid page is 25 Tooltips on every page, sort or filter change.
 */
export const BooleanIconField = ({ source }: BooleanIconFieldProps) => {
  const value: unknown = useFieldValue({ source });
  const translate = useTranslate();
  // null until the first hover or focus; then Material UI's Tooltip, open or closed.
  const [open, setOpen] = useState<boolean | null>(null);
  if (typeof value !== 'boolean') return <Typography component="span" variant="body2" />;
  const label = translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
  const Icon = value ? DoneIcon : ClearIcon;
  const icon = (
    <Icon
      data-testid={value ? 'true' : 'false'}
      fontSize="small"
      className={value ? 'RaBooleanField-trueIcon' : 'RaBooleanField-falseIcon'}
      aria-label={label}
      {...(open === null ? { onMouseEnter: () => setOpen(true), onFocus: () => setOpen(true) } : {})}
    />
  );
  return (
    <Typography component="span" variant="body2" sx={ICON_LINE}>
      {open === null ? (
        icon
      ) : (
        <Tooltip title={label} open={open} onOpen={() => setOpen(true)} onClose={() => setOpen(false)}>
          {icon}
        </Tooltip>
      )}
    </Typography>
  );
};
