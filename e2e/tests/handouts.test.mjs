// Print material of the demo's planned meeting in a real browser: the office opens the print
// page and downloads the print bundle (a PDF); a participant who signs in with the address they
// were registered with downloads their own handout from the meeting page (a PDF) and is refused
// another participant's. axe-core on the changed pages in German and Arabic; screenshots of the
// print page (desktop, German) and the meeting page with the handout (phone, Arabic).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, startBrowser, newPage, screenshotDir } from '../harness.mjs';
import { signInOfficeFirstTime, linkInMail, registerAndConfirm } from './helpers/sign-in.mjs';
import { expectAccessible } from './helpers/axe.mjs';

let server;
let chrome;
const ADMIN = 'admin@stadt.example';
const ADMIN_PASSWORD = 'Lindenblüte am Marktplatz';
const MEETING = 'netzwerktreffen-2020-01-11';
const PASSWORD = 'Wir treffen uns jeden Dienstag';

before(async () => {
  server = await startServer();
  chrome = await startBrowser();
  await server.cli(['admin', 'create', '--email', ADMIN], `${ADMIN_PASSWORD}\n`);
});

after(async () => {
  await chrome?.stop();
  await server?.stop();
});



async function officeLogin() {
  const office = await newPage(chrome.browser, server.base, { viewport: { width: 1280, height: 900 } });
  await signInOfficeFirstTime(office.page, server.base, ADMIN, ADMIN_PASSWORD);
  return office;
}

test('office downloads the print bundle; a participant downloads their own handout and not another’s', async () => {
  const office = await officeLogin();
  // The office page of the meeting leads to the print page.
  await office.page.goto(`${server.base}/meetings/${MEETING}?lang=de`);
  await office.page.getByRole('link', { name: 'Druckpaket', exact: true }).click();
  await office.page.waitForURL(new RegExp(`/office/meetings/${MEETING}/handouts`));
  await expectAccessible(office.page, 'print page de');
  assert.match(await office.page.locator('#print-count').textContent(), /40 persönliche Unterlagen, 12 Tischbögen/);
  assert.equal(await office.page.locator('#not-printed').count(), 1, 'nothing printed yet');
  await office.page.screenshot({ path: join(screenshotDir, 'handouts-office-de.png'), fullPage: true });
  const href = await office.page.getByRole('link', { name: 'Druckpaket herunterladen (PDF)' }).getAttribute('href');
  const bundle = await office.page.request.get(`${server.base}${href}`, { timeout: 120_000 });
  assert.equal(bundle.status(), 200);
  assert.equal(bundle.headers()['content-type'], 'application/pdf');
  const pdf = await bundle.body();
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  assert.ok(pdf.length > 50_000, `a bundle of 40 handouts: ${pdf.length} bytes`);
  // After printing, nothing has changed.
  await office.page.reload();
  assert.equal(await office.page.locator('#unchanged').count(), 1, 'printed, unchanged');
  await office.page.goto(`${server.base}/office/meetings/${MEETING}/handouts?lang=ar`);
  await expectAccessible(office.page, 'print page ar');
  assert.equal(await office.page.locator('html').getAttribute('dir'), 'rtl');

  // Who is registered: the first person on the participants list, and another one.
  await office.page.goto(`${server.base}/office/meetings/${MEETING}/participants?lang=de`);
  const rows = office.page.locator('tr[id^="reg-"]');
  const first = rows.nth(0);
  const email = (await first.locator('.meta').first().textContent()).trim();
  const ownId = (await first.getAttribute('id')).slice(4);
  const otherId = (await rows.nth(1).getAttribute('id')).slice(4);
  assert.notEqual(ownId, otherId);

  // The participant makes an account with that address and signs in.
  const person = await newPage(chrome.browser, server.base, { viewport: { width: 390, height: 844 } });
  await registerAndConfirm(person.page, server, email, PASSWORD);
  await person.page.getByLabel('E-Mail-Adresse').fill(email);
  await person.page.getByLabel('Passwort').fill(PASSWORD);
  await person.page.getByRole('button', { name: 'Anmelden' }).click();
  await person.page.waitForURL(/\/account/);

  await person.page.goto(`${server.base}/meetings/${MEETING}?lang=de`);
  await expectAccessible(person.page, 'meeting page with handout de');
  const links = person.page.locator('#own-handouts a');
  assert.equal(await links.count(), 1, 'exactly their own handout');
  const own = await person.page.request.get(`${server.base}${await links.first().getAttribute('href')}`, { timeout: 60_000 });
  assert.equal(own.status(), 200);
  assert.equal(own.headers()['content-type'], 'application/pdf');
  assert.equal((await own.body()).subarray(0, 5).toString(), '%PDF-');
  assert.match(await links.first().getAttribute('href'), new RegExp(`/handouts/${ownId}$`));

  const other = await person.page.request.get(`${server.base}/meetings/${MEETING}/handouts/${otherId}`);
  assert.equal(other.status(), 404, 'another participant’s handout is refused');
  assert.notEqual(other.headers()['content-type'], 'application/pdf');

  await person.page.goto(`${server.base}/meetings/${MEETING}?lang=ar`);
  await expectAccessible(person.page, 'meeting page with handout ar');
  await person.page.screenshot({ path: join(screenshotDir, 'handouts-meeting-ar-phone.png'), fullPage: true });

  // A visitor is sent to sign in.
  const visitor = await newPage(chrome.browser, server.base);
  const anonymous = await visitor.page.request.get(`${server.base}/meetings/${MEETING}/handouts/${ownId}`, { maxRedirects: 0 });
  assert.equal(anonymous.status(), 303);
  await visitor.context.close();
  await person.context.close();
  await office.context.close();
});
