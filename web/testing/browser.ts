import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (`.ci/run` installs it); CHROMIUM_PATH points elsewhere when needed. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where browser tests keep their screenshots (gitignored; CI keeps them as artifacts). */
export const screenshotDir = new URL('../../evals/results/artifacts/screenshots/', import.meta.url).pathname;

/**
 * Headless Chromium as this machine allows it: no sandbox (root), no GPU, and no background
 * networking — the closed network refuses Chromium's own connections otherwise.
 */
export async function launchBrowser(): Promise<Browser & { [Symbol.asyncDispose](): Promise<void> }> {
  // Playwright refuses --user-data-dir with launch(); it gives each launch a fresh temporary profile itself.
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return Object.assign(browser, {
    async [Symbol.asyncDispose]() {
      await browser.close();
    },
  });
}

/** A phone-sized page (the way live shopping is mostly watched). */
export function phoneViewport() {
  return { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
}

/** Saves a full-page screenshot under evals/results/artifacts/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
