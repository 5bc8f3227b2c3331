/** The labels of connecting a store (Amazon > Stores > Create, and the Credentials section of Edit). */
export const storeConnectionEnglish = {
  account: 'Amazon account',
  order_settings: 'Order settings',
  seller_id: 'Seller ID (merchant token)',
  seller_id_help: 'Seller Central > Settings > Account Info > Merchant Token.',
  marketplace_id: 'Marketplace',
  marketplace_help: "It decides the region: each marketplace is served by one region's endpoint.",
  endpoint: 'Endpoint override',
  endpoint_help:
    "Empty: Amazon's endpoint for the region. http://127.0.0.1:3100 points the store at the local SP-API sandbox.",
  credentials: 'Credentials (Login with Amazon)',
  credentials_help_create:
    "Your app's LWA client ID and secret (Seller Central > Develop Apps) and the refresh token of its authorization. Stored encrypted and never shown again.",
  credentials_help_edit:
    'Write-only. Leave all three empty to keep the stored credentials, or fill in all three to replace them.',
  credentials_set: 'Credentials are set.',
  credentials_missing: 'No credentials are set.',
  connected:
    'Store "%{name}" connected: its orders sync every minute. |||| Store "%{name}" connected: its orders sync every %{smart_count} minutes.',
  has_credentials: { true: 'Set', false: 'Not set' },
  client_id: 'LWA client ID',
  client_secret: 'LWA client secret',
  refresh_token: 'Refresh token',
  keep_current: 'Empty: keep the current one',
  all_or_none: 'Fill in all three credentials, or none to keep the current ones',
};

export const storeConnectionSpanish: typeof storeConnectionEnglish = {
  account: 'Cuenta de Amazon',
  order_settings: 'Configuración de pedidos',
  seller_id: 'ID de vendedor (token de comerciante)',
  seller_id_help: 'Seller Central > Configuración > Información de la cuenta > Token de comerciante.',
  marketplace_id: 'Marketplace',
  marketplace_help: 'Decide la región: cada marketplace lo atiende el endpoint de una región.',
  endpoint: 'Endpoint alternativo',
  endpoint_help:
    'Vacío: el endpoint de Amazon para la región. http://127.0.0.1:3100 conecta la tienda al sandbox local de SP-API.',
  credentials: 'Credenciales (Login with Amazon)',
  credentials_help_create:
    'El ID de cliente y el secreto LWA de tu aplicación (Seller Central > Desarrollar aplicaciones) y el token de actualización de su autorización. Se guardan cifrados y no se vuelven a mostrar.',
  credentials_help_edit:
    'Solo escritura. Deja los tres vacíos para conservar las credenciales guardadas, o rellena los tres para sustituirlas.',
  credentials_set: 'Hay credenciales guardadas.',
  credentials_missing: 'No hay credenciales guardadas.',
  connected:
    'Tienda "%{name}" conectada: sus pedidos se sincronizan cada minuto. |||| Tienda "%{name}" conectada: sus pedidos se sincronizan cada %{smart_count} minutos.',
  has_credentials: { true: 'Guardadas', false: 'Sin guardar' },
  client_id: 'ID de cliente LWA',
  client_secret: 'Secreto de cliente LWA',
  refresh_token: 'Token de actualización',
  keep_current: 'Vacío: se conserva el actual',
  all_or_none: 'Rellena las tres credenciales, o ninguna para conservar las actuales',
};
