import { ListItemText, MenuItem } from '@mui/material';
import { Logout, UserMenu as RaUserMenu, useGetIdentity, useTranslate } from 'react-admin';

/**
 * The app bar's user button shows the full name; its menu repeats the name with the role, then Logout.
 * The button's accessible name starts with the visible name (WCAG 2.5.3) and adds the role.
 */
export const UserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const fullName = typeof identity?.fullName === 'string' ? identity.fullName : undefined;
  const roleCode: unknown = identity?.role;
  const role =
    typeof roleCode === 'string' ? translate(`orderdesk.roles.${roleCode}`, { _: roleCode }) : undefined;
  // UserMenu translates its label again; an already-translated text falls through unchanged.
  const label =
    fullName && role
      ? translate('orderdesk.user_menu.identity', { name: fullName, role })
      : translate('orderdesk.user_menu.label');

  return (
    <RaUserMenu label={label}>
      {fullName && (
        <MenuItem disabled divider>
          <ListItemText primary={fullName} secondary={role} />
        </MenuItem>
      )}
      <Logout />
    </RaUserMenu>
  );
};
