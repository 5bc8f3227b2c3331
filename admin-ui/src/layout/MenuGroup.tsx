import { Box, Divider, ListSubheader } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useSidebarState, useTranslate } from 'react-admin';

// Out of sight but still read by screen readers (the collapsed sidebar is too narrow for the text).
const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

interface MenuGroupProps {
  /** Translation key of the header. */
  label: string;
  children: ReactNode[];
}

/** A titled group of sidebar links; a group with no link the user may follow is not shown at all. */
export const MenuGroup = ({ label, children }: MenuGroupProps) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const headerId = useId();
  if (children.length === 0) return null;
  return (
    <Box role="group" aria-labelledby={headerId} sx={{ mt: 1 }}>
      {!open && <Divider />}
      <ListSubheader
        component="div"
        id={headerId}
        disableSticky
        sx={open ? { lineHeight: '36px', backgroundColor: 'transparent' } : visuallyHidden}
      >
        {translate(label)}
      </ListSubheader>
      {children}
    </Box>
  );
};
