// What users touch every week (issue 21), in a real browser: the duplicate warning with the
// claim offer, the restore confirmation, the pending-invitation list. Every page passes axe in
// German at desktop width and in Arabic at phone width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, startBrowser, newPage, screenshotDir } from '../harness.mjs';
import { expectAccessible } from './helpers/axe.mjs';
import { signInOfficeFirstTime, signIn, linkInMail, registerAndConfirm } from './helpers/sign-in.mjs';

let server;
let chrome;
let office;
const SLUG = 'kulturverein-brueckenschlag';
const ADMIN = 'admin@stadt.example';
const ADMIN_PASSWORD = 'Lindenblüte am Marktplatz';

before(async () => {
  server = await startServer();
  chrome = await startBrowser();
  await server.cli(['admin', 'create', '--email', ADMIN], `${ADMIN_PASSWORD}\n`);
  office = await newPage(chrome.browser, server.base, { viewport: { width: 1280, height: 900 } });
  await signInOfficeFirstTime(office.page, server.base, ADMIN, ADMIN_PASSWORD);
});

after(async () => {
  await office?.context.close();
  await chrome?.stop();
  await server?.stop();
});


/// The page in German at 1280 px and in Arabic at 390 px, each checked with axe and shot.
async function bothWays(page, path, name) {
  const sep = path.includes('?') ? '&' : '?';
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.base}${path}${sep}lang=de`);
  await expectAccessible(page, `${name} de`);
  await page.screenshot({ path: join(screenshotDir, `${name}-de.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.base}${path}${sep}lang=ar`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await expectAccessible(page, `${name} ar`);
  await page.screenshot({ path: join(screenshotDir, `${name}-ar-phone.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}


test('a shortened name warns of the listed association and offers to claim it', async () => {
  const { page, context } = await newPage(chrome.browser, server.base, { viewport: { width: 390, height: 844 } });
  await page.goto(`${server.base}/organisations/propose?lang=de`);
  await page.getByLabel(/Name des Vereins/).fill('Kulturverein Brückenschlag e.V.');
  await page.getByLabel(/Rechtsform/).selectOption('registered_association');
  await page.getByLabel(/Kurzbeschreibung \(ein Satz\) \(Deutsch\)/).fill('Kultur und Begegnung für Familien.');
  await page.getByLabel(/Ihre E-Mail-Adresse/).fill('vorschlag@beispiel.example');
  await page.getByRole('button', { name: 'Vorschlag senden' }).click();
  await page.locator('#possible-duplicates, #form-errors').first().waitFor();
  if (await page.locator('#form-errors').count()) assert.fail(await page.locator('#form-errors').textContent());
  const warning = page.locator('#possible-duplicates');
  assert.match(await warning.textContent(), /Deutsch-Türkischer Kulturverein Brückenschlag/);
  assert.match(await warning.getAttribute('class'), /notice-warning/);
  const claim = warning.getByRole('link', { name: /Das ist unser Verein/ }).first();
  assert.match(await claim.getAttribute('href'), new RegExp(`^/organisations/${SLUG}/join$`));
  await expectAccessible(page, 'propose shortened name de phone');
  await page.screenshot({ path: join(screenshotDir, 'propose-claim-offer-de-phone.png'), fullPage: true });
  await context.close();

  // Signed in, the offer is the claim itself; the office sees the claim in its queue.
  const reg = await newPage(chrome.browser, server.base);
  await registerAndConfirm(reg.page, server, 'selin@verein.example', 'Wir treffen uns jeden Dienstag');
  await signIn(reg.page, server.base, 'selin@verein.example', 'Wir treffen uns jeden Dienstag');
  await reg.page.goto(`${server.base}/organisations/propose?lang=de`);
  await reg.page.getByLabel(/Name des Vereins/).fill('Brueckenschlag Ludwigsburg');
  await reg.page.getByLabel(/Rechtsform/).selectOption('registered_association');
  await reg.page.getByLabel(/Kurzbeschreibung \(ein Satz\) \(Deutsch\)/).fill('Kultur und Begegnung.');
  await reg.page.getByLabel(/Ihre E-Mail-Adresse/).fill('selin@verein.example');
  await reg.page.getByRole('button', { name: 'Vorschlag senden' }).click();
  await reg.page.locator('#possible-duplicates').getByRole('button', { name: /Das ist unser Verein/ }).first().click();
  await reg.page.waitForURL(/claimed=1/, { timeout: 5000 }).catch(async (e) => { throw new Error(reg.page.url() + ' ' + (await reg.page.locator('main').textContent()).slice(0, 600)); });
  await office.page.goto(`${server.base}/office/review?lang=de`);
  assert.match(await office.page.locator('main').textContent(), /selin@verein\.example/);
  await reg.context.close();
});

test('restoring a version asks first, then says what happened', async () => {
  await office.page.goto(`${server.base}/organisations/${SLUG}/edit?lang=de`);
  const summary = office.page.getByLabel('Kurzbeschreibung (ein Satz) (Deutsch)');
  await summary.fill(`${await summary.inputValue()} Neu: Hausaufgabenhilfe.`);
  await office.page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await office.page.locator('#saved-note, #pending-note').first().waitFor();
  await office.page.goto(`${server.base}/organisations/${SLUG}/history?lang=de`);
  await office.page.getByRole('link', { name: 'Fassung 1 wiederherstellen' }).click();
  await office.page.waitForURL(/\/history\/1\/restore/);
  assert.match(await office.page.locator('h1').textContent(), /Fassung 1 wiederherstellen\?/);
  await bothWays(office.page, `/organisations/${SLUG}/history/1/restore`, 'restore-confirm');
  await office.page.goto(`${server.base}/organisations/${SLUG}/history/1/restore?lang=de`);
  await office.page.getByRole('button', { name: 'Ja, Fassung 1 wiederherstellen' }).click();
  await office.page.waitForURL(/restored=/);
  assert.match(await office.page.locator('#history-done').textContent(), /Fassung 1 ist wiederhergestellt/);
  assert.match(await office.page.locator('.version').first().textContent(), /wiederhergestellt aus Fassung 1/);
  await expectAccessible(office.page, 'history after restore de');
  // Archiving is in the danger zone and asks first, too.
  await office.page.locator('.danger-zone').getByRole('link', { name: /archivieren/ }).click();
  await office.page.waitForURL(/\/archive$/);
  await office.page.getByRole('link', { name: /Abbrechen/ }).click();
  await office.page.waitForURL(/\/history$/);
});

test('pending invitations are listed with resend and revoke', async () => {
  await office.page.goto(`${server.base}/organisations/${SLUG}?lang=de`);
  await office.page.getByRole('link', { name: 'Vertreter:in einladen' }).click();
  await office.page.waitForURL(/\/members/);
  await office.page.getByLabel('E-Mail-Adresse').fill('vera@verein.example');
  await office.page.getByLabel('Bearbeitet mit').check();
  await office.page.getByRole('button', { name: 'Einladung schicken' }).click();
  await office.page.locator('#invite-sent').waitFor();
  const pending = office.page.locator('#pending-invitations');
  assert.match(await pending.textContent(), /vera@verein\.example/);
  await bothWays(office.page, `/organisations/${SLUG}/members`, 'members-pending');
  await office.page.goto(`${server.base}/organisations/${SLUG}/members?lang=de`);
  await pending.getByRole('button', { name: /Erneut schicken/ }).click();
  await office.page.waitForURL(/done=resent/);
  await pending.getByRole('button', { name: /Zurückziehen/ }).click();
  await office.page.waitForURL(/done=revoked/);
  assert.doesNotMatch(await pending.textContent(), /vera@verein\.example/);
});
