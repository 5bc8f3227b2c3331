import { Box } from '@mui/material';
import {
  CLOSED_DRAWER_WIDTH,
  DRAWER_WIDTH,
  useCanAccessResources,
  useSidebarState,
  useTranslate,
} from 'react-admin';
import { MenuGroup } from './MenuGroup';
import { MenuLink } from './MenuLink';
import { dashboardEntry, menuResources, menuSections } from './menuEntries';

/**
 * The sidebar: Dashboard, then Sales, Amazon, Catalog and System groups. An entry shows only if the
 * user's role may list its resource (authProvider.canAccess); nothing shows until that is known.
 */
export const Menu = () => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const { canAccess } = useCanAccessResources({ action: 'list', resources: menuResources });
  const allowed = (resource: string) => canAccess?.[resource] === true;

  return (
    <Box
      component="nav"
      aria-label={translate('orderdesk.menu.label')}
      sx={(theme) => ({
        width: open
          ? (theme.sidebar?.width ?? DRAWER_WIDTH)
          : (theme.sidebar?.closedWidth ?? CLOSED_DRAWER_WIDTH),
        mt: 0.5,
        mb: 1,
        transition: theme.transitions.create('width', {
          easing: theme.transitions.easing.sharp,
          duration: theme.transitions.duration.leavingScreen,
        }),
      })}
    >
      {allowed(dashboardEntry.resource) && <MenuLink entry={dashboardEntry} />}
      {menuSections.map((section) => (
        <MenuGroup key={section.label} label={section.label}>
          {section.entries
            .filter((entry) => allowed(entry.resource))
            .map((entry) => (
              <MenuLink key={entry.resource} entry={entry} />
            ))}
        </MenuGroup>
      ))}
    </Box>
  );
};
