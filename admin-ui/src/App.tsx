import { Admin, Resource } from 'react-admin';
import amazonErrors from './amazon-errors';
import amazonOrders from './amazon-orders';
import amazonStores from './amazon-stores';
import amazonSyncRuns from './amazon-sync-runs';
import auditLog from './audit-log';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { Login } from './layout/Login';
import orders from './orders';
import outboundEmails from './outbound-emails';
import stock from './stock';
import { preferencesStore } from './preferences/serverBackedStore';
import { theme } from './theme';
import users from './users';

export const App = () => (
  <Admin
    title="Order Desk"
    theme={theme}
    dataProvider={dataProvider}
    authProvider={authProvider}
    store={preferencesStore}
    i18nProvider={i18nProvider}
    layout={Layout}
    dashboard={Dashboard}
    loginPage={Login}
    requireAuth
    disableTelemetry
  >
    <Resource name="orders" {...orders} />
    <Resource name="amazon-orders" {...amazonOrders} />
    <Resource name="amazon-stores" {...amazonStores} />
    <Resource name="amazon-sync-runs" {...amazonSyncRuns} />
    <Resource name="amazon-errors" {...amazonErrors} />
    <Resource name="stock" {...stock} />
    <Resource name="users" {...users} />
    <Resource name="audit-log" {...auditLog} />
    <Resource name="outbound-emails" {...outboundEmails} />
  </Admin>
);
