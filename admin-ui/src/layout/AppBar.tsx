import { AppBar as RaAppBar, LoadingIndicator, TitlePortal } from 'react-admin';
import { LocaleSwitcher } from './LocaleSwitcher';
import { UserMenu } from './UserMenu';

const toolbar = (
  <>
    <LocaleSwitcher />
    <LoadingIndicator />
  </>
);

/**
 * The page title (set by each view through react-admin's Title; the page's level-one heading), the
 * language menu and the user menu.
 */
export const AppBar = () => (
  <RaAppBar toolbar={toolbar} userMenu={<UserMenu />}>
    <TitlePortal component="h1" />
  </RaAppBar>
);
