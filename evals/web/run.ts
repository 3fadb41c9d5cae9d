import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startTestServer } from '../../api/index.ts';
import { launchBrowser, phoneViewport } from '../../web/index.ts';
import { readQuestions } from '../brain/eval-cases.ts';
import { percentile, round } from '../metrics.ts';

/**
 * `npm run bench:web`: what a viewer feels, measured in headless Chromium against the demo on
 * 127.0.0.1 — the first viewer page load (cold: a new browser context each time) and the time
 * from pressing Send to the AI's answer on screen. Writes evals/results/web.json and the README.
 */
const pageLoads = Number(process.env.PAGE_LOADS ?? 15);
const answers = Number(process.env.ANSWERS ?? 80);
/** A viewer may send 5 messages in 10 s; each simulated viewer asks fewer, so no answer waits on the limit. */
const questionsPerViewer = 4;

const root = path.resolve(import.meta.dirname, '../..');
const server = await startTestServer({ web: true });
const browser = await launchBrowser();

async function firstLoad() {
  const context = await browser.newContext(phoneViewport());
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.locator('.ai-avatar-label').getByText('AI host', { exact: true }).waitFor();
  const timing = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { load: navigation.loadEventEnd, hostVisible: performance.now() };
  });
  await context.close();
  return timing;
}

async function newViewer(name: string): Promise<Page> {
  const context = await browser.newContext(phoneViewport());
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.getByLabel('Your display name').fill(name);
  await page.getByRole('button', { name: 'Join the show' }).click();
  await page.locator('.chat-form input:not([disabled])').waitFor();
  // Stamps, in the page's own clock, the moment a new AI answer is added to the chat.
  await page.evaluate(() => {
    const stamps = ((window as unknown as { answerStamps: number[] }).answerStamps = []);
    new MutationObserver(() => {
      const count = document.querySelectorAll('.chat-line.bot[data-kind="reply"]').length;
      while (stamps.length < count) stamps.push(performance.now());
    }).observe(document.body, { childList: true, subtree: true });
  });
  return page;
}

async function answerShownMs(page: Page, question: string): Promise<number> {
  const before = await page.evaluate(() => (window as unknown as { answerStamps: number[] }).answerStamps.length);
  await page.locator('.chat-form input').fill(question);
  const sentAt = await page.evaluate(() => {
    const sent = performance.now();
    (document.querySelector('.chat-form button[type="submit"]') as HTMLButtonElement).click();
    return sent;
  });
  await page.waitForFunction((count) => (window as unknown as { answerStamps: number[] }).answerStamps.length > count, before, { timeout: 10_000 });
  const shownAt = await page.evaluate((index) => (window as unknown as { answerStamps: number[] }).answerStamps[index]!, before);
  return shownAt - sentAt;
}

try {
  await firstLoad(); // warm the server (the first request reads files from disk)
  const loads = [];
  for (let index = 0; index < pageLoads; index++) loads.push(await firstLoad());

  const questions = (await readQuestions()).map((question) => question.question).slice(0, answers);
  const latencies: number[] = [];
  let page: Page | null = null;
  for (const [index, question] of questions.entries()) {
    if (index % questionsPerViewer === 0) {
      await page?.context().close();
      page = await newViewer(`Bench ${index / questionsPerViewer + 1}`);
    }
    latencies.push(await answerShownMs(page!, question));
  }
  await page?.context().close();

  const results = {
    measuredAt: new Date().toISOString(),
    machine: 'this machine (2 cores), headless Chromium, phone viewport 390×844, server on 127.0.0.1, offline composer',
    firstViewerPageLoad: {
      runs: loads.length,
      loadEventMs: { p50: round(percentile(loads.map((load) => load.load), 50), 0), p95: round(percentile(loads.map((load) => load.load), 95), 0) },
      aiHostVisibleMs: { p50: round(percentile(loads.map((load) => load.hostVisible), 50), 0), p95: round(percentile(loads.map((load) => load.hostVisible), 95), 0) },
      targetMs: 1500,
    },
    answerShown: { questions: latencies.length, p50Ms: round(percentile(latencies, 50), 0), p95Ms: round(percentile(latencies, 95), 0), maxMs: round(Math.max(...latencies), 0), targetP95Ms: 300 },
  };
  await mkdir(path.join(root, 'evals/results'), { recursive: true });
  await writeFile(path.join(root, 'evals/results/web.json'), `${JSON.stringify(results, null, 2)}\n`);
  const report = [
    `Measured ${results.measuredAt.slice(0, 10)} with \`npm run bench:web\` (${results.machine}).`,
    '',
    '| what the viewer feels | p50 | p95 | target |',
    '| --- | --- | --- | --- |',
    `| first viewer page load, load event (${loads.length} cold loads) | ${results.firstViewerPageLoad.loadEventMs.p50} ms | ${results.firstViewerPageLoad.loadEventMs.p95} ms | ≤ 1,500 ms |`,
    `| … until the "AI host" stage is on screen | ${results.firstViewerPageLoad.aiHostVisibleMs.p50} ms | ${results.firstViewerPageLoad.aiHostVisibleMs.p95} ms | |`,
    `| Send → AI answer on screen (${latencies.length} questions) | ${results.answerShown.p50Ms} ms | ${results.answerShown.p95Ms} ms | ≤ 300 ms p95 |`,
  ].join('\n');
  const readmePath = path.join(root, 'README.md');
  const readme = await readFile(readmePath, 'utf8');
  if (readme.includes('<!-- web-bench:start -->')) await writeFile(readmePath, readme.replace(/<!-- web-bench:start -->[\s\S]*<!-- web-bench:end -->/, `<!-- web-bench:start -->\n${report}\n<!-- web-bench:end -->`));
  console.log(report);
} finally {
  await browser[Symbol.asyncDispose]();
  await server.close();
}
