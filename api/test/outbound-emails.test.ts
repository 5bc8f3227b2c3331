import { describe, expect, it } from 'vitest';
import { useSandboxedServer } from './support/sandboxed-server.js';
import { shipmentHelpers } from './support/shipments.js';

const ctx = useSandboxedServer();
const { newOrder, commerceOrder } = shipmentHelpers(ctx);

interface SentEmail {
  id: number;
  order_id: number;
  order_increment_id: string;
  to: string;
  subject: string;
  body: string;
  created_at: string;
}

const listOf = (filter: object, client = ctx.fulfillment) =>
  client.get<SentEmail[] & { message: string }>(
    `/api/outbound-emails?filter=${encodeURIComponent(JSON.stringify(filter))}`,
  );

describe('GET /api/outbound-emails: the e-mails kept for buyers', () => {
  it("lists an order's notified comments, newest first, to admins and managers only", async () => {
    const order = await commerceOrder(await newOrder(['OD-KIT-001'], 1));
    const other = await commerceOrder(await newOrder(['OD-KIT-001'], 1));
    const comment = (id: number, text: string, notify: boolean) =>
      ctx.fulfillment.post(`/api/orders/${id}/comments`, { comment: text, notify });
    expect((await comment(order.id, 'Your parcel leaves today.', true)).status).toBe(201);
    expect((await comment(order.id, 'Internal note: fragile.', false)).status).toBe(201);
    expect((await comment(order.id, 'Tracking follows by e-mail.', true)).status).toBe(201);
    expect((await comment(other.id, 'Another order.', true)).status).toBe(201);

    const manager = await ctx.server.loginAs('manager');
    const sent = await listOf({ order_id: order.id }, manager);
    expect(sent.status, sent.text).toBe(200);
    expect(sent.headers.get('content-range')).toBe('outbound-emails 0-1/2');
    expect(sent.body.map((email) => email.body)).toEqual([
      expect.stringContaining('Tracking follows by e-mail.'),
      expect.stringContaining('Your parcel leaves today.'),
    ]);
    expect(sent.body[0]).toMatchObject({
      order_id: order.id,
      order_increment_id: order.increment_id,
      to: order.customer_email,
      subject: `Update to your order #${order.increment_id}`,
    });

    const one = await manager.get<SentEmail>(`/api/outbound-emails/${sent.body[0]!.id}`);
    expect(one.body).toEqual(sent.body[0]);
    const admin = await ctx.server.loginAs('admin');
    const searched = await listOf({ q: order.increment_id }, admin);
    expect(searched.body.map((email) => email.id)).toEqual(sent.body.map((email) => email.id));

    for (const role of ['fulfillment', 'support']) {
      const refused = await listOf({ order_id: order.id }, await ctx.server.loginAs(role));
      expect(refused.status).toBe(403);
    }
    const bad = await listOf({ order_id: 'first' }, manager);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/filter.order_id must be an integer/);
    expect((await manager.get('/api/outbound-emails/2000000000')).status).toBe(404);
  });
});
