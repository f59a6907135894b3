// A representative gives the association a logo on a phone: a wrong file first (a text file
// named logo.png), then a real picture; it waits for review; the office approves; the public
// profile and the result list show it, in German and in Arabic (right to left). Every page
// passes axe; screenshots go to e2e/screenshots.
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
const PHONE = { viewport: { width: 390, height: 844 } };

before(async () => {
  server = await startServer();
  chrome = await startBrowser();
  await server.cli(['admin', 'create', '--email', ADMIN], `${ADMIN_PASSWORD}\n`);
});

after(async () => {
  await chrome?.stop();
  await server?.stop();
});



/// A landscape logo drawn in the browser's canvas, as PNG bytes.
async function drawnLogo(page) {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 900;
    canvas.height = 450;
    const g = canvas.getContext('2d');
    g.fillStyle = '#0b5d8c';
    g.beginPath();
    g.arc(225, 225, 200, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#f2a900';
    g.fillRect(420, 150, 440, 150);
    g.fillStyle = '#fff';
    g.font = 'bold 150px sans-serif';
    g.fillText('KB', 110, 280);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

test('a logo: wrong file → message; picture → review → public profile and list, de and ar', async () => {
  const office = await newPage(chrome.browser, server.base);
  await signInOfficeFirstTime(office.page, server.base, ADMIN, ADMIN_PASSWORD);
  await office.page.goto(`${server.base}/organisations/${SLUG}/members`);
  await office.page.getByLabel('E-Mail-Adresse').fill('vera@verein.example');
  await office.page.getByRole('button', { name: 'Einladung schicken' }).click();
  await office.page.locator('#invite-sent').waitFor();
  const invitation = await linkInMail(server, 'vera@verein.example', '/invitation?token=');

  const vera = await newPage(chrome.browser, server.base, PHONE);
  await vera.page.goto(`${invitation.replace(/^https?:\/\/[^/]+/, server.base)}&lang=de`);
  await vera.page.getByLabel('Neues Passwort').fill(VERA_PASSWORD);
  await vera.page.getByLabel('Passwort wiederholen').fill(VERA_PASSWORD);
  await vera.page.getByRole('button', { name: 'Einladung annehmen' }).click();
  await vera.page.waitForURL(/\/account/);
  await vera.page.goto(`${server.base}/organisations/${SLUG}/edit?lang=de`);

  // A text file that only pretends to be a picture: the page says so, nothing is saved.
  const logoBox = vera.page.locator('#logo');
  await logoBox.getByLabel('Bild für das Logo auswählen').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('Unser Logo kommt noch.\n') });
  await logoBox.getByRole('button', { name: 'Logo hochladen' }).click();
  await vera.page.locator('#logo-error').waitFor();
  assert.match(await vera.page.locator('#logo-error').textContent(), /kein Bild im Format PNG, JPEG oder WebP/);
  await expectAccessible(vera.page, 'edit page with a logo error de');
  assert.ok(await vera.page.locator('#logo-error').evaluate((e) => e.getBoundingClientRect().top < innerHeight), 'the page opens at the message');
  await vera.page.screenshot({ path: join(screenshotDir, 'logo-error-de-phone.png') });

  // A real picture: saved, waiting for review, shown on the edit page.
  await logoBox.getByLabel('Bild für das Logo auswählen').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await drawnLogo(vera.page) });
  await logoBox.getByRole('button', { name: 'Logo hochladen' }).click();
  await vera.page.locator('#logo-saved').waitFor();
  assert.ok(await vera.page.locator('#logo-waiting').isVisible());
  const size = await vera.page.locator('.logo-preview').evaluate((img) => [img.naturalWidth, img.naturalHeight]);
  assert.deepEqual(size, [512, 256], 'scaled to fit 512 × 512');
  await expectAccessible(vera.page, 'edit page with a pending logo de');
  assert.ok(await vera.page.locator('#logo-saved').evaluate((e) => e.getBoundingClientRect().top < innerHeight), 'the page opens at the note');
  await vera.page.screenshot({ path: join(screenshotDir, 'logo-pending-de-phone.png') });
  await vera.page.goto(`${server.base}/organisations/${SLUG}/edit?lang=ar#logo`);
  await expectAccessible(vera.page, 'edit page with a pending logo ar');
  await vera.page.locator('#logo').scrollIntoViewIfNeeded();
  await vera.page.screenshot({ path: join(screenshotDir, 'logo-pending-ar-phone.png') });

  // The office sees the new picture in the review queue and approves.
  await office.page.goto(`${server.base}/office/review?lang=de`);
  const item = office.page.locator('.review-item', { has: office.page.locator('img.diff-logo') });
  await item.waitFor();
  await expectAccessible(office.page, 'review with a logo de');
  await item.screenshot({ path: join(screenshotDir, 'logo-review-de.png') });
  await item.getByRole('button', { name: 'Freigeben', exact: true }).click();
  await office.page.waitForURL(/done=approved/);

  // The public profile and the result list show it, in both directions.
  const visitor = await newPage(chrome.browser, server.base, PHONE);
  for (const lang of ['de', 'ar']) {
    await visitor.page.goto(`${server.base}/organisations/${SLUG}?lang=${lang}`);
    const logo = visitor.page.locator('#profile-logo');
    await logo.waitFor();
    assert.ok(await logo.evaluate((img) => img.complete && img.naturalWidth === 512), 'the picture loads');
    assert.match(await logo.getAttribute('alt'), /Brückenschlag/);
    await expectAccessible(visitor.page, `profile with a logo ${lang}`);
    await visitor.page.screenshot({ path: join(screenshotDir, `logo-profile-${lang}-phone.png`) });
    await visitor.page.goto(`${server.base}/organisations?q=Br%C3%BCckenschlag&lang=${lang}`);
    const card = visitor.page.locator('.card', { has: visitor.page.locator('.card-logo') }).first();
    await card.waitFor();
    const box = await card.locator('.card-logo').boundingBox();
    assert.ok(Math.abs(box.width - 48) < 1 && Math.abs(box.height - 48) < 1, `a fixed 48 × 48 box: ${JSON.stringify(box)}`);
    await expectAccessible(visitor.page, `list with a logo ${lang}`);
    await card.screenshot({ path: join(screenshotDir, `logo-card-${lang}-phone.png`) });
  }
});
