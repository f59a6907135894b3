// The network graph in a real browser: the office opens it on the demo data (the first
// meeting's pairs are there), finds the associations without a tie, filters by kind of tie
// with the plain form, follows an association's node to its profile and downloads the graph
// as GraphML; the same page in Arabic on a phone lists the isolated associations before the
// drawing. axe-core in de and ar; screenshots `graph-de.png` (desktop) and
// `graph-ar-phone.png`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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

test('office: graph with the first meeting’s pairs, isolated associations, filter, profile, GraphML', async () => {
  const office = await newPage(chrome.browser, server.base, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await signInOfficeFirstTime(office.page, server.base, ADMIN, ADMIN_PASSWORD);

  await office.page.goto(`${server.base}/office/graph?lang=de`);
  await office.page.getByRole('heading', { name: 'Netzwerkbild', level: 1 }).waitFor();
  const met = await office.page.locator('#graph-svg line.ge-met').count();
  assert.ok(met >= 20, `the first meeting's pairs are drawn: ${met}`);
  const isolated = await office.page.locator('#isolated li').count();
  assert.ok(isolated > 0, 'some demo associations have no tie');
  assert.equal(await office.page.locator('a.gn-isolated').count(), isolated, 'list and drawing agree');
  // The script is there: zoom buttons shown, hovering highlights ties.
  await office.page.locator('#graph-tools').waitFor();
  await expectAccessible(office.page, 'graph de');
  await office.page.screenshot({ path: join(screenshotDir, 'graph-de.png'), fullPage: true });
  await office.page.getByRole('button', { name: 'Vergrößern' }).click();
  await office.page.locator('a.gn:not(.gn-isolated)').first().hover();
  assert.ok(await office.page.locator('#graph-svg line.is-on').count() > 0, 'hovering highlights the ties');
  await office.page.screenshot({ path: join(screenshotDir, 'graph-de-hover.png') });

  // Only the contact requests: the form is a plain GET form.
  await office.page.getByLabel(/Am Tisch getroffen/).uncheck();
  await office.page.getByLabel(/Gemeinsames Kooperationsprojekt/).uncheck();
  await office.page.getByRole('button', { name: 'Anzeigen' }).click();
  await office.page.waitForURL(/kind=introduction/);
  assert.equal(await office.page.locator('#graph-svg line.ge-met').count(), 0);
  assert.equal(await office.page.locator('#graph-svg line.ge-project').count(), 0);
  assert.ok(await office.page.locator('#isolated li').count() > isolated, 'more are isolated by contact requests alone');
  assert.ok(await office.page.getByLabel(/Kontaktanfrage vereinbart/).isChecked());

  // A date that does not exist: named, kept, the graph still shown.
  await office.page.getByLabel('Von (Datum)').evaluate((input) => { input.type = 'text'; input.value = '2020-02-30'; });
  await office.page.getByRole('button', { name: 'Anzeigen' }).click();
  await office.page.locator('#form-errors').waitFor();
  assert.equal(await office.page.getByLabel('Von (Datum)').inputValue(), '2020-02-30');
  await expectAccessible(office.page, 'graph with error de');

  // Back to everything; a node leads to the profile.
  await office.page.goto(`${server.base}/office/graph?lang=de`);
  const node = office.page.locator('a.gn:not(.gn-isolated)').first();
  const href = await node.getAttribute('href');
  assert.match(href, /^\/organisations\/[a-z0-9-]+$/);
  await office.page.goto(`${server.base}${href}`);
  assert.equal(new URL(office.page.url()).pathname, href);
  await office.page.goBack();

  // GraphML from the page.
  const [download] = await Promise.all([office.page.waitForEvent('download'), office.page.locator('#export-graphml').click()]);
  const text = await readFile(await download.path(), 'utf8');
  assert.match(text, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml /);
  assert.equal((text.match(/<edge /g) || []).length, met + (await office.page.locator('#graph-svg line.ge-introduction, #graph-svg line.ge-project').count()));
  assert.equal(download.suggestedFilename(), 'knotenpunkt-network.graphml');

  // Arabic on a phone: right to left, the list of associations without a tie before the drawing.
  await office.page.setViewportSize({ width: 360, height: 780 });
  await office.page.goto(`${server.base}/office/graph?lang=ar`);
  assert.equal(await office.page.locator('html').getAttribute('dir'), 'rtl');
  const listTop = (await office.page.locator('#isolated').boundingBox()).y;
  const drawingTop = (await office.page.locator('#graph').boundingBox()).y;
  assert.ok(listTop < drawingTop, 'the list comes first on a phone');
  const width = await office.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `nothing wider than the phone: ${width}`);
  await expectAccessible(office.page, 'graph ar phone');
  await office.page.screenshot({ path: join(screenshotDir, 'graph-ar-phone.png'), fullPage: true });
  await office.page.screenshot({ path: join(screenshotDir, 'graph-ar-phone-top.png') });
  await office.page.locator('#graph').screenshot({ path: join(screenshotDir, 'graph-ar-phone-drawing.png') });
  await office.context.close();
});
