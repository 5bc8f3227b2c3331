import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

interface SyncRun {
  id: number;
  store_id: number;
  status: string;
}

let server: TestServer;
let demoStoreId: number;
let otherStoreId: number;

/** A second store (never synced for real) so that the filter has something to leave out. */
async function addOtherStore(): Promise<number> {
  const [row] = await server
    .knex('amazon_stores')
    .insert({
      name: 'Other store',
      seller_id: 'OTHER-SELLER',
      marketplace_id: 'A1F83G8C2ARO7P',
      region: 'eu',
      credentials_encrypted: 'v1.not-used-by-this-test',
    })
    .returning('id');
  return (row as { id: number }).id;
}

beforeAll(async () => {
  server = await startTestServer();
  demoStoreId = (await server.knex('amazon_stores').first('id')).id;
  otherStoreId = await addOtherStore();
  const finished = { status: 'succeeded', finished_at: server.knex.fn.now() };
  await server.knex('amazon_sync_runs').insert([
    { store_id: demoStoreId, trigger: 'schedule', ...finished },
    { store_id: demoStoreId, trigger: 'manual', ...finished },
    { store_id: otherStoreId, trigger: 'schedule', ...finished },
  ]);
});
afterAll(() => server?.close());

const listPath = (filter: unknown) =>
  `/api/amazon-sync-runs?filter=${encodeURIComponent(JSON.stringify(filter))}`;

describe('Amazon > Sync log', () => {
  it('lists only the runs of the store given in filter.store_id, with a matching Content-Range', async () => {
    const support = await server.loginAs('support');
    const demo = await support.get<SyncRun[]>(listPath({ store_id: demoStoreId }));
    expect(demo.status).toBe(200);
    expect(demo.body.length).toBeGreaterThanOrEqual(2);
    expect(demo.body.every((run) => run.store_id === demoStoreId)).toBe(true);
    expect(demo.headers.get('content-range')).toMatch(new RegExp(`/${demo.body.length}$`));

    const other = await support.get<SyncRun[]>(listPath({ store_id: String(otherStoreId) }));
    expect(other.status).toBe(200);
    expect(other.body.map((run) => run.store_id)).toEqual([otherStoreId]);
  });

  it('gives an empty page, not an error, for a store without runs', async () => {
    const manager = await server.loginAs('manager');
    const res = await manager.get<SyncRun[]>(listPath({ store_id: 424242 }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    expect(res.headers.get('content-range')).toMatch(/\/0$/);
  });

  it.each([['abc'], [1.5], [true], [{}], ['1; drop table amazon_sync_runs'], [99_999_999_999]])(
    'refuses filter.store_id %j with 400 and a message naming the field',
    async (value) => {
      const manager = await server.loginAs('manager');
      const res = await manager.get<{ message: string; code: string; details: { field: string } }>(
        listPath({ store_id: value }),
      );
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/filter\.store_id must be/);
      expect(res.body.details).toEqual({ field: 'filter.store_id' });
    },
  );

  it('answers one run by id, and a 400 rather than a database error for an id beyond PostgreSQL integer', async () => {
    const support = await server.loginAs('support');
    const [run] = (await support.get<SyncRun[]>(listPath({ store_id: otherStoreId }))).body;
    const one = await support.get<SyncRun>(`/api/amazon-sync-runs/${run!.id}`);
    expect(one.body).toMatchObject({ id: run!.id, store_id: otherStoreId });
    const tooBig = await support.get<{ message: string }>('/api/amazon-sync-runs/99999999999');
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.message).toBe('"99999999999" is not a valid sync run id.');
  });
});
