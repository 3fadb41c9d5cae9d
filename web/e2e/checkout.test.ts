import { describe, expect, it } from 'vitest';
import type { ShowAnalytics } from '../../core/index.ts';
import { phoneViewport, saveScreenshot } from '../testing/browser.ts';
import { collectPageErrors, joinShowAs, setUpServerAndBrowser } from './e2e-fixtures.ts';

const productId = 'dew-serum';

describe('offer to order', () => {
  const harness = setUpServerAndBrowser();

  const staff = async <T,>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${harness.server.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${harness.server.staffToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as T;
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(json)}`);
    return json;
  };

  it('takes a viewer from a host offer with a countdown to a placed order with the offer redeemed', async () => {
    const before = await staff<ShowAnalytics>('/api/analytics/shows/demo');
    const context = await harness.browser.newContext(phoneViewport());
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);

    await page.goto(`${harness.server.url}/`);
    await joinShowAs(page, 'Robin');
    const pushed = await staff<{ granted: number }>('/api/shows/demo/offers', { productId, discountPercent: 10 });
    expect(pushed.granted).toBeGreaterThanOrEqual(1);

    const banner = page.locator('.offer-banner');
    await banner.waitFor();
    const code = await banner.getAttribute('data-offer-code');
    expect(code).toBeTruthy();
    expect(await banner.textContent()).toContain('10% off');
    // The countdown runs: mm:ss, and it changes.
    const timer = banner.locator('time');
    const first = await timer.textContent();
    expect(first).toMatch(/^\d\d:\d\d$/);
    await expect.poll(() => timer.textContent(), { timeout: 5_000 }).not.toBe(first);

    // Buy now on the offered product's card carries the offer to the checkout.
    const card = page.locator(`.product-strip .product-card[data-product-id="${productId}"]`).first();
    await card.getByText(`Your offer: 10% off with ${code}`).waitFor();
    await page.mouse.wheel(0, 10_000);
    await saveScreenshot(page, 'viewer-offer');
    await card.getByRole('button', { name: 'Buy now' }).click();
    await page.waitForURL(/\/checkout\?cart=/);
    await page.getByText(`Offer ${code} applied.`).waitFor();
    await page.getByText('Demo checkout: no payment is taken').waitFor();
    expect(await page.locator('.checkout-totals').textContent()).toContain('$34.20');
    await saveScreenshot(page, 'checkout');

    // A double click places one order.
    await page.getByLabel('Name').fill('Robin Example');
    await page.getByRole('button', { name: /Place order/ }).dblclick();
    await page.getByRole('heading', { name: 'Order placed' }).waitFor();
    await page.getByText(`Offer applied: ${code}`).waitFor();
    const orderId = (await page.locator('.checkout-order-id').textContent())!;
    expect(orderId).toBeTruthy();
    await saveScreenshot(page, 'checkout-confirmation');

    const after = await staff<ShowAnalytics>('/api/analytics/shows/demo');
    expect(after.orders).toBe(before.orders + 1);
    expect(after.offersRedeemed).toBe(before.offersRedeemed + 1);
    expect(after.recentOrders.some((order) => order.id === orderId && Math.abs(order.total - 34.2) < 0.001)).toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows the offer as expired when its time is up, and Buy now no longer uses it', async () => {
    const context = await harness.browser.newContext(phoneViewport());
    await context.clock.install();
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/`);
    await joinShowAs(page, 'Kim');
    await staff('/api/shows/demo/offers', { productId: 'silk-lip-balm', discountPercent: 10 });
    const banner = page.locator('.offer-banner');
    await banner.waitFor();
    const expiresAt = Date.parse((await banner.locator('time').getAttribute('datetime'))!);
    await page.clock.fastForward(expiresAt - Date.now() + 2_000);
    await banner.getByText('Offer expired').waitFor();
    expect(await banner.getByRole('button').count()).toBe(0);
    const card = page.locator('.product-strip .product-card[data-product-id="silk-lip-balm"]').first();
    expect(await card.locator('.product-card-note').count()).toBe(0);
    await context.close();
  });

  it('offers the cart the AI host prepared when the viewer asks it to buy', async () => {
    const context = await harness.browser.newContext(phoneViewport());
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/`);
    await joinShowAs(page, 'Ari');
    await page.getByLabel('Message').fill("I'll take the Dew Drop Hyaluronic Serum 30 ml");
    await page.getByLabel('Message').press('Enter');
    const cart = page.locator('.viewer-cart');
    await cart.waitFor();
    expect(await cart.textContent()).toContain('$38.00');
    await cart.getByRole('link', { name: 'Go to checkout' }).click();
    await page.waitForURL(/\/checkout\?cart=/);
    await page.getByText('Dew Drop Hyaluronic Serum').first().waitFor();
    expect(await page.locator('.checkout-totals').textContent()).toContain('$38.00');
    await context.close();
  });

  it("shows the server's message for a tampered checkout link", async () => {
    const context = await harness.browser.newContext(phoneViewport());
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/checkout?cart=not-a-real-cart.signature`);
    await page.getByRole('alert').waitFor();
    expect((await page.getByRole('alert').textContent())!.length).toBeGreaterThan(10);
    expect(await page.getByRole('button', { name: /Place order/ }).count()).toBe(0);
    await context.close();
  });
});
