import DashboardIcon from '@mui/icons-material/Dashboard';
import type { ComponentType } from 'react';
import amazonErrors from '../amazon-errors';
import amazonOrders from '../amazon-orders';
import amazonStores from '../amazon-stores';
import amazonSyncRuns from '../amazon-sync-runs';
import auditLog from '../audit-log';
import orders from '../orders';
import outboundEmails from '../outbound-emails';
import type { ResourceName } from '../permissions';
import stock from '../stock';
import users from '../users';

export interface MenuEntry {
  resource: ResourceName;
  /** Translation key of the visible text. */
  label: string;
  /** Translation key of the accessible name, when the visible text alone is ambiguous. */
  accessibleLabel?: string;
  icon: ComponentType;
}

export interface MenuSection {
  /** Translation key of the group header. */
  label: string;
  entries: MenuEntry[];
}

export const dashboardEntry: MenuEntry = {
  resource: 'dashboard',
  label: 'ra.page.dashboard',
  icon: DashboardIcon,
};

/** The sidebar, Magento style: Sales, the Amazon channel, Catalog, System. */
export const menuSections: MenuSection[] = [
  {
    label: 'orderdesk.menu.sales',
    entries: [{ resource: 'orders', label: 'orderdesk.menu.orders', icon: orders.icon }],
  },
  {
    label: 'orderdesk.menu.amazon',
    entries: [
      {
        resource: 'amazon-orders',
        label: 'orderdesk.menu.amazon_orders',
        // "Orders" is also under Sales: the accessible name says which.
        accessibleLabel: 'orderdesk.menu.amazon_orders_name',
        icon: amazonOrders.icon,
      },
      { resource: 'amazon-stores', label: 'orderdesk.menu.stores', icon: amazonStores.icon },
      { resource: 'amazon-sync-runs', label: 'orderdesk.menu.sync_log', icon: amazonSyncRuns.icon },
      { resource: 'amazon-errors', label: 'orderdesk.menu.errors', icon: amazonErrors.icon },
    ],
  },
  {
    label: 'orderdesk.menu.catalog',
    entries: [{ resource: 'stock', label: 'orderdesk.menu.stock', icon: stock.icon }],
  },
  {
    label: 'orderdesk.menu.system',
    entries: [
      { resource: 'users', label: 'orderdesk.menu.users', icon: users.icon },
      { resource: 'audit-log', label: 'orderdesk.menu.audit_log', icon: auditLog.icon },
      { resource: 'outbound-emails', label: 'orderdesk.menu.sent_emails', icon: outboundEmails.icon },
    ],
  },
];

/** Every resource the menu may show, asked of canAccess in one query. */
export const menuResources: ResourceName[] = [
  dashboardEntry.resource,
  ...menuSections.flatMap((section) => section.entries.map((entry) => entry.resource)),
];
