// Screenshots of the pages that answer a bad submission with 422 and were never looked at: the
// claim form on a profile, the office's review page (a claim's decision sent with a field twice,
// a revision rejected without a reason), the contact request on a need's page — each in German
// at 1280 px and in Arabic at 390 px. A field sent twice is what a tampered or double-posting
// client sends; the page must name it next to the field and keep what was typed.
// Run: cd e2e && node screens/bad-submissions.mjs OUT_DIR  (KNOTENPUNKT_BIN for another binary)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, startBrowser, newPage } from '../harness.mjs';
import { signInOfficeFirstTime, signIn, linkInMail, registerAndConfirm } from '../tests/helpers/sign-in.mjs';

const out = process.argv[2] || '/tmp/hostile4';
mkdirSync(out, { recursive: true });
const SLUG = 'nachbarschaftscafe-zwischenraum';
const ADMIN = 'admin@stadt.example';
const PASSWORD = 'Lindenblüte am Marktplatz';
const REP = 'selin@verein.example';
const REP_PASSWORD = 'Wir treffen uns jeden Dienstag';
const TYPED = 'Ich bin Kassiererin des Vereins – سلام – und kümmere mich um den Eintrag.';

const server = await startServer();
const chrome = await startBrowser();
const sizes = [['de', 1280, 900, ''], ['ar', 390, 844, '-phone']];


/// Adds a second control named `name` with `value` to `form` (a field sent twice).
async function twice(form, name, value) {
  await form.evaluate((f, [n, v]) => {
    const extra = document.createElement('input');
    extra.type = 'hidden';
    extra.name = n;
    extra.value = v;
    f.appendChild(extra);
  }, [name, value]);
}

/// Opens `path` in each language and size, does `bad` (which submits), checks 422, shoots.
/// `region`: the part of the page with the form, shot on its own as well; the arrival is what
/// the window shows right after the answer came.
async function shoot(page, path, name, bad, region) {
  for (const [lang, width, height, suffix] of sizes) {
    await page.setViewportSize({ width, height });
    await page.goto(`${server.base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), bad(page)]);
    await page.waitForLoadState();
    const file = join(out, `${name}-${lang}${suffix}.png`);
    await page.screenshot({ path: file.replace('.png', '-arrival.png') });
    await page.screenshot({ path: file, fullPage: true });
    await page.locator(region).first().screenshot({ path: file.replace('.png', '-form.png') });
    console.log(`${response.status()} ${file}`);
  }
}

try {
  await server.cli(['admin', 'create', '--email', ADMIN], `${PASSWORD}\n`);
  const office = await newPage(chrome.browser, server.base, { viewport: { width: 1280, height: 900 } });
  await signInOfficeFirstTime(office.page, server.base, ADMIN, PASSWORD);
  const rep = await newPage(chrome.browser, server.base, { viewport: { width: 1280, height: 900 } });
  await registerAndConfirm(rep.page, server, REP, REP_PASSWORD);
  await signIn(rep.page, server.base, REP, REP_PASSWORD);

  // 1. The claim on a profile, its message sent twice.
  await shoot(rep.page, `/organisations/${SLUG}`, 'claim-422', async (page) => {
    await page.locator('#claim summary').click();
    await page.locator('#claim-message').fill(TYPED);
    const form = page.locator('#claim form');
    await twice(form, 'message', 'Zweiter Wert');
    await form.locator('button[type=submit]').click();
  }, '#claim');
  // The real claim, for the office's queue.
  await rep.page.goto(`${server.base}/organisations/${SLUG}?lang=de`);
  await rep.page.locator('#claim summary').click();
  await rep.page.locator('#claim-message').fill(TYPED);
  await rep.page.locator('#claim form button[type=submit]').click();
  await rep.page.waitForURL(/claimed/);

  // 2. The review page: the claim's decision with the comment sent twice; a revision rejected
  // without a reason (when the demo has one waiting).
  await shoot(office.page, '/office/review', 'review-claim-422', async (page) => {
    const form = page.locator('form[action^="/office/claims/"]').first();
    await form.locator('textarea').fill('Bitte schicken Sie uns einen Nachweis – شكرا.');
    await twice(form, 'comment', 'Zweiter Wert');
    await form.locator('button[value=reject]').click();
  }, 'li[id^="claim-"]');
  if (await office.page.locator('form.review-form').count() > 0) {
    await shoot(office.page, '/office/review', 'review-revision-422', async (page) => {
      await page.locator('form.review-form').first().locator('button[value=reject]').click();
    }, 'section.review-item:has(form.review-form)');
  }
  // The claim approved: the representative now speaks for the association.
  await office.page.goto(`${server.base}/office/review?lang=de`);
  await office.page.locator('form[action^="/office/claims/"]').first().locator('button[value=approve]').click();
  await office.page.waitForLoadState();

  // 3. A contact request from the association's need, its message sent twice.
  await rep.page.goto(`${server.base}/organisations/${SLUG}?lang=de`);
  const need = await rep.page.locator('a[href^="/needs/"]').first().getAttribute('href');
  await shoot(rep.page, need, 'need-ask-422', async (page) => {
    const details = page.locator('details.introduce').first();
    await details.locator('summary').click();
    await details.locator('textarea').fill(TYPED);
    const form = details.locator('form');
    await twice(form, 'message', 'Zweiter Wert');
    await form.locator('button[value=request]').click();
  }, 'details.introduce[open]');
} finally {
  await chrome.stop();
  await server.stop();
}
