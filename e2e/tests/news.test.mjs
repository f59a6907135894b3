// News in a real browser: the office writes the report of the demo's network meeting as a news
// item (a mistake first, kept and named; a preview; then a draft), publishes it, and it appears
// in /news, on its page (German, and in Arabic with the fallback said), on the meeting's page
// and in the Atom feed. axe-core on every page in German and Arabic; screenshots of the editor
// (desktop, German), /news (phone, Arabic) and the news page (phone, Arabic).
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
const MEETING = 'netzwerktreffen-2020-01-11';
const TITLE = 'Ergebnisse des Netzwerktreffens: vier Projekte geplant';

before(async () => {
  server = await startServer();
  chrome = await startBrowser();
  await server.cli(['admin', 'create', '--email', ADMIN], `${ADMIN_PASSWORD}\n`);
});

after(async () => {
  await chrome?.stop();
  await server?.stop();
});


test('the office publishes the meeting report as news; it is in /news, on the meeting and in the feed', async () => {
  const office = await newPage(chrome.browser, server.base, { viewport: { width: 1280, height: 900 } });
  await signInOfficeFirstTime(office.page, server.base, ADMIN, ADMIN_PASSWORD);

  await office.page.goto(`${server.base}/news?lang=de`);
  await expectAccessible(office.page, 'news de (office)');
  await office.page.getByRole('link', { name: 'Neuigkeiten und Seiten verwalten' }).click();
  await expectAccessible(office.page, 'office news list de');
  await office.page.getByRole('link', { name: 'Neue Neuigkeit' }).click();
  await expectAccessible(office.page, 'news editor de');

  // A mistake: no title, an impossible date. The text stays, the problems are named.
  const body = '## Was die Tische verabredet haben\n\n- Gemeinsame Räume für Hausaufgabenhilfe\n- Sprachmittlung für Elternabende\n\nDie Ergebnisse stehen den Vereinen zur Verfügung.';
  await office.page.getByLabel('Datum').fill('2020-01-18');
  await office.page.locator('#f-de-body').fill(body);
  await office.page.locator('#f-meetings').selectOption(MEETING);
  await office.page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
  await office.page.locator('#form-errors').waitFor();
  assert.match(await office.page.locator('#form-errors').textContent(), /Bitte ausfüllen/);
  assert.equal(await office.page.locator('#f-de-body').inputValue(), body);
  await expectAccessible(office.page, 'news editor with errors de');

  // Preview, then save as draft.
  await office.page.locator('#f-de-title').fill(TITLE);
  await office.page.locator('#f-de-teaser').fill('Zwei Wochen nach dem ersten Treffen: was aus den Gesprächen wird.');
  await office.page.getByRole('button', { name: 'Vorschau' }).click();
  await office.page.locator('#news-preview').waitFor();
  assert.match(await office.page.locator('#news-preview h3').textContent(), /vier Projekte geplant/);
  await office.page.screenshot({ path: join(screenshotDir, 'news-editor-de-desktop.png'), fullPage: true });
  await office.page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
  await office.page.locator('#news-notice').waitFor();
  assert.match(await office.page.locator('#news-state').textContent(), /Entwurf/);
  await expectAccessible(office.page, 'news editor saved de');
  // The same editor in Arabic at phone width: the linked meeting stays chosen in its list.
  const editor = office.page.url().split('?')[0];
  await office.page.setViewportSize({ width: 360, height: 800 });
  await office.page.goto(`${editor}?lang=ar`);
  assert.match(await office.page.locator('#f-meetings option:checked').textContent(), /2020-01-11/);
  await expectAccessible(office.page, 'news editor ar (phone)');
  await office.page.screenshot({ path: join(screenshotDir, 'news-editor-ar-phone.png'), fullPage: true });
  await office.page.setViewportSize({ width: 1280, height: 900 });
  await office.page.goto(`${editor}?lang=de`);

  // Not public yet.
  const visitor = await newPage(chrome.browser, server.base, { viewport: { width: 390, height: 844 }, isMobile: true });
  await visitor.page.goto(`${server.base}/news?lang=de`);
  assert.equal(await visitor.page.getByRole('link', { name: TITLE }).count(), 0);

  // Publish.
  await office.page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await office.page.locator('#unpublish').waitFor();

  for (const lang of ['de', 'ar']) {
    await visitor.page.goto(`${server.base}/news?lang=${lang}`);
    await visitor.page.getByRole('link', { name: TITLE }).waitFor();
    await expectAccessible(visitor.page, `news ${lang}`);
    if (lang === 'ar') {
      assert.equal(await visitor.page.getAttribute('html', 'dir'), 'rtl');
      await visitor.page.screenshot({ path: join(screenshotDir, 'news-list-ar-phone.png'), fullPage: true });
    }
    await visitor.page.getByRole('link', { name: TITLE }).click();
    await visitor.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expectAccessible(visitor.page, `news page ${lang}`);
    if (lang === 'ar') {
      assert.equal(await visitor.page.locator('article.news-item').getAttribute('lang'), 'de');
      assert.ok(await visitor.page.locator('.notice-info').count() > 0, 'the German fallback is said');
      await visitor.page.screenshot({ path: join(screenshotDir, 'news-page-ar-phone.png'), fullPage: true });
    }
    await visitor.page.goto(`${server.base}/meetings/${MEETING}?lang=${lang}`);
    await visitor.page.locator('#in-news').getByRole('link', { name: TITLE }).waitFor();
    await expectAccessible(visitor.page, `meeting with news ${lang}`);
  }

  // The feed: valid XML with the new entry first, links absolute.
  const feed = await visitor.page.request.get(`${server.base}/news.atom`);
  assert.equal(feed.headers()['content-type'], 'application/atom+xml; charset=utf-8');
  const xml = await feed.text();
  const entries = await visitor.page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) return null;
    return [...doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')].map((e) => ({
      title: e.getElementsByTagName('title')[0]?.textContent,
      href: [...e.getElementsByTagName('link')].find((l) => l.getAttribute('rel') === 'alternate')?.getAttribute('href'),
    }));
  }, xml);
  assert.ok(entries, 'the feed parses as XML');
  assert.equal(entries[0].title, TITLE);
  assert.match(entries[0].href, /^https?:\/\/.+\/news\/2020-01-18-/);
  assert.deepEqual(office.foreign, []);
  assert.deepEqual(visitor.foreign, []);
});
