import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../../api/index.ts';
import { launchBrowser, saveScreenshot } from '../testing/browser.ts';

type TestBrowser = Awaited<ReturnType<typeof launchBrowser>>;

/** What a browser test file runs against; read it inside tests (it exists between beforeAll and afterAll). */
export interface BrowserTestEnvironment {
  /** The whole product, serving the built pages. */
  readonly server: TestServer;
  /** Headless Chromium; each test opens its own context. */
  readonly browser: TestBrowser;
}

/** Starts a test server with the pages and a browser before the file's tests, and closes both after them. */
export function setUpServerAndBrowser(): BrowserTestEnvironment {
  let server: TestServer | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    server = await startTestServer({ web: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.[Symbol.asyncDispose]();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('The test server runs only inside tests (it starts in beforeAll).');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('The browser runs only inside tests (it starts in beforeAll).');
      return browser;
    },
  };
}

/** Joins the show on the open viewer page under a display name, and waits until the chat takes messages. */
export async function joinShowAs(page: Page, name: string) {
  await page.getByLabel('Your display name').fill(name);
  await page.getByRole('button', { name: 'Join the show' }).click();
  await page.locator('.chat-form input:not([disabled])').waitFor();
}

/** Sends a chat message and waits for it to show; if it never does, says what the page showed instead. */
export async function askInChat(page: Page, text: string) {
  await page.getByLabel('Message').fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  try {
    await page.locator('.chat-line.own', { hasText: text }).waitFor({ timeout: 15_000 });
  } catch (error) {
    // Say what the page showed instead: a notice, a connection banner, or nothing at all.
    await saveScreenshot(page, 'viewer-failure');
    const shown = await page.locator('.viewer-chat, .viewer-connection').allTextContents();
    throw new Error(`"${text}" never showed in the chat; the page showed: ${shown.join(' | ')}`, { cause: error });
  }
}

/** The uncaught errors of a page, as they happen: a test expects the list to stay empty. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
