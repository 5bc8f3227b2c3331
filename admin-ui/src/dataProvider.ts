import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL, httpClient } from './httpClient';

/**
 * The API speaks ra-data-simple-rest's dialect (api-contract.md): `filter`, `range` (end inclusive) and
 * `sort` query parameters, totals in `Content-Range`. httpClient adds the session cookie and makes the
 * API's `{message}` the error users see.
 */
export const dataProvider = simpleRestProvider(API_URL, httpClient);
