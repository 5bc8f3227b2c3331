import { darken, lighten, type SxProps, type Theme } from '@mui/material';

export type Tone = 'info' | 'warning' | 'error' | 'success';

/**
 * A light tint with dark text of the same hue (as MUI's standard Alert draws them): unlike filled
 * warning chips (white on orange), it keeps WCAG AA contrast for small text.
 */
export const tintSx = (tone: Tone): SxProps<Theme> => ({
  bgcolor: (theme) => lighten(theme.palette[tone].main, 0.88),
  color: (theme) => darken(theme.palette[tone].main, 0.6),
});

/** The grid's highlight of a row whose buyer asked to cancel: MUI's warning orange (#ed6c02), faint. */
export const buyerRequestRowSx = { backgroundColor: 'rgba(237, 108, 2, 0.1)' } as const;
