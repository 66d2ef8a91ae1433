// Screenshots of the built site for a human look: light and dark, 375 and 1280 px.
// Usage: npm run build && node scripts/screenshots.mjs [path ...]   (PNGs land in .tmp/screenshots/)
// SCREENSHOT_ROOT=.tmp/large-corpus/dist shoots another build (e.g. the large-corpus one).
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tests/support/chromium.mjs';
import { startStaticServer } from '../tests/support/static-server.mjs';

const paths = process.argv.slice(2);
const pages = paths.length ? paths : ['', 'timeline/', 'articles/unn-post-war-borders-dominated-talks/', 'outlets/'];
const out = '.tmp/screenshots';
mkdirSync(out, { recursive: true });
const server = await startStaticServer({ root: process.env.SCREENSHOT_ROOT || 'dist' });
const browser = await launchChromium();
try {
  for (const scheme of ['light', 'dark']) {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(server.url(path));
        const name = (path.replace(/\/$/, '').replace(/\//g, '_') || 'home') + `-${scheme}-${width}.png`;
        await page.screenshot({ path: `${out}/${name}`, fullPage: true });
        console.log(`${out}/${name}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
