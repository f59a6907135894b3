// Keyboard and screen-reader use of the map and the registration form (issue 22): focus moves
// into a popup and back, Escape closes it, changes are announced; a popup stays inside a 320 px
// map with text spacing; the register form shows every error at once with aria-invalid.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, startBrowser, startStub, newPage, seriousViolations, screenshotDir } from '../harness.mjs';

const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64');
// WCAG 1.4.12 text spacing, as a bookmarklet would set it.
const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';

let server;
let chrome;
let tiles;

before(async () => {
  tiles = await startStub((req, res) => {
    res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
    res.end(TILE);
  });
  server = await startServer({ env: { KNOTENPUNKT__MAP__TILE_URL: `${tiles.base}/tiles/{z}/{x}/{y}.png`, KNOTENPUNKT__MAP__PROVIDER: 'Test-Kacheln' } });
  chrome = await startBrowser();
});

after(async () => {
  await chrome?.stop();
  await server?.stop();
  await tiles?.stop();
});

const active = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return { tag: e.tagName, id: e.id, cls: String(e.className), text: (e.textContent || '').trim().slice(0, 80), label: e.getAttribute('aria-label'), inPopup: !!e.closest('.kp-popup') };
});

async function tabUntil(page, predicate, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const a = await active(page);
    if (predicate(a)) return a;
  }
  throw new Error('not reached by Tab');
}

test('the map page by keyboard: consent, a marker, its popup, Escape, back, and the list', async () => {
  const { page, context } = await newPage(chrome.browser, server.base, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.base}/map?lang=de`);
  await page.locator('#map-items .map-item').first().waitFor();

  // Consent: "Karte laden" disappears with its panel; focus goes to the map it loaded.
  await tabUntil(page, (a) => a.id === 'map-consent-load');
  await page.keyboard.press('Enter');
  await page.locator('.leaflet-tile-loaded').first().waitFor();
  let a = await active(page);
  assert.equal(a.id, 'map', `focus on the map after loading it: ${JSON.stringify(a)}`);
  assert.equal(await page.getAttribute('#map', 'role'), 'region');
  assert.match(await page.getAttribute('#map', 'aria-label'), /^Karte der Vereine/);

  // Zoom in until single markers show, then tab to one.
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.waitForTimeout(600);
  a = await tabUntil(page, (x) => x.cls.includes('kp-marker'));
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineColor);
  assert.equal(ring, 'rgb(27, 31, 36)', 'a dark focus ring on the map');
  const markerName = await page.evaluate(() => document.activeElement.getAttribute('title'));

  // Enter opens the popup, moves focus into it and says so.
  await page.keyboard.press('Enter');
  await page.locator('.kp-popup').waitFor();
  a = await active(page);
  assert.ok(a.inPopup, `focus in the popup: ${JSON.stringify(a)}`);
  assert.equal(a.text, markerName, 'the popup names the marker\'s association');
  await page.waitForFunction(() => document.getElementById('map-status').textContent.includes('Auf der Karte geöffnet'));
  assert.match(await page.locator('.kp-popup').textContent(), /Tätigkeitsfeld: /, 'the popup names the field of activity');
  assert.equal(await page.getAttribute('.leaflet-popup-close-button', 'aria-label'), 'Schließen');

  // Escape closes it; focus is back on the marker.
  await page.keyboard.press('Escape');
  await page.locator('.kp-popup').waitFor({ state: 'detached' });
  a = await active(page);
  assert.ok(a.cls.includes('kp-marker'), `back on the marker: ${JSON.stringify(a)}`);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('title')), markerName);

  // From the list: "Auf der Karte zeigen" opens the popup; Escape comes back to the button.
  const show = page.locator('#map-items .map-item button.link-button').first();
  await show.focus();
  await page.keyboard.press('Enter');
  await page.locator('.kp-popup').waitFor();
  await page.waitForTimeout(400);
  assert.ok((await active(page)).inPopup, 'focus in the popup opened from the list');
  await page.keyboard.press('Escape');
  await page.locator('.kp-popup').waitFor({ state: 'detached' });
  a = await active(page);
  assert.equal(a.tag, 'BUTTON', `back on a list button: ${JSON.stringify(a)}`);
  assert.equal(a.text, 'Auf der Karte zeigen');
  assert.deepEqual(await seriousViolations(page), []);
  await context.close();
});

test('on a phone the skip link reaches the list, and a popup fits a 320 px map with text spacing', async () => {
  const { page, context } = await newPage(chrome.browser, server.base, { viewport: { width: 320, height: 900 } });
  await page.goto(`${server.base}/map?lang=de`);
  await page.locator('#map-items .map-item').first().waitFor({ state: 'attached' });
  await page.addStyleTag({ content: TEXT_SPACING });

  await tabUntil(page, (x) => x.cls.includes('skip-map'));
  await page.keyboard.press('Enter');
  assert.equal((await active(page)).id, 'map-list', 'the list has focus');
  assert.ok(await page.locator('#map-list').isVisible(), 'and is shown');

  // Back to the map through an entry's "Auf der Karte zeigen".
  await page.locator('#map-items .map-item button.link-button').first().click();
  const popup = page.locator('.leaflet-popup');
  await popup.waitFor();
  await page.waitForTimeout(600);
  const mapBox = await page.locator('#map').boundingBox();
  const box = await page.locator('.leaflet-popup-content-wrapper').boundingBox();
  await page.locator('#map').screenshot({ path: join(screenshotDir, 'map-popup-320-text-spacing.png') });
  assert.ok(box.width <= mapBox.width, `popup ${box.width} px in a ${mapBox.width} px map`);
  assert.ok(box.x >= mapBox.x - 1 && box.x + box.width <= mapBox.x + mapBox.width + 1, `inside the map: ${JSON.stringify({ box, mapBox })}`);
  const heading = await page.locator('.kp-popup h3').boundingBox();
  const zoom = await page.locator('.leaflet-control-zoom').boundingBox();
  const overlaps = heading.x < zoom.x + zoom.width && zoom.x < heading.x + heading.width && heading.y < zoom.y + zoom.height && zoom.y < heading.y + heading.height;
  assert.ok(!overlaps, `the zoom buttons leave the heading free: ${JSON.stringify({ heading, zoom })}`);
  await context.close();
});

test('register: every error at once, each field aria-invalid, focus on the summary; Arabic too', async () => {
  for (const lang of ['de', 'ar']) {
    const { page, context } = await newPage(chrome.browser, server.base, { viewport: { width: 390, height: 1100 } });
    await page.goto(`${server.base}/register?lang=${lang}`);
    await page.locator('#f-email').fill('vera@');
    await page.locator('#f-password').fill('kurz');
    await page.locator('#f-password').press('Enter');
    await page.locator('#form-errors').waitFor();
    assert.equal((await active(page)).id, 'form-errors', 'focus on the summary');
    for (const id of ['f-email', 'f-password', 'f-password_repeat']) {
      assert.equal(await page.getAttribute(`#${id}`, 'aria-invalid'), 'true', id);
    }
    assert.equal(await page.getAttribute('#f-password', 'aria-describedby'), 'h-password err-password');
    assert.equal(await page.locator('#form-errors li').count(), 3);
    assert.equal(await page.locator('#f-email').inputValue(), 'vera@', 'the input is kept');
    // Tab from the summary reaches its links, each to its own field.
    await page.keyboard.press('Tab');
    let a = await active(page);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#f-email', JSON.stringify(a));
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#f-password');
    if (lang === 'de') assert.match(await page.locator('#form-errors li').first().textContent(), /^E-Mail-Adresse: /);
    if (lang === 'ar') await page.screenshot({ path: join(screenshotDir, 'register-errors-ar.png'), fullPage: true });
    assert.deepEqual(await seriousViolations(page), [], lang);
    await context.close();
  }
});
