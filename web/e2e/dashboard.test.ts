import { describe, expect, it } from 'vitest';
import { phoneViewport, saveScreenshot } from '../testing/browser.ts';
import { joinShowAs, setUpServerAndBrowser } from './e2e-fixtures.ts';

/** Nothing in the demo catalog or store documents says so: the AI host must hand it to a person. */
const unanswerable = 'Can I pick up my order in your Lyon store tomorrow?';
const hostAnswer = 'Yes — our Lyon boutique keeps orders for pick-up from 10 am; bring your order number.';

describe('host dashboard and admin', () => {
  const harness = setUpServerAndBrowser();

  it("queues a viewer's unanswerable question for the host, whose answer reaches the viewer", async () => {
    const viewerContext = await harness.browser.newContext(phoneViewport());
    const viewer = await viewerContext.newPage();
    await viewer.goto(`${harness.server.url}/`);
    await joinShowAs(viewer, 'Noor');
    const message = viewer.getByLabel('Message');

    // A booked concierge call, to be listed under the host's upcoming calls.
    const slots = (await (await fetch(new URL('/api/bookings/slots?days=7&timeZone=Europe/London', harness.server.url))).json()) as { slots: { start: string; staffId: string }[] };
    const booked = await fetch(new URL('/api/bookings', harness.server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ start: slots.slots[0]!.start, staffId: slots.slots[0]!.staffId, name: 'Grace Hopper', email: 'grace@example.com', timeZone: 'Europe/London' }),
    });
    const { booking } = (await booked.json()) as { booking: { id: string } };

    const hostContext = await harness.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const host = await hostContext.newPage();
    await host.goto(`${harness.server.url}/dashboard#token=${encodeURIComponent(harness.server.staffToken)}`);
    await host.locator('.dashboard-status[data-room-status="open"]').waitFor();
    expect(host.url()).not.toContain('token=');
    const upcoming = host.locator('.upcoming-calls li', { hasText: 'Grace Hopper' });
    await upcoming.waitFor();
    expect(await upcoming.getByRole('link', { name: 'Join' }).getAttribute('href')).toBe(`/call/${booking.id}`);

    await message.fill(unanswerable);
    await message.press('Enter');
    // The AI host does not know and offers to ask the team; the viewer asks for a person.
    const notKnown = viewer.locator('.chat-line.own + .chat-line.bot[data-kind="reply"]');
    await notKnown.waitFor({ timeout: 20_000 });
    expect(await notKnown.textContent()).toMatch(/not sure|can't confirm|don't (know|have)|check with the team/i);
    await viewer.getByRole('button', { name: 'Talk to a person' }).click();

    const item = host.locator('.queue-item', { hasText: 'Noor' });
    await item.waitFor({ timeout: 30_000 });
    expect(await item.textContent()).toContain('Needs a person');
    await item.getByRole('button', { name: 'Answer' }).click();
    await item.getByLabel(/Your answer to Noor/).fill(hostAnswer);
    expect(await item.getByLabel('Teach the bot this answer').isChecked()).toBe(true);
    await host.locator('[data-figure="Messages"] strong', { hasText: /^[1-9]/ }).waitFor();
    await saveScreenshot(host, 'dashboard');
    await item.getByRole('button', { name: 'Send answer' }).click();
    await item.waitFor({ state: 'detached' });

    // The viewer reads the host's answer in their own chat, marked as coming from the host.
    const answerLine = viewer.locator('.chat-line.staff', { hasText: 'Lyon boutique' });
    await answerLine.waitFor({ timeout: 15_000 });
    expect(await answerLine.textContent()).toContain('host');
    // The host sees the viewer in the live count.
    expect(await host.locator('[data-figure="viewers"]').textContent()).toBe('1');

    // Push to everyone: pin a product, then offer it; the result says who got one.
    await host.getByLabel('Product').selectOption('dew-serum');
    await host.getByRole('button', { name: 'Pin product' }).click();
    await host.locator('.push-result', { hasText: 'Pinned “Dew Drop Hyaluronic Serum” for everyone.' }).waitFor();
    await host.getByRole('button', { name: 'Send offer' }).click();
    await host.locator('.push-result', { hasText: 'Offer sent to 1 viewer.' }).waitFor();

    // Taking the chat over: the host's own line reaches the viewer; then the AI gets it back.
    await host.getByRole('button', { name: 'Take over chat' }).click();
    await host.getByText('Host is answering the chat; the AI host is paused.').waitFor();
    await host.getByLabel('Message').fill('Welcome Noor, I am with you in the chat now.');
    await host.getByLabel('Message').press('Enter');
    await viewer.locator('.chat-line.staff', { hasText: 'I am with you in the chat now' }).waitFor();
    await host.getByRole('button', { name: 'Hand chat back to AI' }).click();
    await host.getByText('The AI host answers the chat.').waitFor();
    await saveScreenshot(viewer, 'dashboard-viewer');
    await host.setViewportSize({ width: 390, height: 844 });
    expect(await host.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await saveScreenshot(host, 'dashboard-phone');

    // A viewer's token is not a host's: the queue API refuses it.
    const viewerToken = await viewer.evaluate(() => JSON.parse(localStorage.getItem('vitrine.viewer') ?? 'null')?.token as string | undefined);
    expect(viewerToken).toBeTruthy();
    const refused = await fetch(new URL('/api/questions', harness.server.url), { headers: { authorization: `Bearer ${viewerToken}` } });
    expect(refused.status).toBe(403);
    // …and the dashboard opened with it asks for a host token; pasting the staff token opens it.
    const wrongContext = await harness.browser.newContext({ viewport: { width: 1024, height: 800 } });
    const wrong = await wrongContext.newPage();
    await wrong.goto(`${harness.server.url}/dashboard#token=${encodeURIComponent(viewerToken!)}`);
    await wrong.getByRole('heading', { name: 'This needs a host token' }).waitFor();
    await wrong.getByLabel('Staff token').fill(harness.server.staffToken);
    await wrong.getByRole('button', { name: 'Use this token' }).click();
    await wrong.locator('.dashboard-status[data-room-status="open"]').waitFor();
    await wrongContext.close();

    await viewerContext.close();
    await hostContext.close();
  });

  it('uploads a catalog CSV on the admin page and lists the skipped row with its line number', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/admin#token=${encodeURIComponent(harness.server.staffToken)}`);
    await page.getByRole('heading', { name: 'Catalog upload' }).waitFor();
    const csv = [
      'id,name,description,price,stock,brand,category',
      'e2e-tote,Canvas Market Tote,Sturdy canvas tote with leather handles.,39.00,25,Atelier Noor,bags',
      'e2e-scarf,Silk Square Scarf,Hand-rolled edges.,not-a-price,10,Atelier Noor,accessories',
      'e2e-cap,Linen Cap,Washed linen cap.,24.00,12,Linea,accessories',
    ].join('\n');
    await page.getByLabel(/Catalog file/).setInputFiles({ name: 'e2e-products.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByLabel('Format').selectOption('csv');
    await page.getByRole('button', { name: 'Upload catalog' }).click();
    const skipped = page.locator('.skipped-rows tbody tr');
    await skipped.first().waitFor();
    expect(await skipped.count()).toBe(1);
    expect(await skipped.first().getAttribute('data-row')).toBe('3');
    expect(await skipped.first().textContent()).toMatch(/price/i);
    expect(await page.locator('.catalog-report').textContent()).toContain('2 products and 2 variants read: 2 new');

    // An offer policy for one brand, saved and listed.
    await page.getByRole('button', { name: 'Add a policy' }).click();
    await page.getByLabel('Applies to').selectOption('brand');
    await page.getByLabel('Brand name').fill('Atelier Noor');
    await page.getByLabel('Max discount (%)').fill('15');
    await page.getByRole('button', { name: 'Save policy' }).click();
    await page.locator('[data-policy-id^="brand:"]', { hasText: '15%' }).waitFor();

    // The server's validation message shows next to the show form.
    const lineup = page.getByLabel(/Lineup/);
    await lineup.fill(`${await lineup.inputValue()}\nno-such-product`);
    await page.getByRole('button', { name: 'Save show' }).click();
    await page.locator('#show-error', { hasText: 'no-such-product' }).waitFor();
    await saveScreenshot(page, 'admin');

    // A sign-in link for a stylist: it opens the dashboard signed in, as that stylist.
    await page.getByRole('combobox', { name: /^Link for/ }).selectOption({ label: 'Camille Laurent (stylist)' });
    await page.getByRole('button', { name: 'Create a sign-in link' }).click();
    const link = await page.getByLabel('Sign-in link for Camille Laurent').inputValue();
    expect(link).toMatch(/\/dashboard#token=/);
    const me = await fetch(new URL('/api/me', harness.server.url), { headers: { authorization: `Bearer ${link.split('#token=')[1]}` } });
    expect((await me.json()).participant).toMatchObject({ id: 'staff:camille-laurent', name: 'Camille Laurent', role: 'host' });
    const stylist = await harness.browser.newContext();
    const stylistPage = await stylist.newPage();
    await stylistPage.goto(link);
    await stylistPage.getByRole('heading', { name: 'Host dashboard' }).waitFor();
    expect(stylistPage.url()).not.toContain('token=');
    await stylist.close();
    // Withdrawn: the same link no longer signs anyone in.
    await page.getByRole('combobox', { name: /^Withdraw every sign-in link of/ }).selectOption({ label: 'Camille Laurent' });
    await page.getByRole('button', { name: 'Withdraw their links' }).click();
    await page.getByText("Camille Laurent's sign-in links no longer work").waitFor();
    const after = await fetch(new URL('/api/me', harness.server.url), { headers: { authorization: `Bearer ${link.split('#token=')[1]}` } });
    expect(after.status).toBe(401);

    // Phone size too: the forms stack and the policy table scrolls instead of overflowing.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await saveScreenshot(page, 'admin-phone');
    await context.close();
  });
});
