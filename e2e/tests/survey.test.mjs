// The survey of associations in a real browser, the whole path: the office builds a
// questionnaire (a choice question with "other", a required yes/no, a question on a condition in
// a second part, a scale; German and Arabic texts), opens it, previews it in Arabic, invites one
// association by mail; the association answers on a phone in Arabic from the mailed link, saves
// and continues later in a fresh browser, the condition shows its question, it answers the
// profile-linked languages question, ticks "update our profile with these answers" and submits;
// the office's dashboard and invitations page count the response; the dashboard grouped by MSO
// shows a cross-tab; its CSV and PDF links download the response; the profile update waits in the
// office's review queue, is approved, and the public profile shows the new language.
// axe-core clean on the builder (de, ar), the preview, the invitations page, the form (ar, phone)
// and the dashboard (with and without the cross-tab).
// Screenshots: survey-builder-de.png, survey-builder-ar-phone.png, survey-invitations-de.png,
// survey-form-ar-phone.png, survey-dashboard-de.png, survey-dashboard-cross-de.png, survey-review-de.png.
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
const SLUG = 'vereinsbefragung-2027';
const ASSOCIATION = 'Deutsch-Türkischer Kulturverein Brückenschlag e.V.';
const ADDRESS = 'info@brueckenschlag.example.org';
const ORG = 'kulturverein-brueckenschlag';

before(async () => {
  server = await startServer();
  chrome = await startBrowser();
  await server.cli(['admin', 'create', '--email', ADMIN], `${ADMIN_PASSWORD}\n`);
});

after(async () => {
  await chrome?.stop();
  await server?.stop();
});

/// `YYYY-MM-DDTHH:MM` in German local time, `hours` from now (for datetime-local fields).
function local(hours) {
  const d = new Date(Date.now() + hours * 3_600_000);
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(d);
  return parts.replace(' ', 'T');
}

async function addQuestion(page, { section, kind, key, de, ar, options, optionsAr, other, required, condition, low, high, profileLinked }) {
  if (section !== undefined) await page.locator('#f-section').selectOption(String(section));
  await page.locator('#f-kind').selectOption(kind);
  await page.getByLabel('Kennung').fill(key);
  await page.getByLabel('Fragetext (Deutsch)').fill(de);
  if (options) await page.getByLabel('Antwortmöglichkeiten (Deutsch)').fill(options);
  if (other) await page.getByLabel('Auch „Sonstiges, und zwar …“ zulassen').check();
  if (required) await page.locator('#f-required').check();
  if (profileLinked) await page.locator('#f-profile_linked').check();
  if (low) await page.getByLabel('Text bei 1 (Deutsch)').fill(low);
  if (high) await page.getByLabel('Text bei 5 (Deutsch)').fill(high);
  if (condition) {
    await page.locator('#f-condition_question').selectOption(condition[0]);
    await page.locator('#f-condition_value').fill(condition[1]);
  }
  await page.locator('details[lang="ar"] > summary').click();
  await page.locator('[id="f-text.ar"]').fill(ar);
  if (optionsAr) await page.locator('[id="f-options.ar"]').fill(optionsAr);
  await Promise.all([page.waitForEvent('load'), page.locator('#survey-question-save').click()]);
  await page.locator('#survey-build-notice').waitFor();
}

test('build → open → invite → answer on a phone in Arabic, resumed → dashboard, cross-tab → CSV, PDF → profile update approved', async () => {
  const office = await newPage(chrome.browser, server.base, { viewport: { width: 1280, height: 900 } });
  const page = office.page;
  await signInOfficeFirstTime(page, server.base, ADMIN, ADMIN_PASSWORD);

  await page.goto(`${server.base}/office/surveys?lang=de`);
  await page.locator('#survey-new').click();
  await page.getByLabel('Titel (Deutsch)').fill('Vereinsbefragung 2027');
  await page.locator('#survey-new-save').click();
  await page.waitForURL(new RegExp(`/office/surveys/${SLUG}/edit$`));

  await addQuestion(page, {
    kind: 'multiple_choice', key: 'challenges', de: 'Was fordert Ihren Verein heraus?', ar: 'ما التحديات التي تواجه جمعيتكم؟',
    options: 'room | Räume\nmoney | Geld\nvolunteers | Ehrenamtliche', optionsAr: 'أماكن\nمال\nمتطوعون', other: true,
  });
  await addQuestion(page, { section: 0, kind: 'yes_no', key: 'has_room', de: 'Hat Ihr Verein eigene Räume?', ar: 'هل لجمعيتكم مكان خاص؟', required: true });
  await addQuestion(page, { section: 1, kind: 'yes_no', key: 'share_rooms', de: 'Würden Sie Räume mit anderen teilen?', ar: 'هل تتشاركون مكانًا مع غيركم؟', condition: ['has_room', 'no'] });
  await addQuestion(page, { section: 1, kind: 'scale', key: 'know_others', de: 'Wie gut kennen Sie die anderen Vereine?', ar: 'ما مدى معرفتكم بالجمعيات الأخرى؟', low: 'gar nicht', high: 'sehr gut' });
  // A question whose answers may flow into the profile, with consent.
  await addQuestion(page, { section: 1, kind: 'languages', key: 'languages', de: 'In welchen Sprachen ist Ihr Verein ansprechbar?', ar: 'بأي لغات يمكن التواصل مع جمعيتكم؟', profileLinked: true });

  // Open from an hour ago for thirty days, anonymous.
  await page.locator('[id="f-title.ar"]').fill('استطلاع الجمعيات 2027');
  await page.locator('#f-opens').fill(local(-1));
  await page.locator('#f-closes').fill(local(24 * 30));
  await Promise.all([page.waitForEvent('load'), page.locator('#survey-settings-save').click()]);
  await page.locator('#survey-build-notice').waitFor();
  assert.equal(await page.locator('#survey-question-form').count(), 1);
  await expectAccessible(page, 'survey builder de');
  await page.screenshot({ path: join(screenshotDir, 'survey-builder-de.png'), fullPage: true });

  // A mistake keeps the form: a question without a German text.
  await page.locator('#f-kind').selectOption('short_text');
  await page.getByLabel('Kennung').fill('note');
  await page.locator('#survey-question-save').click();
  await page.locator('#question-errors').waitFor();
  assert.equal(await page.getByLabel('Kennung').inputValue(), 'note');
  await expectAccessible(page, 'survey builder error de');

  // The builder and the preview on a phone in Arabic.
  const phoneOffice = await newPage(chrome.browser, server.base, { viewport: { width: 360, height: 740 } });
  await phoneOffice.context.addCookies(await office.context.cookies());
  await phoneOffice.page.goto(`${server.base}/office/surveys/${SLUG}/edit?lang=ar`);
  assert.equal(await phoneOffice.page.locator('html').getAttribute('dir'), 'rtl');
  await expectAccessible(phoneOffice.page, 'survey builder ar phone');
  await phoneOffice.page.screenshot({ path: join(screenshotDir, 'survey-builder-ar-phone.png'), fullPage: true });
  await phoneOffice.page.goto(`${server.base}/office/surveys/${SLUG}/preview?lang=ar`);
  await phoneOffice.page.getByText('ما التحديات التي تواجه جمعيتكم؟').waitFor();
  await expectAccessible(phoneOffice.page, 'survey preview ar phone');

  // Invite one association from the list; its public address gets the personal link.
  await page.goto(`${server.base}/office/surveys/${SLUG}/invitations?lang=de`);
  await page.getByLabel('nur die angekreuzten Vereine').check();
  await page.locator('#survey-invite-form details > summary').click();
  await page.getByLabel(ASSOCIATION).check();
  await page.getByRole('button', { name: 'Einladungen senden' }).click();
  await page.locator('#survey-invite-notice').waitFor();
  assert.match(await page.locator('#survey-invite-notice').textContent(), /1 Verein eingeladen/);
  // Counted as invited once its mail went out: the job runner sends it in the background.
  for (let i = 0; i < 50 && (await page.locator('#survey-invited').textContent()) !== '1'; i++) {
    await page.waitForTimeout(200);
    await page.reload();
  }
  assert.equal(await page.locator('#survey-invited').textContent(), '1');
  await expectAccessible(page, 'survey invitations de');

  const mail = server.mails().reverse().find((m) => m.to.includes(ADDRESS) && m.text.includes('/survey/'));
  assert.ok(mail, 'the association is mailed its link');
  const start = mail.text.indexOf('http', mail.text.indexOf('/survey/') - 60);
  const link = mail.text.slice(start).split(/\s/)[0];

  // On a phone in Arabic: the first page, then "save and continue later".
  const phone = await newPage(chrome.browser, server.base, { viewport: { width: 360, height: 740 }, locale: 'ar' });
  await phone.page.goto(`${link}?lang=ar`);
  assert.equal(await phone.page.locator('html').getAttribute('dir'), 'rtl');
  await phone.page.getByText('ما التحديات التي تواجه جمعيتكم؟').waitFor();
  await phone.page.locator('#f-challenges-room').check();
  await phone.page.locator('#f-has_room-no').check();
  await expectAccessible(phone.page, 'survey form ar phone');
  await phone.page.screenshot({ path: join(screenshotDir, 'survey-form-ar-phone.png'), fullPage: true });
  await phone.page.locator('#survey-later').click();
  await phone.page.locator('#survey-saved').waitFor();

  // Later, in a fresh browser: what was saved is there; the condition shows its question.
  const later = await newPage(chrome.browser, server.base, { viewport: { width: 360, height: 740 }, locale: 'ar' });
  await later.page.goto(`${link}?lang=ar`);
  assert.ok(await later.page.locator('#f-has_room-no').isChecked(), 'the saved answer is filled in');
  await later.page.locator('#survey-next').click();
  await later.page.locator('#f-share_rooms-yes').check();
  await later.page.locator('#f-know_others-3').check();
  for (const code of ['de', 'tr', 'ar']) await later.page.locator(`#f-languages-${code}`).check();
  await later.page.locator('#f-consent').check();
  await later.page.locator('#survey-submit').click();
  await later.page.locator('#survey-done').waitFor();

  // The office's dashboard and invitations count it.
  await page.goto(`${server.base}/office/surveys/${SLUG}?lang=de`);
  assert.equal(await page.locator('#survey-responses').textContent(), '1');
  assert.equal(await page.locator('#survey-rate').textContent(), '100 %');
  await expectAccessible(page, 'survey dashboard de');
  await page.screenshot({ path: join(screenshotDir, 'survey-dashboard-de.png'), fullPage: true });
  await page.goto(`${server.base}/office/surveys/${SLUG}/invitations?lang=de`);
  assert.equal(await page.locator('#survey-submitted').textContent(), '1');
  await page.screenshot({ path: join(screenshotDir, 'survey-invitations-de.png'), fullPage: true });

  // The dashboard with a cross-tab by MSO (the grouping control).
  await page.goto(`${server.base}/office/surveys/${SLUG}?lang=de`);
  await page.locator('#f-by').selectOption('mso');
  await Promise.all([page.waitForURL(/[?&]by=mso/), page.locator('#survey-filters button[type="submit"]').click()]);
  const cross = page.locator('table.cross-tab').first();
  await cross.waitFor();
  assert.ok(await page.locator('table.cross-tab').count() >= 1, 'a cross-tab is shown');
  // The survey is anonymous: the one MSO response is a group under 5, suppressed and said so.
  assert.match(await cross.locator('tbody').textContent(), /Migrantenselbstorganisation\s+weniger als 5 Antworten – nicht gezeigt/);
  await page.locator('#survey-cross-suppressed').waitFor();
  await expectAccessible(page, 'survey dashboard cross-tab de');
  await page.screenshot({ path: join(screenshotDir, 'survey-dashboard-cross-de.png'), fullPage: true });

  // CSV and PDF through the dashboard's links, with the office's cookies.
  const csvHref = await page.locator('#survey-export-csv').getAttribute('href');
  const csv = await page.request.get(new URL(csvHref, server.base).href);
  assert.equal(csv.status(), 200);
  assert.match(csv.headers()['content-type'], /text\/csv/);
  const [header, row] = (await csv.text()).replace(/^\uFEFF/, '').split(/\r?\n/);
  const cells = (line) => line.split(',').map((c) => c.replace(/^"|"$/g, ''));
  const columns = cells(header);
  for (const column of ['response', 'challenges.room', 'has_room', 'share_rooms', 'know_others', 'languages']) {
    assert.ok(columns.includes(column), `CSV header has ${column}: ${header}`);
  }
  const answer = Object.fromEntries(cells(row).map((v, i) => [columns[i], v]));
  assert.equal(answer['challenges.room'], '1');
  assert.equal(answer.has_room, 'no');
  assert.equal(answer.share_rooms, 'yes');
  assert.equal(answer.know_others, '3');
  assert.deepEqual(answer.languages.split(';').sort(), ['ar', 'de', 'tr']);
  const pdfHref = await page.locator('#survey-export-pdf').getAttribute('href');
  const pdf = await page.request.get(new URL(pdfHref, server.base).href);
  assert.equal(pdf.status(), 200);
  assert.match(pdf.headers()['content-type'], /application\/pdf/);
  assert.equal((await pdf.body()).subarray(0, 4).toString('latin1'), '%PDF');

  // The consented profile update waits for the office's review; the public sees it once approved.
  const visitor = await newPage(chrome.browser, server.base);
  const languagesShown = async () => {
    await visitor.page.goto(`${server.base}/organisations/${ORG}?lang=de`);
    return visitor.page.locator('dt', { hasText: 'Sprachen' }).locator('xpath=following-sibling::dd[1]').textContent();
  };
  assert.doesNotMatch(await languagesShown(), /Arabisch/, 'not public before review');
  await page.goto(`${server.base}/office/review?lang=de`);
  const item = page.locator('.review-item', { hasText: ASSOCIATION });
  await item.waitFor();
  // The reviewer sees where the change comes from and what it changes.
  assert.match(await item.textContent(), new RegExp(`Befragung ${SLUG}`));
  assert.match(await item.textContent(), /Arabisch, Deutsch, Türkisch/);
  await expectAccessible(page, 'survey review de');
  await page.screenshot({ path: join(screenshotDir, 'survey-review-de.png'), fullPage: true });
  await item.getByRole('button', { name: 'Freigeben', exact: true }).click();
  await page.waitForURL(/done=approved/);
  assert.match(await languagesShown(), /Arabisch/, 'public after approval');
});
