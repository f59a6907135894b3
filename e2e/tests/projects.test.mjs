// Cooperation projects in a real browser: the office turns a planned project of the demo
// meeting's published results into a tracked project in one step (prefilled form, one
// mistake first: kept and named), moves it to running; a visitor sees it on both partners'
// profiles and on its own page, in German and in Arabic on a phone. axe-core on every page;
// screenshots of the office's board (desktop, de), the project page and a profile's project
// list (phone, ar).
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
/// The office's signed-in page from the first test, for the next.
let officeSession;

before(async () => {
  server = await startServer();
  chrome = await startBrowser();
  await server.cli(['admin', 'create', '--email', ADMIN], `${ADMIN_PASSWORD}\n`);
});

after(async () => {
  await chrome?.stop();
  await server?.stop();
});


test('planned project from the meeting results → tracked → running → on both partners’ profiles', async () => {
  const office = await newPage(chrome.browser, server.base, { viewport: { width: 1280, height: 900 } });
  await signInOfficeFirstTime(office.page, server.base, ADMIN, ADMIN_PASSWORD);
  officeSession = office;

  // The board: the demo's two projects, the stale one flagged.
  await office.page.goto(`${server.base}/office/projects?lang=de`);
  await office.page.getByRole('heading', { name: 'Kooperationsprojekte', level: 1 }).waitFor();
  assert.equal(await office.page.locator('.card.stale').count(), 1);
  await expectAccessible(office.page, 'board de');

  // One step from the results: the form comes prefilled with the table's project.
  await office.page.goto(`${server.base}/meetings/${MEETING}/results?lang=de`);
  await expectAccessible(office.page, 'results de');
  const track = office.page.locator('a.track-project').first();
  await track.click();
  await office.page.getByRole('heading', { name: 'Geplantes Projekt als Kooperationsprojekt verfolgen' }).waitFor();
  await expectAccessible(office.page, 'track form de');
  const title = await office.page.getByLabel('Titel').inputValue();
  assert.ok(title.length > 0, 'the title comes from the results');
  const partners = await office.page.locator('input[name="partners"]:checked').evaluateAll((boxes) => boxes.map((b) => b.value));
  assert.ok(partners.length >= 2, `partners prefilled: ${partners}`);
  // A mistake first: a date that does not exist. The message names it, the typing stays.
  await office.page.getByLabel('Nächster Schritt (freiwillig)').fill('Raum im Kulturzentrum anfragen');
  await office.page.getByLabel('Bis wann? (freiwillig)').evaluate((input) => { input.type = 'text'; input.value = '2031-02-30'; });
  await office.page.getByRole('button', { name: 'Projekt anlegen' }).click();
  await office.page.locator('#form-errors').waitFor();
  assert.equal(await office.page.getByLabel('Nächster Schritt (freiwillig)').inputValue(), 'Raum im Kulturzentrum anfragen');
  await expectAccessible(office.page, 'track form with error de');
  await office.page.getByLabel('Bis wann? (freiwillig)').evaluate((input) => { input.type = 'text'; input.value = '2031-03-01'; });
  await office.page.getByRole('button', { name: 'Projekt anlegen' }).click();
  await office.page.waitForURL(/\/projects\/[a-z0-9-]+\?saved=1$/);
  const slug = new URL(office.page.url()).pathname.split('/').pop();
  assert.equal(await office.page.locator('#project-status').textContent(), 'Geplant');
  await expectAccessible(office.page, 'project page de (office)');

  // Running.
  await office.page.getByLabel('Neuer Stand').selectOption('running');
  await office.page.getByRole('button', { name: 'Stand speichern' }).click();
  await office.page.waitForURL(/saved=1$/);
  assert.equal(await office.page.locator('#project-status').textContent(), 'Läuft');
  await office.page.goto(`${server.base}/office/projects?lang=de`);
  assert.ok(await office.page.locator(`#column-running a[href="/projects/${slug}"]`).count() === 1);
  await office.page.screenshot({ path: join(screenshotDir, 'projects-board-de.png'), fullPage: true });
  const partnerSlugs = await office.page.evaluate(async (s) => {
    const res = await fetch(`/api/v1/projects`);
    return (await res.json()).items.find((i) => i.slug === s).partners;
  }, slug);
  assert.equal(partnerSlugs.length, partners.length);

  // A visitor, in German: the project on every partner's profile, running.
  const visitor = await newPage(chrome.browser, server.base, { viewport: { width: 1280, height: 900 } });
  for (const partner of partnerSlugs) {
    await visitor.page.goto(`${server.base}/organisations/${partner}?lang=de`);
    const entry = visitor.page.locator(`#profile-projects a[href="/projects/${slug}"]`);
    assert.equal(await entry.count(), 1, `${partner} lists the project`);
    assert.match(await visitor.page.locator('#profile-projects').textContent(), /Läuft/);
  }
  await expectAccessible(visitor.page, 'profile de');
  await visitor.page.goto(`${server.base}/projects/${slug}?lang=de`);
  assert.equal(await visitor.page.locator('#status-form').count(), 0, 'no forms for visitors');
  await expectAccessible(visitor.page, 'project page de');

  // In Arabic on a phone: right to left, the same project.
  const phone = await newPage(chrome.browser, server.base, { viewport: { width: 390, height: 844 }, isMobile: true });
  await phone.page.goto(`${server.base}/projects/${slug}?lang=ar`);
  assert.equal(await phone.page.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await phone.page.locator('#project-status').textContent(), 'جارٍ');
  await expectAccessible(phone.page, 'project page ar');
  await phone.page.screenshot({ path: join(screenshotDir, 'projects-page-ar-phone.png'), fullPage: true });
  await phone.page.goto(`${server.base}/organisations/${partnerSlugs[1]}?lang=ar`);
  await phone.page.locator('#profile-projects').scrollIntoViewIfNeeded();
  assert.equal(await phone.page.locator(`#profile-projects a[href="/projects/${slug}"]`).count(), 1);
  await expectAccessible(phone.page, 'profile ar');
  await phone.page.locator('#profile-projects').screenshot({ path: join(screenshotDir, 'projects-profile-ar-phone.png') });
  assert.deepEqual(office.foreign.concat(visitor.foreign, phone.foreign), [], 'nothing loaded from elsewhere');
});

test('the office corrects a project’s title and partners: a mistake named first, the change in the history', async () => {
  const office = officeSession;
  await office.page.goto(`${server.base}/projects/elternabende-mit-sprachbegleitung?lang=de`);
  const form = office.page.locator('#details-form');
  await form.getByRole('heading', { name: 'Titel und beteiligte Vereine' }).waitFor();
  await expectAccessible(office.page, 'project details form de');
  const checked = await form.locator('input[name="partners"]:checked').evaluateAll((boxes) => boxes.map((b) => b.value));
  assert.equal(checked.length, 2);
  // A mistake: only one partner left. The message names it, the new title stays typed.
  await form.getByLabel('Titel').fill('Elternabende mit Sprachbegleitung und Kinderbetreuung');
  await form.locator(`input[name="partners"][value="${checked[1]}"]`).uncheck();
  await form.getByRole('button', { name: 'Titel und Vereine speichern' }).click();
  await office.page.locator('#err-partners').waitFor();
  assert.equal(await office.page.locator('#details-form').getByLabel('Titel').inputValue(), 'Elternabende mit Sprachbegleitung und Kinderbetreuung');
  await expectAccessible(office.page, 'project details form with error de');
  // A third partner instead of the second.
  const third = await office.page.locator('#details-form input[name="partners"]:not(:checked)').first().getAttribute('value');
  await office.page.locator(`#details-form input[name="partners"][value="${third}"]`).check();
  await office.page.locator('#details-form').getByRole('button', { name: 'Titel und Vereine speichern' }).click();
  await office.page.waitForURL(/saved=1$/);
  assert.equal(await office.page.locator('h1').textContent(), 'Elternabende mit Sprachbegleitung und Kinderbetreuung');
  const history = await office.page.locator('#project-history').textContent();
  assert.match(history, /Titel geändert: Elternabende mit Sprachbegleitung und Kinderbetreuung/);
  assert.match(history, /Verein hinzugekommen: /);
  assert.match(history, /Verein nicht mehr beteiligt: /);
  await expectAccessible(office.page, 'project page after the change de');

  // The same form in Arabic on a phone.
  const phone = await newPage(chrome.browser, server.base, { viewport: { width: 360, height: 800 }, isMobile: true });
  await phone.page.context().addCookies(await office.page.context().cookies());
  await phone.page.goto(`${server.base}/projects/elternabende-mit-sprachbegleitung?lang=ar`);
  assert.equal(await phone.page.locator('html').getAttribute('dir'), 'rtl');
  await phone.page.locator('#details-form').scrollIntoViewIfNeeded();
  await expectAccessible(phone.page, 'project details form ar');
  await phone.page.locator('#details-form').screenshot({ path: join(screenshotDir, 'projects-details-ar-phone.png') });
  assert.deepEqual(office.foreign.concat(phone.foreign), [], 'nothing loaded from elsewhere');
});
