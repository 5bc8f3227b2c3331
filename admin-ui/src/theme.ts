import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's light theme with darker blues: its default app bar (#2196f3) and focused-label blue
 * (#1976d2 on a filled input) fall short of WCAG AA contrast for small text. One theme only, for now.
 */
export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: '#1565c0', contrastText: '#fff' },
    secondary: { light: '#4a6591', main: '#1f3a68', dark: '#0f2142', contrastText: '#fff' },
  },
};
