import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneViewport, saveScreenshot } from '../testing/browser.ts';
import { askInChat, collectPageErrors, joinShowAs, setUpServerAndBrowser } from './e2e-fixtures.ts';

// A demo product outside the show's lineup (so only the AI's answer can put its card on screen),
// and what its catalog entry says it is made of: "100% European flax linen".
const productId = 'linen-wrap-dress';
const question = 'What is the Linen Wrap Midi Dress made of?';

describe('viewer page', () => {
  const harness = setUpServerAndBrowser();

  it('lets a phone viewer join, ask about a product and get a grounded answer with its card', async () => {
    const context = await harness.browser.newContext(phoneViewport());
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);

    await page.goto(`${harness.server.url}/`);
    await page.locator('.ai-avatar-label').getByText('AI host', { exact: true }).waitFor();
    await joinShowAs(page, 'Sam');

    await askInChat(page, question);
    const answer = page.locator('.chat-line.bot[data-kind="reply"]').filter({ hasText: 'European flax linen' }).last();
    await answer.waitFor();
    expect(await answer.locator('.badge.ai').count()).toBe(1);
    // The card the AI showed is in the strip, with the catalog's price (the AI host's own beats may pin others after it).
    const card = page.locator(`.product-strip .product-card[data-product-id="${productId}"]`);
    await card.waitFor();
    expect(await card.locator('.product-card-price').textContent()).toContain('$148');
    await card.scrollIntoViewIfNeeded();
    // The chat box stays on screen on a phone, and nothing is wider than the phone (which would zoom the page out).
    expect(await isInViewport(page, '.chat-form input')).toBe(true);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    // Scrolled to the end so the pinned chat box is drawn where it rests, under the last line.
    await page.mouse.wheel(0, 10_000);
    await saveScreenshot(page, 'viewer-phone');

    // A reload rejoins as the same viewer, with the conversation back.
    await page.reload();
    await page.locator('.chat-form input:not([disabled])').waitFor();
    expect(await page.locator('.viewer-join').count()).toBe(0);
    await page.locator('.chat-line.own', { hasText: question }).waitFor();
    await page.locator('.chat-line.bot[data-kind="reply"]', { hasText: 'European flax linen' }).first().waitFor();

    // Sound is off until the viewer turns it on (browsers block autoplay); turning it on never breaks the page.
    const sound = page.getByRole('button', { name: /Sound off|No sound/ });
    if ((await sound.textContent())?.includes('Sound off')) {
      await sound.click();
      await page.getByRole('button', { name: 'Sound on' }).waitFor();
      expect(await page.getByRole('button', { name: 'Sound on' }).getAttribute('aria-pressed')).toBe('true');
    }

    // Asking for a person says a host was asked.
    await page.getByRole('button', { name: 'Talk to a person' }).click();
    await page.getByText('A host has been asked to join you').waitFor();

    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('lays the stage beside the chat on a desktop', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    await page.goto(`${harness.server.url}/show/demo`);
    await page.locator('.ai-avatar-label').getByText('AI host', { exact: true }).waitFor();
    await joinShowAs(page, 'Alex');
    // Its catalog entry: $38 for 30 ml, $54 for 50 ml.
    await askInChat(page, 'How much is the Dew Drop Hyaluronic Serum?');
    const answer = page.locator('.chat-line.bot[data-kind="reply"]', { hasText: '$38' }).last();
    await answer.waitFor();
    expect(await answer.textContent()).toContain('$54');
    // Captions show what the host said last; the card shown with the answer leads the strip.
    await expect.poll(() => page.locator('.stage-captions').textContent()).toContain('$38');
    await expect.poll(() => page.locator('.product-strip > li').first().locator('.product-card').getAttribute('data-product-id')).toBe('dew-serum');
    await expect.poll(() => page.locator('.product-strip').evaluate((strip) => strip.scrollLeft)).toBe(0);

    const stage = await page.locator('.stage').boundingBox();
    const chat = await page.locator('.viewer-chat').boundingBox();
    expect(stage && chat && chat.x > stage.x + stage.width - 1).toBe(true);
    await saveScreenshot(page, 'viewer-desktop');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('tells a viewer who writes too fast when to try again', async () => {
    const context = await harness.browser.newContext(phoneViewport());
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/`);
    await joinShowAs(page, 'Quick');
    for (let count = 1; count <= 6; count += 1) {
      await page.getByLabel('Message').fill(`Hello number ${count}`);
      await page.getByLabel('Message').press('Enter');
    }
    const notice = page.locator('.chat-line.notice.rate-limited');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^You're sending messages quickly — try again in \d+ s\.$/);
    await context.close();
  });

  it('asks a viewer whose saved session the room refuses to join again', async () => {
    const context = await harness.browser.newContext(phoneViewport());
    // A saved session whose token the server never signed (or that expired).
    await context.addInitScript(`localStorage.setItem('vitrine.viewer', JSON.stringify({ token: 'not-a-token', participant: { id: 'viewer:gone', name: 'Gone', role: 'viewer' } }))`);
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/`);
    await page.getByRole('button', { name: 'Join again' }).waitFor();
    expect(await page.getByRole('alert').first().textContent()).toBeTruthy();
    await page.evaluate(`localStorage.removeItem('vitrine.viewer')`);
    await page.getByRole('button', { name: 'Join again' }).click();
    await page.getByLabel('Your display name').waitFor();
    await context.close();
  });

  it('says so when the show does not exist', async () => {
    const context = await harness.browser.newContext(phoneViewport());
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/show/no-such-show`);
    await page.getByRole('heading', { name: 'Show not found' }).waitFor();
    await context.close();
  });
});

async function isInViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  const viewport = page.viewportSize();
  return Boolean(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height && box.height > 0);
}
