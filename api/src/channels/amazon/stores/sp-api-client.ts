import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { AmazonRegion } from '@orderdesk/migrations';
import type { SecretBox } from '../../../crypto/secret-box.js';
import { recordCommunicationError, type CommunicationErrorContext } from '../errors/repository.js';
import { createSpApiClient, type SpApiClient } from '../sp-api/client.js';
import { baseUrlOf, LWA_TOKEN_URL } from '../sp-api/endpoints.js';
import type { LwaCredentials } from '../sp-api/lwa.js';
import type { RateLimits } from '../sp-api/rate-limits.js';

export interface StoreConnection {
  id: number;
  region: AmazonRegion;
  endpoint: string | null;
  lwa_endpoint: string | null;
  credentials_encrypted: string;
}

export interface ConnectorDeps {
  knex: Knex;
  secretBox: SecretBox;
  rateLimits: RateLimits;
  logger: Logger;
  /** One call's time limit (default the connector's). */
  timeoutMs?: number;
}

/** The SP-API client of one store: its endpoint, its decrypted credentials, errors recorded against it. */
export function spApiClientForStore(
  store: StoreConnection,
  deps: ConnectorDeps,
  context: Omit<CommunicationErrorContext, 'storeId'> = {},
): SpApiClient {
  return createSpApiClient({
    storeId: store.id,
    baseUrl: baseUrlOf(store),
    lwaTokenUrl: store.lwa_endpoint ?? LWA_TOKEN_URL,
    credentials: deps.secretBox.open<LwaCredentials>(store.credentials_encrypted),
    rateLimits: deps.rateLimits,
    recordError: (error) => recordCommunicationError(deps.knex, { storeId: store.id, ...context }, error),
    logger: deps.logger,
    ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
  });
}
