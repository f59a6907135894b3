// The directory in a real browser: search, profile, right-to-left, errors, accessibility.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, startBrowser, newPage, seriousViolations, screenshotDir } from '../harness.mjs';

let server;
let chrome;

before(async () => {
  server = await startServer();
  chrome = await startBrowser();
});

after(async () => {
  await chrome?.stop();
  await server?.stop();
});

test('a search from the start page reaches a profile', async () => {
  const { page, context, foreign } = await newPage(chrome.browser, server.base);
  await page.goto(`${server.base}/?lang=de`);
  await page.getByLabel('Suche').fill('Frauen');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await page.waitForURL(/\/organisations\?q=Frauen/);
  const heading = await page.locator('#results-heading').textContent();
  assert.match(heading, /\d+ Vereine gefunden/);
  const first = page.locator('ol.cards h3 a').first();
  const name = (await first.textContent()).trim();
  await first.click();
  await page.waitForURL(/\/organisations\/[a-z0-9-]+$/);
  assert.equal((await page.locator('h1').textContent()).trim(), name);
  assert.deepEqual(foreign, [], 'no request to another host');
  await context.close();
});

test('an Arabic page is right-to-left', async () => {
  const { page, context } = await newPage(chrome.browser, server.base, { viewport: { width: 412, height: 900 } });
  await page.goto(`${server.base}/organisations?lang=ar`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  const direction = await page.evaluate(() => getComputedStyle(document.body).direction);
  assert.equal(direction, 'rtl');
  await page.screenshot({ path: join(screenshotDir, 'directory-ar-phone.png'), fullPage: true });
  // Nothing is wider than a phone: long addresses and links wrap (the demo has a 45-character email).
  for (const path of ['/organisations?lang=ar', '/organisations/kulturverein-brueckenschlag?lang=ar', '/organisations/kulturverein-brueckenschlag?lang=de', '/offers?lang=ar']) {
    await page.goto(`${server.base}${path}`);
    const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(scroll <= width, `${path} is ${scroll} px wide on a ${width} px screen`);
  }
  await context.close();
});

test('a bad query shows a translated message and keeps the input', async () => {
  const { page, context } = await newPage(chrome.browser, server.base);
  const response = await page.goto(`${server.base}/organisations?q=Kultur&per_page=1000&lang=en`);
  assert.equal(response.status(), 400);
  const alert = await page.getByRole('alert').textContent();
  assert.match(alert, /Between 1 and 100 entries/);
  assert.equal(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), 'Kultur');
  await page.goto(`${server.base}/organisations?category=unbekannt&lang=de`);
  assert.match(await page.getByRole('alert').textContent(), /Tätigkeitsfeld gibt es nicht/);
  await context.close();
});

test('keyboard users can skip to the content', async () => {
  const { page, context } = await newPage(chrome.browser, server.base);
  await page.goto(`${server.base}/?lang=de`);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement.textContent.trim());
  assert.equal(focused, 'Zum Inhalt springen');
  await context.close();
});

for (const lang of ['de', 'ar']) {
  test(`axe-core finds no serious or critical violations (${lang})`, async () => {
    const { page, context, foreign } = await newPage(chrome.browser, server.base);
    const pages = ['/', '/organisations', '/organisations?q=Frauen&mso=true', '/organisations/frauencafe-lindenbluete', '/contact', '/imprint',
      '/offers', '/needs?category=rooms'];
    await page.goto(`${server.base}/needs?category=rooms`);
    pages.push(await page.locator('ol.cards h3 a').first().getAttribute('href'));
    const problems = [];
    for (const path of pages) {
      const sep = path.includes('?') ? '&' : '?';
      await page.goto(`${server.base}${path}${sep}lang=${lang}`);
      for (const v of await seriousViolations(page)) problems.push(`${path}: ${v}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.base}/organisations/frauencafe-lindenbluete?lang=${lang}`);
    await page.screenshot({ path: join(screenshotDir, `profile-${lang}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    assert.deepEqual(foreign, []);
    await context.close();
  });
}
