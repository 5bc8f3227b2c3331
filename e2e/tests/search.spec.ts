import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { amazonOrderPath, apiAs, createAmazonOrder, isImported, syncUntil } from '../support/amazon-orders';
import { storageStateOf } from '../support/roles';

// Two orders are made on "Amazon" and synced; one is shipped with a tracking number of its own.
test.describe.configure({ timeout: 90_000 });

const SEARCH_BOX = 'Order number, buyer name or e-mail, SKU, tracking number';
// A SKU the other specs' orders do not use.
const SKU = 'OD-KIT-006';

interface ListedOrder {
  id: string;
  buyer_name: string;
  buyer_email: string;
  commerce_order_id: number;
  commerce_increment_id: string;
}

let manager: APIRequestContext;
let order: ListedOrder;
let shipped: ListedOrder;
const tracking = `1ZE2E${Date.now()}`;

async function listed(id: string): Promise<ListedOrder> {
  const filter = encodeURIComponent(JSON.stringify({ id: [id] }));
  const rows = (await (await manager.get(`/api/amazon-orders?filter=${filter}`)).json()) as ListedOrder[];
  return rows[0]!;
}

test.beforeAll(async () => {
  manager = await apiAs('manager');
  order = await listed(
    (await syncUntil(manager, await createAmazonOrder(manager, 'Unshipped', [SKU]), isImported)).id,
  );
  shipped = await listed(
    (await syncUntil(manager, await createAmazonOrder(manager, 'Unshipped'), isImported)).id,
  );
  const fulfillment = await apiAs('fulfillment');
  const answer = await fulfillment.post(`/api/orders/${shipped.commerce_order_id}/shipments`, {
    data: { carrier: 'ups', title: 'United Parcel Service', tracking_number: tracking },
  });
  expect(answer.status(), await answer.text()).toBe(201);
  await fulfillment.dispose();
});
test.afterAll(async () => {
  await manager.dispose();
});

const rows = (page: Page) => page.getByRole('table').locator('tbody tr');
/** The start of the buyer's surname, in lower case: "smit" for Jane Smith. */
const namePart = (name: string) =>
  name
    .split(' ')
    .reverse()
    .find((word) => /^\p{L}{4,}$/u.test(word))!
    .slice(0, 4)
    .toLowerCase();

/** Types into the search box and waits for the grid's answer to that search. */
async function search(page: Page, resource: 'amazon-orders' | 'orders', q: string) {
  const answered = page.waitForResponse(
    (response) =>
      response.url().includes(`/api/${resource}?`) &&
      decodeURIComponent(response.url()).includes(`"q":${JSON.stringify(q)}`),
  );
  await page.getByRole('textbox', { name: SEARCH_BOX }).fill(q);
  expect((await answered).status()).toBe(200);
}

/** Every key, and whether it names one order only. */
const keysOf = (target: ListedOrder) => [
  { key: 'order number', q: target.id, unique: true },
  { key: 'start of the order number', q: target.id.slice(0, 9), unique: false },
  { key: 'Commerce order number', q: target.commerce_increment_id, unique: true },
  { key: 'part of the name', q: namePart(target.buyer_name), unique: false },
  { key: 'e-mail in capitals', q: target.buyer_email.toUpperCase(), unique: true },
  { key: 'SKU in lower case', q: SKU.toLowerCase(), unique: false },
];

test.describe('fulfillment staff', () => {
  test.use({ storageState: storageStateOf('fulfillment') });

  test('find an Amazon order by every key of the search box', async ({ page }) => {
    await page.goto('/#/amazon-orders');
    const keys = [...keysOf(order), { key: 'tracking number', q: tracking.toLowerCase(), unique: true }];
    for (const { key, q, unique } of keys) {
      await search(page, 'amazon-orders', q);
      const target = key === 'tracking number' ? shipped : order;
      await expect(rows(page).getByRole('link', { name: target.id }), key).toBeVisible();
      if (unique) await expect(rows(page), key).toHaveCount(1);
    }
    await page.screenshot({ path: test.info().outputPath('search-amazon-orders.png'), fullPage: true });
  });

  test('find a Commerce order by every key of the search box', async ({ page }) => {
    await page.goto('/#/orders');
    const keys = [...keysOf(order), { key: 'tracking number', q: tracking, unique: true }];
    for (const { key, q, unique } of keys) {
      await search(page, 'orders', q);
      const target = key === 'tracking number' ? shipped : order;
      await expect(rows(page).getByRole('link', { name: target.commerce_increment_id }), key).toBeVisible();
      if (unique) await expect(rows(page), key).toHaveCount(1);
    }
  });

  test('see Cancel Order on the Unshipped order the support test opens', async ({ page }) => {
    await page.goto(amazonOrderPath(order.id));
    await expect(page.getByRole('button', { name: 'Cancel Order', exact: true })).toBeVisible();
  });
});

test.describe('support', () => {
  test.use({ storageState: storageStateOf('support') });

  test('finds an order by buyer e-mail and Amazon order number, and sees no Cancel on it', async ({
    page,
  }) => {
    await page.goto('/#/amazon-orders');
    await search(page, 'amazon-orders', order.buyer_email);
    await expect(rows(page)).toHaveCount(1);
    await search(page, 'amazon-orders', order.id);
    await expect(rows(page)).toHaveCount(1);
    await rows(page).getByRole('link', { name: order.id }).click();
    await expect(page).toHaveURL(new RegExp(encodeURIComponent(order.id)));
    await expect(page.getByText(order.buyer_email).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /cancel/i })).toHaveCount(0);

    await page.goto('/#/orders');
    await search(page, 'orders', order.id);
    await expect(rows(page)).toHaveCount(1);
    await rows(page).getByRole('link', { name: order.commerce_increment_id }).click();
    await expect(page.getByText(order.id).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /cancel/i })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /cancel/i })).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('search-support-order.png'), fullPage: true });
  });
});
