import { MenuItemLink, useCreatePath, useMatch, useTranslate } from 'react-admin';
import type { MenuEntry } from './menuEntries';

/**
 * One sidebar entry. react-admin's MenuItemLink is a menuitem inside a menu widget; here it is a plain
 * link (role "link", named by its text or by `accessibleLabel`) that says when it is the current page.
 */
export const MenuLink = ({ entry }: { entry: MenuEntry }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const to = entry.resource === 'dashboard' ? '/' : createPath({ resource: entry.resource, type: 'list' });
  const match = useMatch({ path: to, end: to === '/' });
  const Icon = entry.icon;
  return (
    <MenuItemLink
      to={to}
      role="link"
      state={{ _scrollToTop: true }}
      primaryText={entry.label}
      leftIcon={<Icon />}
      aria-label={entry.accessibleLabel ? translate(entry.accessibleLabel) : undefined}
      aria-current={match ? 'page' : undefined}
    />
  );
};
