import { Card, CardContent, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface DetailsSectionProps {
  /** Translation key of the block's heading; the section is a landmark named by it. */
  title: string;
  /** Buttons beside the heading. */
  actions?: ReactNode;
  children: ReactNode;
}

/** One block of Amazon Order Details (Adobe's layout): a card whose heading names its region. */
export const DetailsSection = ({ title, actions, children }: DetailsSectionProps) => {
  const translate = useTranslate();
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId} variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Stack direction="row" alignItems="center" justifyContent="space-between" sx={{ mb: 1 }}>
          <Typography id={headingId} variant="h6" component="h2">
            {translate(title)}
          </Typography>
          {actions}
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
};

/** A label and its value; the value is any field, read from the page's record. */
export type DetailRow = [label: string, value: ReactNode];

/** Label-value rows as a table with row headers, so a screen reader reads each value with its label. */
export const DetailRows = ({ rows }: { rows: readonly DetailRow[] }) => {
  const translate = useTranslate();
  return (
    <Table size="small">
      <TableBody>
        {rows.map(([label, value]) => (
          <TableRow key={label}>
            <TableCell component="th" scope="row" sx={{ width: '45%', color: 'text.secondary', border: 0 }}>
              {translate(label)}
            </TableCell>
            <TableCell sx={{ border: 0 }}>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
