// The web folder's face for Node-side code (evals, benchmarks): its browser harness. The pages themselves ship as web/dist.
export { chromiumPath, launchBrowser, phoneViewport, saveScreenshot, screenshotDir } from './testing/browser.ts';
