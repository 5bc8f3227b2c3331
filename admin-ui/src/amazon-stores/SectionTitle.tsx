import { Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A heading between groups of a store form's inputs. */
export const SectionTitle = ({ children }: { children: ReactNode }) => (
  <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
    {children}
  </Typography>
);
