// The network meeting's acceptance path in a real browser: the office creates a meeting,
// registers 40 people of 20 associations, plans the tables, moves and locks a person, re-plans;
// on the day checks people in with 2 no-shows and 1 walk-in and re-plans; records results and
// publishes them: a member of a participating association sees the results page, a visitor
// does not. axe-core on every page in German and Arabic; screenshots of the plan grid
// (desktop) and the check-in list (phone, Arabic).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, startBrowser, newPage, screenshotDir } from '../harness.mjs';
import { expectAccessible } from './helpers/axe.mjs';
import { signInOfficeFirstTime, linkInMail } from './helpers/sign-in.mjs';

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



/// Posts a form of the page's origin with the page's CSRF token (the browser's cookies go along).
async function postForm(page, path, fields) {
  const csrf = await page.locator('input[name="csrf"]').first().inputValue();
  const form = new URLSearchParams([...fields, ['csrf', csrf]]);
  return page.request.post(`${server.base}${path}`, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: form.toString(),
    maxRedirects: 0,
  });
}

/// Waits until the plan page shows a finished plan (it refreshes itself while planning).
async function waitForPlan(page, slug) {
  for (let i = 0; i < 120; i++) {
    if (await page.locator('#planning').count() === 0 && await page.locator('#explanation').count() > 0) return;
    await new Promise((r) => setTimeout(r, 500));
    await page.goto(`${server.base}/office/meetings/${slug}/plan?lang=de`);
  }
  throw new Error('the plan did not finish');
}

test('create → 40 registrations → plan → move, lock → re-plan → check-in → re-plan → results → publish', async () => {
  const office = await newPage(chrome.browser, server.base, { viewport: { width: 1280, height: 900 } });
  await signInOfficeFirstTime(office.page, server.base, ADMIN, ADMIN_PASSWORD);

  // Create: a form with a mistake first (kept, named), then right; a fourth table is added
  // with the "add a table" button (no script needed).
  await office.page.goto(`${server.base}/meetings?lang=de`);
  await expectAccessible(office.page, 'meetings de');
  await office.page.getByRole('link', { name: 'Neues Netzwerktreffen' }).click();
  await expectAccessible(office.page, 'meeting form de');
  await office.page.locator('[name=title]').fill('3. Netzwerktreffen');
  await office.page.locator('[name=starts_at]').fill('2030-05-16T10:00');
  await office.page.locator('[name=ends_at]').fill('2030-05-16T16:00');
  await office.page.locator('[name=venue_name]').fill('Kulturzentrum Ludwigsburg');
  await office.page.locator('[name=venue_address]').fill('Wilhelmstraße 9/1, 71638 Ludwigsburg');
  await office.page.locator('[name=lat]').fill('48.8940');
  await office.page.locator('[name=lon]').fill('9.1921');
  await office.page.locator('[name=agenda]').fill('**Begrüßung** durch das Integrationsbüro, dann drei Runden.');
  await office.page.locator('[name=capacity]').fill('vierzig');
  const topics = ['Vereine bieten', 'Vereine suchen', 'Offene Runde'];
  for (let i = 0; i < 3; i++) {
    await office.page.locator(`[name="rounds.${i}.topic"]`).fill(topics[i]);
    await office.page.locator(`[name="rounds.${i}.minutes"]`).fill('50');
  }
  await office.page.getByRole('button', { name: 'Tisch hinzufügen' }).click();
  await office.page.locator('[name="tables.4.name"]').waitFor();
  const names = ['Marktplatz', 'Favorite', 'Seeschloss', 'Blühendes Barock'];
  for (let i = 0; i < 4; i++) {
    await office.page.locator(`[name="tables.${i}.name"]`).fill(`Tisch ${names[i]}`);
    await office.page.locator(`[name="tables.${i}.capacity"]`).fill('11');
  }
  await office.page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await office.page.locator('#form-errors').waitFor();
  assert.equal(await office.page.locator('[name=capacity]').inputValue(), 'vierzig', 'input kept');
  assert.equal(await office.page.locator('[name="tables.3.name"]').inputValue(), 'Tisch Blühendes Barock');
  await expectAccessible(office.page, 'meeting form with errors de');
  await office.page.locator('[name=capacity]').fill('40');
  await office.page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await office.page.waitForURL(/\/meetings\/3-netzwerktreffen-2030-05-16\?done=saved/);
  const slug = '3-netzwerktreffen-2030-05-16';
  await expectAccessible(office.page, 'meeting page de');

  // 40 registrations of 20 associations, by the office: the first through the form, the rest
  // posted like the form does.
  const orgs = (await (await fetch(`${server.base}/api/v1/organisations?per_page=20`)).json()).items.slice(0, 20);
  assert.equal(orgs.length, 20);
  await office.page.goto(`${server.base}/office/meetings/${slug}/participants?lang=de`);
  await expectAccessible(office.page, 'participants de');
  const optionValue = async (name) => office.page.locator('#f-association option', { hasText: name }).first().getAttribute('value');
  const ids = [];
  for (const org of orgs) ids.push(await optionValue(org.name));
  await office.page.locator('#f-association').selectOption(ids[0]);
  await office.page.locator('#f-name').fill('Person 1');
  await office.page.locator('#f-email').fill('person1@netz.example');
  await office.page.getByRole('button', { name: 'Person eintragen' }).last().click();
  await office.page.locator('#notice').waitFor();
  for (let i = 2; i <= 40; i++) {
    const org = ids[(i - 1) % 20];
    const response = await postForm(office.page, `/office/meetings/${slug}/participants`,
      [['association', org], ['name', `Person ${i}`], ['email', `person${i}@netz.example`], ['consent', '1'], ['languages', i % 5 === 0 ? 'ar' : 'de']]);
    assert.equal(response.status(), 303, `registration ${i}: ${await response.text()}`);
  }
  await office.page.goto(`${server.base}/office/meetings/${slug}/participants?lang=de`);
  assert.match(await office.page.locator('.lead').textContent(), /40 von 40/);

  // Plan the tables.
  await office.page.goto(`${server.base}/office/meetings/${slug}/plan?lang=de`);
  await office.page.getByRole('button', { name: 'Tische planen' }).click();
  await waitForPlan(office.page, slug);
  await expectAccessible(office.page, 'plan grid de');
  assert.equal(await office.page.locator('#r1 .plan-people li').count(), 40, 'everyone seated in round 1');

  // Move the first person of table 1 in round 2 to a table where nobody of their association
  // sits: the name on the grid leads to the person's move page (a form per round, no script).
  const first = office.page.locator('#r2-t1 .plan-people li').first();
  const person = (await first.locator('a').first().textContent()).trim();
  const seat = () => office.page.locator('#r2 .plan-people li', { hasText: new RegExp(`^\\s*${person}\\b`) }).first();
  let moved = false;
  for (const table of ['2', '3', '4']) {
    await seat().getByRole('link', { name: person, exact: true }).click();
    await office.page.waitForURL(/\/plan\/move\?person=/);
    if (table === '2') await expectAccessible(office.page, 'move page de');
    await office.page.getByLabel(`Tisch für ${person} in Runde 2`).selectOption(table);
    await office.page.locator('#round-2').getByRole('button', { name: /Setzen/ }).click();
    await office.page.waitForURL(/\/plan(\?|$)/);
    if (await office.page.locator('#notice').count() === 0) { moved = table; break; }
    assert.match(await office.page.locator('#notice').textContent(), /demselben Verein|voll/);
  }
  assert.ok(moved, 'the move was accepted at one of the tables');
  // The person's seat at a table of round 2, by the exact name ("Person 2" is not "Person 20").
  const seatAt = (table) => office.page.locator(`#r2-t${table} .plan-people li`).filter({ has: office.page.getByRole('link', { name: person, exact: true }) });
  assert.ok(await seatAt(moved).count() === 1, 'moved');
  assert.ok((await office.page.locator('#explanation').textContent()).includes('von Hand geändert'), 'explanation recounted');
  // Lock them there (from their move page) and re-plan: the lock holds.
  const item = seatAt(moved).first();
  await item.getByRole('link', { name: person, exact: true }).click();
  await office.page.waitForURL(/\/plan\/move\?person=/);
  const movePage = office.page.url().replace(/#.*$/, '');
  await office.page.locator('#round-2').getByRole('button', { name: /Festhalten/ }).click();
  await office.page.waitForURL(/\/plan(\?|$)/);
  assert.equal(await seatAt(moved).locator('.tag').first().textContent(), 'festgehalten');
  await office.page.getByRole('button', { name: 'Neu planen' }).click();
  await waitForPlan(office.page, slug);
  assert.equal(await seatAt(moved).count(), 1, 'the locked seat is kept');
  await office.page.screenshot({ path: join(screenshotDir, 'meeting-plan-grid-de-desktop.png'), fullPage: true });
  await office.page.locator('#r1').scrollIntoViewIfNeeded();
  await office.page.screenshot({ path: join(screenshotDir, 'meeting-plan-grid-de-desktop-round1.png'), fullPage: false });

  // On the day, on a phone in Arabic: 2 no-shows, 1 walk-in, the rest checked in.
  const phone = await newPage(chrome.browser, server.base, { viewport: { width: 390, height: 844 } });
  await phone.context.addCookies(await office.context.cookies());
  await phone.page.goto(`${server.base}/office/meetings/${slug}/check-in?lang=ar`);
  assert.equal(await phone.page.getAttribute('html', 'dir'), 'rtl');
  await expectAccessible(phone.page, 'check-in ar');
  for (const who of ['Person 7', 'Person 8']) {
    await phone.page.getByLabel('البحث عن اسم').fill(who);
    await phone.page.getByRole('button', { name: 'بحث' }).click();
    await phone.page.locator('.arrival', { hasText: who }).first().getByRole('button', { name: /لم يحضر/ }).click();
    await phone.page.waitForLoadState();
  }
  await phone.page.getByLabel('البحث عن اسم').fill('Person 1');
  await phone.page.getByRole('button', { name: 'بحث' }).click();
  await phone.page.locator('#p' + (await phone.page.locator('.arrival').first().getAttribute('id')).slice(1)).getByRole('button', { name: /^تسجيل الحضور/ }).click();
  await phone.page.waitForLoadState();
  await phone.page.goto(`${server.base}/office/meetings/${slug}/check-in?lang=ar`);
  await phone.page.locator('#f-association').selectOption(ids[3]);
  await phone.page.locator('#f-name').fill('Spontan Dabei');
  await phone.page.locator('#f-email').fill('spontan@netz.example');
  await phone.page.getByRole('button', { name: 'إضافة وتسجيل الحضور' }).click();
  await phone.page.waitForLoadState();
  assert.ok((await phone.page.content()).includes('Spontan Dabei'));
  await expectAccessible(phone.page, 'check-in with walk-in ar');
  await phone.page.goto(`${server.base}/office/meetings/${slug}/check-in?lang=ar`);
  await phone.page.screenshot({ path: join(screenshotDir, 'meeting-check-in-ar-phone.png'), fullPage: false });
  // A person's move page on a phone in Arabic.
  await phone.page.goto(`${movePage}&lang=ar`);
  assert.equal(await phone.page.getAttribute('html', 'dir'), 'rtl');
  await expectAccessible(phone.page, 'move page ar');
  await phone.page.screenshot({ path: join(screenshotDir, 'meeting-move-ar-phone.png'), fullPage: true });

  // Re-plan from round 1: the no-shows leave, the walk-in gets a seat, the lock holds.
  await office.page.goto(`${server.base}/office/meetings/${slug}/plan?lang=de`);
  await office.page.locator('#from-round').selectOption('1');
  const started = Date.now();
  await office.page.getByRole('button', { name: 'Neu planen' }).click();
  await waitForPlan(office.page, slug);
  const seconds = (Date.now() - started) / 1000;
  const round1 = await office.page.locator('#r1').textContent();
  assert.ok(round1.includes('Spontan Dabei') && !round1.includes('Person 7 ') && !round1.includes('Person 8 '), 'walk-in seated, no-shows gone');
  assert.equal(await office.page.locator('#r1 .plan-people li').count(), 39);
  assert.equal(await seatAt(moved).count(), 1, 'the lock still holds');
  console.log(`re-plan after 2 no-shows and 1 walk-in: ${seconds.toFixed(2)} s in the browser`);

  // Results of table 1 in round 1, then publish with a public summary.
  await office.page.goto(`${server.base}/meetings/${slug}/results/1/1?lang=de`);
  await expectAccessible(office.page, 'result form de');
  await office.page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await office.page.locator('#form-errors').waitFor();
  await office.page.getByLabel('Ideen').fill('Gemeinsames Sommerfest im Park\nHausaufgabenhilfe teilen');
  await office.page.locator('#f-contacts input[type=checkbox]').nth(0).check();
  await office.page.locator('#f-contacts input[type=checkbox]').nth(1).check();
  await office.page.locator('[name="projects.0.title"]').fill('Sprachcafé für Eltern');
  await office.page.locator('[name="projects.0.partners"]').nth(0).check();
  await office.page.locator('[name="projects.0.next_step"]').fill('Raum im Bürgerhaus anfragen');
  await office.page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await office.page.waitForURL(/\/results\?saved=1-1/);
  await office.page.getByLabel('Die Ergebnisse für die teilnehmenden Vereine freigeben').check();
  await office.page.getByLabel('Öffentliche Zusammenfassung (freiwillig)').fill('Drei Runden, viele neue Kontakte, ein **Sprachcafé** ist geplant.');
  await office.page.getByRole('button', { name: 'Speichern', exact: true }).first().click();
  await office.page.waitForURL(/\/results$/);
  await expectAccessible(office.page, 'results de');

  // A member of a participating association (invited by the office) sees the results page.
  const memberOrg = orgs[0].slug;
  await office.page.goto(`${server.base}/organisations/${memberOrg}/members?lang=de`);
  await office.page.getByLabel('E-Mail-Adresse').fill('mitglied@netz.example');
  await office.page.getByRole('button', { name: 'Einladung schicken' }).click();
  await office.page.locator('#invite-sent').waitFor();
  const invitation = await linkInMail(server, 'mitglied@netz.example', '/invitation?token=');
  const member = await newPage(chrome.browser, server.base);
  await member.page.goto(`${invitation.replace(/^https?:\/\/[^/]+/, server.base)}&lang=ar`);
  await member.page.locator('input[type=password]').nth(0).fill('Unser Verein trifft sich montags');
  await member.page.locator('input[type=password]').nth(1).fill('Unser Verein trifft sich montags');
  await member.page.locator('form button[type=submit]').last().click();
  await member.page.waitForURL(/\/account/);
  const results = await member.page.goto(`${server.base}/meetings/${slug}/results?lang=ar`);
  assert.equal(results.status(), 200);
  assert.ok((await member.page.content()).includes('Sprachcafé für Eltern'));
  await expectAccessible(member.page, 'results ar');

  // A visitor does not: sent to sign in.
  const visitor = await newPage(chrome.browser, server.base);
  await visitor.page.goto(`${server.base}/meetings/${slug}/results?lang=de`);
  assert.match(visitor.page.url(), /\/login\?next=/);
  await visitor.page.goto(`${server.base}/meetings/${slug}?lang=ar`);
  await expectAccessible(visitor.page, 'meeting page ar');
  const summary = await visitor.page.goto(`${server.base}/meetings/${slug}/summary?lang=de`);
  assert.equal(summary.status(), 200);
  assert.ok((await visitor.page.content()).includes('<strong>Sprachcafé</strong>'));
});
