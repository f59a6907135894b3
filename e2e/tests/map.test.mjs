// The city map in a real browser: tile consent (no request to the tile host before it),
// markers and list, filters, popups, framing rules, phone layout, accessibility in de and ar.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, startBrowser, startStub, newPage, seriousViolations, screenshotDir } from '../harness.mjs';

// A 1×1 light grey PNG: what the local tile stub answers for every tile.
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64');

let server;
let chrome;
let tiles;
let framer;
let tileRequests = 0;

before(async () => {
  tiles = await startStub((req, res) => {
    tileRequests += 1;
    res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
    res.end(TILE);
  });
  server = await startServer({ env: { KNOTENPUNKT__MAP__TILE_URL: `${tiles.base}/tiles/{z}/{x}/{y}.png`, KNOTENPUNKT__MAP__PROVIDER: 'Test-Kacheln' } });
  framer = await startStub((req, res) => {
    const path = req.url.startsWith('/frame-map') ? '/map' : '/embed/map?category=language&language=ar&lang=de';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="de"><title>Stadt</title><h1>Website der Stadt</h1>
<iframe id="kp" src="${server.base}${path}" title="Stadtkarte" width="900" height="600"></iframe>`);
  });
  chrome = await startBrowser();
});

after(async () => {
  await chrome?.stop();
  await server?.stop();
  await tiles?.stop();
  await framer?.stop();
});

const toTiles = (foreign) => foreign.filter((u) => u.startsWith(tiles.base));

async function mapReady(page) {
  await page.locator('.kp-marker, .kp-cluster').first().waitFor();
  await page.locator('#map-items .map-item').first().waitFor();
}

test('no request leaves for the tile host before consent; after consent tiles load, and consent can be withdrawn', async () => {
  const { page, context, foreign } = await newPage(chrome.browser, server.base);
  const before = tileRequests;
  await page.goto(`${server.base}/map?lang=de`);
  await mapReady(page);
  await page.waitForTimeout(500);
  assert.deepEqual(toTiles(foreign), [], 'no tile request before consent');
  assert.equal(tileRequests, before);
  assert.equal(await page.locator('.leaflet-tile').count(), 0);
  const consent = page.locator('#map-consent');
  assert.match(await consent.textContent(), /Test-Kacheln/);
  assert.equal(await consent.getByRole('link', { name: /Datenschutzerklärung/ }).getAttribute('href'), '/privacy');

  await page.getByLabel('Entscheidung auf diesem Gerät merken').check();
  const firstTile = page.waitForRequest((r) => r.url().startsWith(tiles.base));
  await page.getByRole('button', { name: 'Karte laden' }).click();
  await firstTile;
  await page.locator('.leaflet-tile-loaded').first().waitFor();
  assert.ok(tileRequests > before, 'the stub served tiles');
  assert.ok(await consent.isHidden());

  await page.reload();
  await page.locator('.leaflet-tile-loaded').first().waitFor();
  assert.ok(await consent.isHidden(), 'the choice is remembered');
  await page.getByRole('button', { name: 'Kartenbilder nicht mehr laden' }).click();
  assert.ok(await consent.isVisible(), 'withdrawn');
  assert.equal(await page.locator('.leaflet-tile').count(), 0);
  await page.reload();
  await mapReady(page);
  assert.ok(await consent.isVisible(), 'withdrawal is remembered too');
  await context.close();
});

test('filtering for Sprache & Übersetzung and Arabic changes markers, list and URL, and opens as a directory search', async () => {
  const { page, context, foreign } = await newPage(chrome.browser, server.base);
  await page.goto(`${server.base}/map?lang=de`);
  await mapReady(page);
  const allCount = await page.locator('#map-count').textContent();
  let geojson = page.waitForResponse((r) => r.url().includes('organisations.geojson') && r.url().includes('category=language'));
  await page.getByLabel('Tätigkeitsfeld', { exact: true }).selectOption('language');
  await geojson;
  geojson = page.waitForResponse((r) => r.url().includes('organisations.geojson') && r.url().includes('language=ar'));
  await page.getByLabel('Sprache', { exact: true }).selectOption('ar');
  const features = (await (await geojson).json()).features;
  assert.ok(features.length >= 3 && features.length < 41, `${features.length}`);
  await page.waitForFunction((n) => document.querySelectorAll('#map-items .map-item').length === n, features.length);
  assert.notEqual(await page.locator('#map-count').textContent(), allCount);
  const names = await page.locator('#map-items .map-item h3').allTextContents();
  assert.deepEqual(names.map((n) => n.trim()).sort(), features.map((f) => f.properties.name).sort());
  assert.match(page.url(), /category=language&language=ar/);
  assert.match(page.url(), /zoom=\d+/);

  // The shared URL reproduces the same map.
  const shared = page.url();
  const second = await context.newPage();
  await second.goto(shared);
  await second.locator('#map-items .map-item').first().waitFor();
  assert.equal(await second.locator('#map-items .map-item').count(), features.length);
  assert.equal(await second.getByLabel('Tätigkeitsfeld', { exact: true }).inputValue(), 'language');

  await page.getByRole('link', { name: 'Als Liste im Verzeichnis' }).click();
  await page.waitForURL(/\/organisations\?category=language&language=ar/);
  assert.match(await page.locator('#results-heading').textContent(), new RegExp(`^${features.length} Vereine`));
  await page.getByRole('link', { name: 'Diese Suche auf der Stadtkarte zeigen' }).click();
  await page.waitForURL(/\/map\?category=language&language=ar/);
  assert.deepEqual(toTiles(foreign), []);
  await context.close();
});

test('filtering by offers shows only associations offering that, names the offer in list and popup, in German and Arabic', async () => {
  const { page, context } = await newPage(chrome.browser, server.base);
  await page.goto(`${server.base}/map?lang=de`);
  await mapReady(page);
  const geojson = page.waitForResponse((r) => r.url().includes('organisations.geojson') && r.url().includes('offers=rooms'));
  await page.getByLabel('Bietet', { exact: true }).selectOption('rooms');
  const features = (await (await geojson).json()).features;
  assert.ok(features.length >= 5 && features.length < 41, `${features.length}`);
  assert.ok(features.every((f) => f.properties.items.length > 0), 'each names its offers');
  await page.waitForFunction((n) => document.querySelectorAll('#map-items .map-item').length === n, features.length);
  assert.match(page.url(), /offers=rooms/);
  const item = page.locator('#map-items .map-item').first();
  await item.locator('.map-mentions a').first().waitFor();
  assert.match(await item.locator('.map-mentions').textContent(), /bietet: /);
  await item.hover();
  await item.getByRole('button', { name: 'Auf der Karte zeigen' }).click();
  const popup = page.locator('.leaflet-popup .kp-popup');
  await popup.locator('.map-mentions a').first().waitFor();
  const offer = await popup.locator('.map-mentions a').first().getAttribute('href');
  assert.match(offer, /^\/offers\/\d+$/);

  const problems = [];
  for (const lang of ['de', 'ar']) {
    await page.goto(`${server.base}/map?offers=rooms&needs=any&lang=${lang}`);
    await mapReady(page);
    for (const v of await seriousViolations(page)) problems.push(`${lang}: ${v}`);
  }
  assert.match(await page.locator('#map-items .map-item .map-mentions').first().textContent(), /تقدّم/);
  await page.screenshot({ path: join(screenshotDir, 'map-offers-ar.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a marker popup and the list link to the right profile', async () => {
  const { page, context } = await newPage(chrome.browser, server.base);
  await page.goto(`${server.base}/map?category=language&language=ar&lang=de`);
  await mapReady(page);
  const item = page.locator('#map-items .map-item').first();
  const name = (await item.locator('h3').textContent()).trim();
  const slug = await item.getAttribute('data-slug');
  await item.hover();
  await item.getByRole('button', { name: 'Auf der Karte zeigen' }).click();
  const popup = page.locator('.leaflet-popup .kp-popup');
  await popup.waitFor();
  assert.equal((await popup.locator('h3').textContent()).trim(), name);
  await popup.locator('.kp-languages').filter({ hasText: 'Arabisch' }).waitFor();
  assert.ok((await popup.locator('.kp-summary').textContent()).length > 10, 'summary shown');
  assert.equal(await popup.locator('h3 a').getAttribute('href'), `/organisations/${slug}`);

  // A marker on the map (not in a cluster) opens its own popup too.
  await page.goto(`${server.base}/map?category=language&language=ar&lang=de`);
  await mapReady(page);
  const title = await page.evaluate(() => {
    const box = document.getElementById('map').getBoundingClientRect();
    const inside = [...document.querySelectorAll('.kp-marker[title]')].find((m) => {
      const r = m.getBoundingClientRect();
      return r.left > box.left + 40 && r.right < box.right - 10 && r.top > box.top + 10 && r.bottom < box.bottom - 10;
    });
    return inside && inside.getAttribute('title');
  });
  assert.ok(title, 'a single marker is in view');
  await page.locator(`.kp-marker[title="${title}"]`).click();
  await page.locator('.leaflet-popup .kp-popup h3', { hasText: title }).waitFor();
  await page.locator('.leaflet-popup .kp-popup h3 a').click();
  await page.waitForURL(/\/organisations\/[a-z0-9-]+$/);
  assert.equal((await page.locator('h1').textContent()).trim(), title);
  assert.ok(await page.locator('#map .kp-marker').isVisible(), 'the profile shows its place on a small map');
  await context.close();
});

test('/embed/map works inside a frame of another origin; /map refuses to be framed', async () => {
  const context = await chrome.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${framer.base}/frame-embed`);
  const frame = page.frameLocator('#kp');
  await frame.locator('.kp-marker, .kp-cluster').first().waitFor();
  assert.ok(await frame.locator('#map-items .map-item').count() >= 3);
  assert.match(await frame.getByRole('link', { name: /Größere Karte/ }).getAttribute('href'), new RegExp(`^${server.base}/map\\?category=language`));
  await page.screenshot({ path: join(screenshotDir, 'map-embedded-elsewhere.png') });

  await page.goto(`${framer.base}/frame-map`);
  await page.waitForTimeout(1000);
  const framed = page.frames().find((f) => f !== page.mainFrame());
  const hasMap = framed ? await framed.locator('#map').count().catch(() => 0) : 0;
  assert.equal(hasMap, 0, '/map must not render inside a frame of another site');
  await context.close();
});

test('on a phone, map and list toggle', async () => {
  const { page, context } = await newPage(chrome.browser, server.base, { viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true });
  await page.goto(`${server.base}/map?lang=de`);
  await page.locator('.kp-marker, .kp-cluster').first().waitFor();
  assert.ok(await page.locator('#map').isVisible());
  assert.ok(await page.locator('#map-list').isHidden());
  await page.screenshot({ path: join(screenshotDir, 'map-de-phone.png'), fullPage: true });
  await page.getByRole('button', { name: 'Liste' }).click();
  assert.ok(await page.locator('#map-list').isVisible());
  assert.ok(await page.locator('#map').isHidden());
  assert.equal(await page.getByRole('button', { name: 'Liste' }).getAttribute('aria-pressed'), 'true');
  await page.screenshot({ path: join(screenshotDir, 'map-de-phone-list.png') });
  await page.locator('#map-items .map-item').first().getByRole('button', { name: 'Auf der Karte zeigen' }).click();
  await page.locator('.leaflet-popup .kp-popup').waitFor();
  assert.ok(await page.locator('#map').isVisible(), 'showing an entry on the map switches to the map');
  await context.close();
});

for (const lang of ['de', 'ar']) {
  test(`axe-core finds no serious or critical violations on the map pages (${lang})`, async () => {
    const { page, context, foreign } = await newPage(chrome.browser, server.base, { viewport: { width: 1280, height: 1000 } });
    const problems = [];
    for (const path of ['/map', '/embed/map', '/map/embed', '/organisations/kulturverein-brueckenschlag']) {
      await page.goto(`${server.base}${path}?lang=${lang}`);
      if (path !== '/map/embed') await page.locator('#map .kp-marker, #map .kp-cluster').first().waitFor();
      for (const v of await seriousViolations(page)) problems.push(`${path}: ${v}`);
      if (path === '/map') {
        await page.screenshot({ path: join(screenshotDir, `map-${lang}-desktop.png`) });
        if (lang === 'ar') {
          assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
          const panel = await page.locator('#map-filters').evaluate((e) => getComputedStyle(e).direction);
          const list = await page.locator('#map-list').evaluate((e) => getComputedStyle(e).direction);
          assert.deepEqual([panel, list], ['rtl', 'rtl']);
          const mapBox = await page.locator('#map').boundingBox();
          const listBox = await page.locator('#map-list').boundingBox();
          assert.ok(listBox.x < mapBox.x, 'right-to-left: the list is on the left of the map');
        }
      }
    }
    await page.setViewportSize({ width: 412, height: 915 });
    await page.goto(`${server.base}/map?lang=${lang}`);
    await page.locator('.kp-marker, .kp-cluster').first().waitFor();
    for (const v of await seriousViolations(page)) problems.push(`/map (phone): ${v}`);
    if (lang === 'ar') await page.screenshot({ path: join(screenshotDir, 'map-ar-phone.png'), fullPage: true });
    assert.deepEqual(problems, []);
    assert.deepEqual(toTiles(foreign), []);
    await context.close();
  });
}
