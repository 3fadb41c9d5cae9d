import { describe, expect, it } from 'vitest';
import { phoneViewport, saveScreenshot } from '../testing/browser.ts';
import type { Locator, Page } from 'playwright-core';
import { setUpServerAndBrowser } from './e2e-fixtures.ts';

/**
 * The first slot more than 3 hours away, going through the day tabs as needed: a customer may
 * change a call only up to 2 hours before it. `scope` is the picker's container.
 */
async function laterSlot(page: Page, scope: string): Promise<Locator> {
  const slots = page.locator(`${scope} .slot:not([aria-pressed="true"])`);
  await page.locator(`${scope} .slot`).first().waitFor();
  const days = page.locator(`${scope} .slot-day`);
  for (let day = 0; day < (await days.count()); day++) {
    if (day > 0) await days.nth(day).click();
    const starts = await slots.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-start') ?? ''));
    const index = starts.findIndex((start) => Date.parse(start) > Date.now() + 3 * 3_600_000);
    if (index >= 0) return slots.nth(index);
  }
  throw new Error('no free slot more than 3 hours away');
}

const privateCall = "This call is private to its booked customer and the store's staff";

describe('booking a concierge call (phone)', () => {
  const harness = setUpServerAndBrowser();

  it('books the first free slot in a chosen zone, gets a calendar file, and talks to the AI concierge in a private call', async () => {
    // The browser runs in Tokyo; the shopper books in Paris time: the labels must follow the choice.
    const context = await harness.browser.newContext({ ...phoneViewport(), timezoneId: 'Asia/Tokyo', locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/book`);
    const zone = page.getByLabel('Your time zone');
    expect(await zone.inputValue()).toBe('Asia/Tokyo');
    await zone.selectOption('Europe/Paris');

    const firstSlot = page.locator('.slot').first();
    await firstSlot.waitFor();
    const slotStart = await firstSlot.getAttribute('data-start');
    const parisClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(new Date(slotStart!));
    expect((await firstSlot.textContent())?.trim()).toBe(parisClock);
    await firstSlot.click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await saveScreenshot(page, 'booking-slots');
    await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
    await page.getByLabel('Email', { exact: true }).fill('ada@example.com');
    await page.getByLabel(/Anything your stylist should know/).fill('A summer dress for a wedding, size 38.');
    await page.getByRole('button', { name: 'Book this time' }).click();

    await page.getByRole('heading', { name: "You're booked" }).waitFor();
    const when = await page.locator('.booking-details').textContent();
    expect(when).toContain(parisClock);
    expect(when).toContain('(Europe/Paris)');
    const stylist = (await page.locator('.booking-stylist').textContent())?.trim();
    expect(stylist).toBeTruthy();

    const icsHref = await page.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href');
    const ics = await fetch(new URL(icsHref!, harness.server.url));
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const calendar = await ics.text();
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain('BEGIN:VEVENT');
    await saveScreenshot(page, 'booking');

    // Into the call: the link's token is kept for this booking and taken out of the address bar.
    const callHref = await page.getByRole('link', { name: 'Join the call' }).getAttribute('href');
    const callPath = new URL(callHref!, harness.server.url);
    const bookingId = callPath.pathname.split('/').pop()!;
    await page.goto(new URL(callPath.pathname + callPath.search, harness.server.url).href);
    await page.locator('.call-page[data-status="open"]').waitFor();
    expect(page.url()).not.toContain('token=');
    expect(await page.locator('.call-when').textContent()).toContain(stylist!);
    expect(await page.locator('[data-tile="concierge"]').textContent()).toContain('AI concierge');

    await page.getByLabel('Message').fill('Do you have a serum for dry skin?');
    await page.getByRole('button', { name: 'Send' }).click();
    const reply = page.locator('.chat-line.bot[data-kind="reply"]').first();
    await reply.waitFor({ timeout: 30_000 });
    expect(await reply.textContent()).toContain('AI');
    expect(await page.locator('.chat-line.own').first().textContent()).toContain('serum for dry skin');
    // A reload rejoins from the kept token (the address bar has none any more).
    await page.reload();
    await page.locator('.call-page[data-status="open"]').waitFor();
    await page.locator('.chat-line.bot[data-kind="reply"]').first().waitFor();

    // A stylist opens the same call from the dashboard (staff token), takes over, writes, hands back.
    const staffContext = await harness.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const staff = await staffContext.newPage();
    await staff.goto(`${harness.server.url}/call/${bookingId}#token=${encodeURIComponent(harness.server.staffToken)}`);
    await staff.locator('.call-page[data-status="open"]').waitFor();
    await staff.locator('.chat-line', { hasText: 'serum for dry skin' }).waitFor();
    await staff.getByRole('button', { name: 'Take over' }).click();
    await page.locator('.call-banner.takeover', { hasText: '(stylist) has joined — the AI concierge is paused' }).waitFor();
    await staff.getByLabel('Message').fill('Hello Ada, I am here now. Shall we look at summer dresses in size 38?');
    await staff.getByRole('button', { name: 'Send' }).click();
    await page.locator('.chat-line.staff', { hasText: 'summer dresses' }).waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await saveScreenshot(page, 'call');
    await saveScreenshot(staff, 'call-staff');
    await staff.getByRole('button', { name: 'Hand back to AI' }).click();
    await page.locator('.call-banner', { hasText: 'handed the conversation back to the AI concierge' }).waitFor();
    await staffContext.close();

    // Buy now in the call opens a checkout link for this call's cart.
    await page.locator('.call-shop .product-card').first().getByRole('button', { name: 'Buy now' }).click();
    await page.waitForURL(/\/checkout\?cart=/);

    // Someone else's token (a show viewer) cannot enter this call.
    const viewer = await fetch(new URL('/api/auth/viewer', harness.server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ displayName: 'Nosy' }) });
    const { token: viewerToken } = (await viewer.json()) as { token: string };
    const intruderContext = await harness.browser.newContext(phoneViewport());
    const intruder = await intruderContext.newPage();
    await intruder.goto(`${harness.server.url}/call/${bookingId}?token=${encodeURIComponent(viewerToken)}`);
    await intruder.locator('.call-refused').getByRole('alert').filter({ hasText: privateCall }).waitFor();
    expect(await intruder.locator('.chat-panel').count()).toBe(0);

    await intruderContext.close();
    await context.close();
  });

  it('says when a slot was just taken, then reschedules and cancels from the manage view', async () => {
    const context = await harness.browser.newContext(phoneViewport());
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/book`);
    await page.getByLabel('Your time zone').selectOption('Europe/London');
    await page.getByLabel('Stylist', { exact: true }).selectOption('camille-laurent');
    const firstSlot = await laterSlot(page, '.slot-picker');
    const taken = (await firstSlot.getAttribute('data-start'))!;
    await firstSlot.click();
    await page.getByLabel('Name', { exact: true }).fill('Grace Hopper');
    await page.getByLabel('Email', { exact: true }).fill('grace@example.com');
    // Someone else books that very slot first.
    const other = await fetch(new URL('/api/bookings', harness.server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ start: taken, staffId: 'camille-laurent', name: 'Quick Booker', email: 'quick@example.com', timeZone: 'Europe/London' }),
    });
    expect(other.status).toBe(201);
    await page.getByRole('button', { name: 'Book this time' }).click();
    await page.getByRole('alert').filter({ hasText: 'that time was just taken' }).waitFor();
    await page.locator('.slot').first().waitFor();
    expect(await page.locator(`.slot[data-start="${taken}"]`).count()).toBe(0);

    await (await laterSlot(page, '.slot-picker')).click();
    await page.getByRole('button', { name: 'Book this time' }).click();
    await page.getByRole('heading', { name: "You're booked" }).waitFor();
    const before = await page.locator('.booking-when').textContent();

    await page.getByRole('button', { name: 'Reschedule' }).click();
    const newSlot = await laterSlot(page, '.booking-details .slot-picker');
    await newSlot.click();
    await page.getByRole('button', { name: /^Move to / }).click();
    await page.getByText('Your call has moved.').waitFor();
    expect(await page.locator('.booking-when').textContent()).not.toBe(before);
    await saveScreenshot(page, 'booking-manage');

    const manageHref = (await page.getByRole('link', { name: 'this link to manage your booking' }).getAttribute('href'))!;
    await page.getByRole('button', { name: 'Cancel booking' }).click();
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page.getByRole('heading', { name: 'This booking is cancelled' }).waitFor();
    // The manage link shows the booking as it now is.
    await page.goto(new URL(manageHref, harness.server.url).href);
    await page.getByRole('heading', { name: 'This booking is cancelled' }).waitFor();

    // The cancelled call does not open, and says why.
    const callHref = await page.evaluate(() => Object.keys(localStorage).find((key) => key.startsWith('vitrine.customer:'))!.slice('vitrine.customer:'.length));
    await page.goto(`${harness.server.url}/call/${callHref}`);
    await page.locator('.call-refused').getByRole('alert').filter({ hasText: 'cancelled' }).waitFor();
    await context.close();
  });
});
