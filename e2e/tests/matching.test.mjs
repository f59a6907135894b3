// The office's view of the matching engine on a need's page, in a real browser: the score of
// each match with a link to report a mistake, and "why not" for offers on the same subject that
// were not shown (the constraint or score that kept each out). The report link opens the contact
// form filled in. Visitors see none of it. axe-core in German and Arabic; screenshots at 360 px
// in both and at desktop width in German.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, startBrowser, newPage, screenshotDir } from '../harness.mjs';
import { signInOfficeFirstTime } from './helpers/sign-in.mjs';
import { expectAccessible } from './helpers/axe.mjs';

let server;
let chrome;
const ADMIN = 'admin@stadt.example';
const ADMIN_PASSWORD = 'Lindenblüte am Marktplatz';

before(async () => {
  server = await startServer();
  chrome = await startBrowser();
  await server.cli(['admin', 'create', '--email', ADMIN], `${ADMIN_PASSWORD}\n`);
});

after(async () => {
  await chrome?.stop();
  await server?.stop();
});

test('the office sees why and why not on a need, and reports a mistake through the contact form', async () => {
  const office = await newPage(chrome.browser, server.base, { viewport: { width: 1280, height: 900 } });
  const page = office.page;
  await signInOfficeFirstTime(page, server.base, ADMIN, ADMIN_PASSWORD);

  // A need of the demo with matches and with offers that were not shown.
  await page.goto(`${server.base}/needs?lang=de`);
  const needs = await page.locator('a[href^="/needs/"]').evaluateAll((links) =>
    [...new Set(links.map((a) => a.getAttribute('href')).filter((h) => /^\/needs\/\d+$/.test(h)))]);
  let url;
  for (const candidate of needs) {
    await page.goto(`${server.base}${candidate}?lang=de`);
    if ((await page.locator('.why-not li.card').count()) > 0 && (await page.locator('ol.cards .office-note').count()) > 0) {
      url = candidate;
      break;
    }
  }
  assert.ok(url, `no need with matches and near misses among ${needs.length}`);
  await page.getByRole('heading', { name: 'Nicht gezeigte Angebote: warum nicht?', level: 2 }).waitFor();
  assert.match(await page.locator('ol.cards .office-note').first().textContent(), /Treffer-Wert [01]\.\d\d/);
  assert.match(await page.locator('.why-not li.card').first().textContent(), /Warum nicht:/);
  await expectAccessible(page, 'need with the office view de');
  await page.screenshot({ path: join(screenshotDir, 'matching-why-not-de-desktop.png'), fullPage: true });

  // At 360 px in German and in Arabic (right to left).
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${server.base}${url}?lang=de`);
  await page.locator('.why-not').screenshot({ path: join(screenshotDir, 'matching-why-not-de-phone.png') });
  await page.goto(`${server.base}${url}?lang=ar`);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await page.getByRole('heading', { name: 'عروض لم تظهر: لماذا؟', level: 2 }).waitFor();
  await expectAccessible(page, 'need with the office view ar');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `no sideways scrolling at 360 px (${overflow} px)`);
  await page.screenshot({ path: join(screenshotDir, 'matching-why-not-ar-phone.png'), fullPage: true });
  await page.locator('.why-not').screenshot({ path: join(screenshotDir, 'matching-why-not-ar-phone-section.png') });
  await page.locator('ol.cards > li').first().screenshot({ path: join(screenshotDir, 'matching-match-ar-phone.png') });

  // Reporting a near miss: the contact form comes filled in, the kind chosen.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.base}${url}?lang=de`);
  const offerHref = await page.locator('.why-not li.card h3 a').first().getAttribute('href');
  await page.locator('.why-not li.card').first().getByRole('link', { name: /Fehler melden/ }).click();
  await page.waitForURL(/\/contact\?/);
  const text = await page.locator('#f-text').inputValue();
  assert.match(text, /^Fehlender Treffer: Für das Gesuch/);
  assert.ok(text.includes(url) && text.includes(offerHref), text);
  assert.equal(await page.locator('#f-kind').inputValue(), 'concern');
  await expectAccessible(page, 'contact form filled in de');

  // A visitor sees the matches and their reasons, not the office's view.
  const visitor = await newPage(chrome.browser, server.base, { viewport: { width: 360, height: 800 } });
  await visitor.page.goto(`${server.base}${url}?lang=de`);
  assert.equal(await visitor.page.locator('#why-not-heading').count(), 0);
  assert.equal(await visitor.page.locator('.office-note').count(), 0);
  await visitor.context.close();
  await office.context.close();
});
