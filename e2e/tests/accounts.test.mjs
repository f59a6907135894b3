// The self-service path in a real browser: the office sets up its second factor and invites a
// representative, who sets a password and edits the profile; the change waits for review;
// the office approves it and the public page shows it. Every new page passes axe in de and ar.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, startBrowser, newPage, screenshotDir } from '../harness.mjs';
import { expectAccessible } from './helpers/axe.mjs';
import { signInOfficeFirstTime, linkInMail } from './helpers/sign-in.mjs';

let server;
let chrome;
const SLUG = 'kulturverein-brueckenschlag';
const ADMIN = 'admin@stadt.example';
const ADMIN_PASSWORD = 'Lindenblüte am Marktplatz';
const VERA_PASSWORD = 'Unser Verein trifft sich dienstags';

before(async () => {
  server = await startServer();
  chrome = await startBrowser();
  await server.cli(['admin', 'create', '--email', ADMIN], `${ADMIN_PASSWORD}\n`);
});

after(async () => {
  await chrome?.stop();
  await server?.stop();
});


/// Waits until the outbox has a mail to `to` whose text contains `path`; returns the link.

test('invite → set password → edit → pending → office approves with TOTP → public', async () => {
  // The administrator logs in and must set up the second factor first.
  const office = await newPage(chrome.browser, server.base);
  await signInOfficeFirstTime(office.page, server.base, ADMIN, ADMIN_PASSWORD, { check: (label) => expectAccessible(office.page, label) });
  assert.equal(await office.page.locator('.recovery-codes li').count(), 10);
  await expectAccessible(office.page, 'recovery codes de');

  // The office invites a representative for the association.
  await office.page.goto(`${server.base}/organisations/${SLUG}/members`);
  await expectAccessible(office.page, 'members de');
  await office.page.getByLabel('E-Mail-Adresse').fill('vera@verein.example');
  await office.page.getByRole('button', { name: 'Einladung schicken' }).click();
  await office.page.locator('#invite-sent').waitFor();
  const invitation = await linkInMail(server, 'vera@verein.example', '/invitation?token=');

  // Vera sets her password from the mail's link and is signed in.
  const vera = await newPage(chrome.browser, server.base, { viewport: { width: 412, height: 900 } });
  const invitationPage = await vera.page.goto(`${invitation.replace(/^https?:\/\/[^/]+/, server.base)}&lang=de`);
  assert.equal(invitationPage.status(), 200, `${invitation}: ${await vera.page.content()}`);
  await expectAccessible(vera.page, 'invitation de');
  await vera.page.getByLabel('Neues Passwort').fill(VERA_PASSWORD);
  await vera.page.getByLabel('Passwort wiederholen').fill(VERA_PASSWORD);
  await vera.page.getByRole('button', { name: 'Einladung annehmen' }).click();
  await vera.page.waitForURL(/\/account/);
  await vera.page.getByRole('link', { name: 'Profil bearbeiten' }).click();
  await vera.page.waitForURL(new RegExp(`/organisations/${SLUG}/edit$`));
  await expectAccessible(vera.page, 'edit form de');

  // The pin map fills in the position when the map is clicked (the fields work without it).
  const latBefore = await vera.page.getByLabel('Breitengrad').inputValue();
  await vera.page.locator('#map-pane').waitFor();
  await vera.page.locator('#map').click({ position: { x: 60, y: 40 } });
  const latAfter = await vera.page.getByLabel('Breitengrad').inputValue();
  assert.notEqual(latAfter, latBefore, 'clicking the map moves the pin');
  assert.ok(Math.abs(Number(latAfter) - 48.9) < 0.2, `still in town: ${latAfter}`);
  await vera.page.locator('#map-pane').screenshot({ path: join(screenshotDir, 'edit-pin-map.png') });

  // A mistake is named at its field and the input stays.
  await vera.page.getByLabel('Postleitzahl').fill('7163');
  await vera.page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await vera.page.locator('#form-errors').waitFor();
  assert.match(await vera.page.locator('#err-postcode').textContent(), /fünfstellige Postleitzahl/);
  assert.equal(await vera.page.getByLabel('Postleitzahl').inputValue(), '7163');
  await expectAccessible(vera.page, 'edit form with errors de');
  await vera.page.getByLabel('Postleitzahl').fill('71634');
  const summary = 'Wir verbinden Familien aus vielen Ländern – jetzt auch mit Hausaufgabenhilfe.';
  await vera.page.getByLabel('Kurzbeschreibung (ein Satz) (Deutsch)').fill(summary);
  await vera.page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await vera.page.locator('#pending-note').waitFor();
  await vera.page.screenshot({ path: join(screenshotDir, 'edit-pending-de-phone.png'), fullPage: false });

  // The public does not see the change yet.
  const visitor = await newPage(chrome.browser, server.base);
  await visitor.page.goto(`${server.base}/organisations/${SLUG}?lang=de`);
  assert.ok(!(await visitor.page.content()).includes(summary));

  // The office, signed in with its second factor, reviews the diff and approves.
  await office.page.goto(`${server.base}/office/review?lang=de`);
  await expectAccessible(office.page, 'review de');
  const item = office.page.locator('.review-item', { hasText: 'Hausaufgabenhilfe' });
  await item.waitFor();
  await office.page.screenshot({ path: join(screenshotDir, 'review-de.png'), fullPage: true });
  await item.getByRole('button', { name: 'Freigeben', exact: true }).click();
  await office.page.waitForURL(/done=approved/);

  await visitor.page.goto(`${server.base}/organisations/${SLUG}?lang=de`);
  assert.ok((await visitor.page.content()).includes(summary), 'public after approval');
  await linkInMail(server, 'vera@verein.example', `/organisations/${SLUG}/edit`);

  // The history shows both versions.
  await office.page.goto(`${server.base}/organisations/${SLUG}/history?lang=de`);
  await expectAccessible(office.page, 'history de');
  assert.ok(await office.page.locator('.version').count() >= 2);

  // Consent: a contact person with consent appears publicly after approval; withdrawing the
  // consent hides them at once, without review.
  await vera.page.goto(`${server.base}/organisations/${SLUG}/edit?lang=de`);
  const row = vera.page.locator('fieldset.person').filter({ hasText: 'Weitere Person' }).first();
  await row.getByLabel('Name').fill('Selin Aydın');
  await row.getByLabel('E-Mail-Adresse').fill('selin@verein.example');
  await row.getByLabel('Wer darf die Angaben sehen?').selectOption('public');
  await row.getByRole('checkbox').check();
  await vera.page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await vera.page.locator('#pending-note').waitFor();
  await office.page.goto(`${server.base}/office/review?lang=de`);
  await office.page.locator('.review-item', { hasText: 'Selin Aydın' }).getByRole('button', { name: 'Freigeben', exact: true }).click();
  await office.page.waitForURL(/done=approved/);
  await visitor.page.goto(`${server.base}/organisations/${SLUG}?lang=de`);
  assert.ok((await visitor.page.content()).includes('Selin Aydın'), 'shown with consent');
  await vera.page.goto(`${server.base}/organisations/${SLUG}/edit?lang=de`);
  const selin = vera.page.locator('fieldset.person').filter({ has: vera.page.locator('input[value="Selin Aydın"]') });
  await selin.getByRole('checkbox').uncheck();
  await vera.page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await vera.page.locator('#saved-note').waitFor();
  assert.match(await vera.page.locator('#saved-note').textContent(), /veröffentlicht/);
  await visitor.page.goto(`${server.base}/organisations/${SLUG}?lang=de`);
  assert.ok(!(await visitor.page.content()).includes('Selin Aydın'), 'hidden at once after withdrawal');

  // Offers and needs: Vera posts a need and sees fitting offers with reasons (German and Arabic),
  // asks for an introduction; the other association, invited by the office, accepts; only then
  // both see each other's address, and the mails are in the outbox.
  await vera.page.goto(`${server.base}/organisations/${SLUG}/items/new?kind=need&lang=de`);
  await vera.page.getByLabel('Titel').fill('Saal für unser Familienfest gesucht');
  await vera.page.getByLabel('Bereich').selectOption('rooms');
  await vera.page.getByLabel('Beschreibung').fill('Wir suchen einen Raum für 60 Personen mit Küche, gern am Samstag.');
  await vera.page.getByRole('button', { name: 'Gesuch veröffentlichen' }).click();
  await vera.page.waitForURL(/\/needs\/\d+/);
  const needUrl = vera.page.url().split('?')[0];
  const firstSuggestion = vera.page.locator('ol.cards li.card').first();
  await firstSuggestion.waitFor();
  assert.ok(await firstSuggestion.locator('.reasons li').count() > 0, 'suggestions come with reasons');
  await expectAccessible(vera.page, 'need with suggestions de');
  await vera.page.goto(`${needUrl}?lang=ar`);
  assert.equal(await vera.page.getAttribute('html', 'dir'), 'rtl');
  assert.ok(await vera.page.locator('ol.cards li.card .reasons li').count() > 0, 'reasons in the Arabic interface');
  await expectAccessible(vera.page, 'need with suggestions ar');
  await vera.page.goto(`${needUrl}?lang=de`);
  const card = vera.page.locator('ol.cards li.card').first();
  const otherOrg = (await card.locator('p.meta a').first().getAttribute('href')).split('/').pop();
  await card.getByText('Kontakt anfragen').click();
  await card.getByLabel('Nachricht an den anderen Verein (freiwillig)').fill('Wir feiern im Mai.');
  await card.getByRole('button', { name: 'Anfrage schicken' }).click();
  await vera.page.waitForURL(/\/introductions/);
  // The demo has agreed introductions of its own; this request's card shows no contact yet.
  const asked = vera.page.locator('li.introduction', { hasText: 'Wir feiern im Mai.' });
  assert.equal(await asked.count(), 1, 'the new request is listed');
  assert.ok(!(await asked.innerHTML()).includes('mailto:'), 'no contact before acceptance');

  await office.page.goto(`${server.base}/organisations/${otherOrg}/members?lang=de`);
  await office.page.getByLabel('E-Mail-Adresse').fill('anbieter@verein.example');
  await office.page.getByRole('button', { name: 'Einladung schicken' }).click();
  await office.page.locator('#invite-sent').waitFor();
  const otherInvitation = await linkInMail(server, 'anbieter@verein.example', '/invitation?token=');
  const other = await newPage(chrome.browser, server.base);
  await other.page.goto(`${otherInvitation.replace(/^https?:\/\/[^/]+/, server.base)}&lang=de`);
  await other.page.getByLabel('Neues Passwort').fill('Wir haben einen großen Saal');
  await other.page.getByLabel('Passwort wiederholen').fill('Wir haben einen großen Saal');
  await other.page.getByRole('button', { name: 'Einladung annehmen' }).click();
  await other.page.waitForURL(/\/account/);
  await other.page.goto(`${server.base}/introductions?lang=de`);
  await expectAccessible(other.page, 'introductions de');
  assert.ok((await other.page.content()).includes('Wir feiern im Mai.'));
  await other.page.getByRole('button', { name: 'Annehmen und Kontaktdaten austauschen' }).click();
  await other.page.waitForURL(/\/introductions$/);
  await vera.page.goto(`${server.base}/introductions?lang=de`);
  assert.ok((await vera.page.content()).includes('mailto:anbieter@verein.example'), 'contact after acceptance');
  await linkInMail(server, 'vera@verein.example', '/introductions');
  assert.ok(server.mails().some((m) => m.to.includes('vera@verein.example') && m.text.includes('anbieter@verein.example')), 'the contact is mailed');
  await other.context.close();

  // Vera changes the need: shared with the network only, a longer description.
  await vera.page.goto(`${needUrl}?lang=de`);
  await vera.page.getByRole('link', { name: 'Bearbeiten' }).click();
  await vera.page.waitForURL(/\/items\/\d+\/edit/);
  assert.equal(await vera.page.getByLabel('Titel').inputValue(), 'Saal für unser Familienfest gesucht');
  await expectAccessible(vera.page, 'item edit form de');
  await vera.page.getByLabel('Beschreibung').fill('Wir suchen einen Raum für 60 Personen mit Küche, am Samstag, 16. Mai.');
  await vera.page.getByLabel('Nur das Netzwerk').check();
  await vera.page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await vera.page.waitForURL(/\/needs\/\d+\?saved=1/);
  await vera.page.locator('#saved').waitFor();
  assert.ok((await vera.page.content()).includes('16. Mai'));
  const stranger = await newPage(chrome.browser, server.base);
  const hidden = await stranger.page.goto(`${needUrl}?lang=de`);
  assert.equal(hidden.status(), 404, 'the public no longer sees it');
  await stranger.context.close();
  await vera.page.goto(`${vera.page.url().replace(/\/needs\/(\d+).*/, '/items/$1/edit')}?lang=ar`);
  assert.equal(await vera.page.getAttribute('html', 'dir'), 'rtl');
  await expectAccessible(vera.page, 'item edit form ar');
  await vera.page.screenshot({ path: join(screenshotDir, 'item-edit-ar-phone.png'), fullPage: true });

  // The representative's other new pages pass axe.
  for (const path of ['/introductions', `/organisations/${SLUG}/items/new?kind=need`]) {
    await vera.page.goto(`${server.base}${path}${path.includes('?') ? '&' : '?'}lang=de`);
    await expectAccessible(vera.page, `${path} de`);
  }

  // The office's other pages pass axe in German.
  for (const path of ['/admin/users', '/admin/outbox', '/office/audit', '/office/inactive', '/office/synergy']) {
    await office.page.goto(`${server.base}${path}?lang=de`);
    await expectAccessible(office.page, `${path} de`);
  }

  // The same pages in Arabic, right-to-left, also pass axe.
  for (const path of [`/organisations/${SLUG}/edit`, `/organisations/${SLUG}/history`, `/organisations/${SLUG}/members`, '/office/review', '/account',
    '/admin/users', '/admin/outbox', '/office/audit', '/office/inactive', '/office/synergy', '/introductions', `/organisations/${SLUG}/items/new`]) {
    await office.page.goto(`${server.base}${path}?lang=ar`);
    assert.equal(await office.page.getAttribute('html', 'dir'), 'rtl');
    await expectAccessible(office.page, `${path} ar`);
  }
  await office.page.goto(`${server.base}/organisations/${SLUG}/edit?lang=ar`);
  await office.page.setViewportSize({ width: 412, height: 900 });
  await office.page.screenshot({ path: join(screenshotDir, 'edit-ar-phone.png'), fullPage: false });
  await office.context.close();
  await vera.context.close();
  await visitor.context.close();
});

test('the public pages of signing in pass axe in German and Arabic', async () => {
  const { page, context } = await newPage(chrome.browser, server.base);
  for (const lang of ['de', 'ar']) {
    for (const path of ['/login', '/register', '/password/forgot', '/organisations/propose']) {
      await page.goto(`${server.base}${path}?lang=${lang}`);
      await expectAccessible(page, `${path} ${lang}`);
    }
  }
  await page.goto(`${server.base}/login?lang=ar`);
  await page.screenshot({ path: join(screenshotDir, 'login-ar.png') });
  // A wrong password: translated message, the address stays.
  await page.goto(`${server.base}/login?lang=en`);
  await page.getByLabel('Email address').fill('nobody@verein.example');
  await page.getByLabel('Password').fill('wrong wrong wrong');
  await page.getByRole('button', { name: 'Log in' }).click();
  assert.match(await page.getByRole('alert').textContent(), /email address or password is wrong/);
  assert.equal(await page.getByLabel('Email address').inputValue(), 'nobody@verein.example');
  await context.close();
});

test('a proposal of an association that may be listed already shows the candidates first', async () => {
  const { page, context } = await newPage(chrome.browser, server.base, { viewport: { width: 412, height: 900 } });
  await page.goto(`${server.base}/organisations?lang=de`);
  await page.getByRole('link', { name: /Vorschlagen/ }).first().click();
  await page.waitForURL(/\/organisations\/propose/);
  await page.getByLabel(/Name des Vereins/).fill('Deutsch-Türkischer Kulturverein Brückenschlag Ludwigsburg');
  await page.getByLabel(/Rechtsform/).selectOption('registered_association');
  await page.getByLabel(/Kurzbeschreibung \(ein Satz\) \(Deutsch\)/).fill('Kultur und Begegnung für Familien.');
  await page.getByLabel(/Ihre E-Mail-Adresse/).fill('vorschlag@beispiel.example');
  await page.getByRole('button', { name: 'Vorschlag senden' }).click();
  await page.locator('#possible-duplicates, #form-errors').first().waitFor();
  if (await page.locator('#form-errors').count()) assert.fail(await page.locator('#form-errors').textContent());
  assert.match(await page.locator('#possible-duplicates').textContent(), /Brückenschlag/);
  assert.equal(await page.getByLabel(/Name des Vereins/).inputValue(), 'Deutsch-Türkischer Kulturverein Brückenschlag Ludwigsburg', 'input kept');
  await expectAccessible(page, 'propose with duplicates de');
  await page.screenshot({ path: join(screenshotDir, 'propose-duplicates-de-phone.png'), fullPage: false });
  assert.equal(server.mails().filter((m) => m.to.includes('vorschlag@')).length, 0, 'nothing sent before confirming');
  await page.getByLabel(/anderer Verein/).check();
  await page.getByRole('button', { name: 'Vorschlag senden' }).click();
  const link = await linkInMail(server, 'vorschlag@beispiel.example', '/organisations/propose/verify?token=');
  await page.goto(`${link.replace(/^https?:\/\/[^/]+/, server.base)}&lang=de`);
  await expectAccessible(page, 'propose verify de');
  await page.getByRole('button').filter({ hasText: /bestätigen/i }).first().click();
  await page.getByText(/Vielen Dank! Ihr Vorschlag/).waitFor();
  // Not public before the office reviewed it.
  const search = await page.request.get(`${server.base}/api/v1/organisations?q=Br%C3%BCckenschlag+Ludwigsburg`);
  assert.ok(!(await search.text()).includes('Brückenschlag Ludwigsburg'), 'not listed before review');
  await page.goto(`${server.base}/organisations/propose?lang=ar`);
  await expectAccessible(page, 'propose ar');
  await context.close();
});
