import {
  defaultLightTheme,
  type FilterFormProps,
  type FilterLiveFormProps,
  type RaThemeOptions,
} from 'react-admin';

// A list's filter form applies a change this long after the last keystroke (react-admin waits 500 ms): typing
// still sends one request, and a picked choice is not kept waiting half a second. FilterForm hands its props
// on to FilterLiveForm, whose `debounce` FilterForm's own type does not list.
const filterFormDefaults: Partial<FilterFormProps> & Pick<FilterLiveFormProps, 'debounce'> = {
  debounce: 250,
};

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
  components: {
    ...defaultLightTheme.components,
    RaFilterForm: { defaultProps: filterFormDefaults },
  },
};
