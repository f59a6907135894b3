// A newcomer's guided path in a real browser (issue 21): from an association's page through
// registration, the confirmation mail (read from the outbox), sign-in and the claim to the
// profile with what happens next; after the office confirms, one part of the profile edited
// alone with a preview of the public page. Every step passes axe in German at desktop width
// and in Arabic at phone width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, startBrowser, newPage, screenshotDir } from '../harness.mjs';
import { signInOfficeFirstTime, linkInMail } from './helpers/sign-in.mjs';
import { expectAccessible } from './helpers/axe.mjs';

let server;
let chrome;
let office;
const SLUG = 'kulturverein-brueckenschlag';
const ADMIN = 'admin@stadt.example';
const ADMIN_PASSWORD = 'Lindenblüte am Marktplatz';
const EMAIL = 'derya@verein.example';
const PASSWORD = 'Wir proben jeden Donnerstag';

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


async function shot(page, name) {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/// The page in German at 1280 px and in Arabic at 390 px, each checked with axe and shot.
async function bothWays(page, path, name) {
  const sep = path.includes('?') ? '&' : '?';
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.base}${path}${sep}lang=de`);
  await expectAccessible(page, `${name} de`);
  await shot(page, `${name}-de`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.base}${path}${sep}lang=ar`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await expectAccessible(page, `${name} ar`);
  await shot(page, `${name}-ar-phone`);
  await page.setViewportSize({ width: 1280, height: 900 });
}


async function guide(page) {
  return (await page.locator('.guide').textContent()).replace(/\s+/g, ' ');
}

test('a newcomer goes from the association to its profile in four steps that say where one is', async () => {
  const { page, context } = await newPage(chrome.browser, server.base, { viewport: { width: 1280, height: 900 } });

  // Step 1, from the association's page.
  await page.goto(`${server.base}/organisations/${SLUG}?lang=de`);
  await page.locator('#join-link').click();
  await page.waitForURL(new RegExp(`/organisations/${SLUG}/join`));
  assert.match(await guide(page), /Schritt 1 von 4: Konto anlegen oder anmelden/);
  await bothWays(page, `/organisations/${SLUG}/join`, 'guided-1-join');
  await page.goto(`${server.base}/organisations/${SLUG}/join?lang=de`);
  await page.locator('#join-register').click();
  await page.waitForURL(/\/register\?next=/);
  assert.match(await guide(page), /Schritt 1 von 4/);
  await expectAccessible(page, 'guided register de');
  await page.getByLabel('E-Mail-Adresse').fill(EMAIL);
  await page.getByLabel('Neues Passwort').fill(PASSWORD);
  await page.getByLabel('Passwort wiederholen').fill(PASSWORD);
  await page.getByRole('button', { name: 'Konto anlegen' }).click();

  // Step 2: the mail's link, then signing in.
  await page.locator('#form-done').waitFor();
  assert.match(await guide(page), /Schritt 2 von 4: E-Mail-Adresse bestätigen/);
  await expectAccessible(page, 'guided register done de');
  await shot(page, 'guided-2-mail-sent-de');
  const link = await linkInMail(server, EMAIL, '/register/verify');
  const verifyPath = link.slice(server.base.length);
  await bothWays(page, verifyPath, 'guided-2-verify');
  await page.goto(`${link}&lang=de`);
  assert.match(await guide(page), /Schritt 2 von 4/);
  await page.getByRole('button', { name: 'Adresse bestätigen' }).click();
  await page.waitForURL(/verified=1/);
  assert.match(await guide(page), /Schritt 2 von 4/);
  assert.match(await page.locator('#done-note').textContent(), /Schritt 3/);
  await expectAccessible(page, 'guided login de');
  await page.getByLabel('E-Mail-Adresse').fill(EMAIL);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();

  // Step 3: the claim, for the association the path started from.
  await page.waitForURL(new RegExp(`/organisations/${SLUG}/join$`));
  assert.match(await guide(page), /Schritt 3 von 4/);
  await bothWays(page, `/organisations/${SLUG}/join`, 'guided-3-claim');
  await page.goto(`${server.base}/organisations/${SLUG}/join?lang=de`);
  await page.getByLabel(/Woran erkennt das Integrationsbüro/).fill('Ich leite die Theatergruppe.');
  await page.getByRole('button', { name: 'Antrag schicken' }).click();

  // Step 4: on the profile, at the top, what happens now.
  await page.waitForURL(/claimed=1/);
  assert.match(await guide(page), /Schritt 4 von 4/);
  assert.match(await page.locator('.what-now').textContent(), /Wie geht es weiter\?/);
  const box = await page.locator('.join-done').boundingBox();
  assert.ok(box && box.y < 900, `the confirmation is on the first screen (y ${box?.y})`);
  await bothWays(page, `/organisations/${SLUG}?claimed=1`, 'guided-4-claimed');

  // The office confirms; the path ends at the profile form.
  await office.page.goto(`${server.base}/office/review?lang=de`);
  await office.page.locator('li', { hasText: EMAIL }).getByRole('button', { name: /Bestätigen/ }).click();
  await office.page.waitForURL(/done=claim/);
  await page.goto(`${server.base}/organisations/${SLUG}/join?lang=de`);
  assert.match(await page.locator('.what-now').textContent(), /Sie bearbeiten jetzt/);
  await page.getByRole('link', { name: 'Profil ergänzen' }).click();
  await page.waitForURL(new RegExp(`/organisations/${SLUG}/edit$`));

  // One part alone, previewed before it is saved.
  await page.locator('a[href*="section=contact"]').click();
  await page.waitForURL(/section=contact/);
  assert.equal(await page.locator('#sec-basics').count(), 0, 'only the contact part');
  await page.locator('#f-email').fill('kontakt@brueckenschlag.example');
  await page.locator('#preview-button').click();
  await page.locator('#preview').waitFor();
  assert.match(await page.locator('#preview').textContent(), /kontakt@brueckenschlag\.example/);
  assert.equal(await page.locator('#f-email').inputValue(), 'kontakt@brueckenschlag.example', 'the form keeps the input');
  await expectAccessible(page, 'preview de');
  await shot(page, 'edit-contact-preview-de');
  await page.getByRole('button', { name: 'Diesen Teil speichern' }).click();
  await page.locator('#saved-note').waitFor();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.base}/organisations/${SLUG}/edit?section=contact&lang=ar`);
  await page.locator('#preview-button').click();
  await page.locator('#preview').waitFor();
  await expectAccessible(page, 'preview ar');
  await shot(page, 'edit-contact-preview-ar-phone');
  await context.close();
});
