// The office's reports in a real browser: the dashboard for 2020–2022 in German (desktop) and
// Arabic (phone), axe-core clean in both; the funding report downloaded as PDF and CSV through
// the dashboard's links. Screenshots: reports-de.png, reports-ar-phone.png.
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
const PERIOD = 'from=2020-01-01&to=2022-12-31';

before(async () => {
  server = await startServer();
  chrome = await startBrowser();
  await server.cli(['admin', 'create', '--email', ADMIN], `${ADMIN_PASSWORD}\n`);
});

after(async () => {
  await chrome?.stop();
  await server?.stop();
});

test('dashboard 2020–2022 in de and ar, accessible; PDF and CSV download', async () => {
  const office = await newPage(chrome.browser, server.base, { viewport: { width: 1280, height: 900 } });
  await signInOfficeFirstTime(office.page, server.base, ADMIN, ADMIN_PASSWORD);

  await office.page.goto(`${server.base}/office/reports?${PERIOD}&lang=de`);
  await office.page.getByRole('heading', { name: 'Berichte', level: 1 }).waitFor();
  assert.ok(await office.page.locator('svg[role="img"]').count() >= 10, 'the charts are drawn');
  assert.equal(await office.page.locator('#figure-held .report-value').textContent(), '1');
  await office.page.locator('#figure-active summary').click();
  await office.page.locator('#figure-active details p').waitFor();
  await expectAccessible(office.page, 'reports de');
  await office.page.screenshot({ path: join(screenshotDir, 'reports-de.png'), fullPage: true });

  for (const [id, type, start] of [['#download-pdf', 'application/pdf', '%PDF-'], ['#download-csv', 'text/csv; charset=utf-8', 'Förderbericht']]) {
    const href = await office.page.locator(id).getAttribute('href');
    const response = await office.page.request.get(`${server.base}${href}`, { timeout: 120_000 });
    assert.equal(response.status(), 200, id);
    assert.equal(response.headers()['content-type'], type);
    const body = await response.body();
    assert.equal(body.subarray(0, Buffer.byteLength(start)).toString(), start, id);
  }

  // A mistake in the period: the message names it and the typing stays.
  await office.page.getByLabel('Bis').evaluate((input) => { input.type = 'text'; input.value = '2019-01-01'; });
  await office.page.getByRole('button', { name: 'Anzeigen' }).click();
  await office.page.locator('#form-errors').waitFor();
  assert.equal(await office.page.getByLabel('Bis').inputValue(), '2019-01-01');
  await expectAccessible(office.page, 'reports error de');

  const phone = await newPage(chrome.browser, server.base, { viewport: { width: 360, height: 740 } });
  await phone.context.addCookies(await office.context.cookies());
  await phone.page.goto(`${server.base}/office/reports?${PERIOD}&lang=ar`);
  assert.equal(await phone.page.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await phone.page.locator('svg[direction="rtl"]').count(), await phone.page.locator('svg[role="img"]').count());
  await expectAccessible(phone.page, 'reports ar');
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 360 px: ${overflow}`);
  await phone.page.screenshot({ path: join(screenshotDir, 'reports-ar-phone.png'), fullPage: true });
});
