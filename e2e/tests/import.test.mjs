// The office imports associations in the browser (issue 20): a file that is no data file is
// refused with its reason; a CSV with an unknown name column gets a column mapping, a preview
// per row (new, likely duplicate), the confirmation, the progress fed by the job row (the page
// reloads itself, no script) and the report; the history of the new entry names the import.
// Every page passes axe in German and Arabic, on a phone; screenshots go to e2e/screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, startBrowser, newPage, screenshotDir } from '../harness.mjs';
import { expectAccessible } from './helpers/axe.mjs';
import { signInOfficeFirstTime } from './helpers/sign-in.mjs';

let server;
let chrome;
const ADMIN = 'admin@stadt.example';
const ADMIN_PASSWORD = 'Lindenblüte am Marktplatz';
const PHONE = { viewport: { width: 360, height: 800 } };

before(async () => {
  server = await startServer();
  chrome = await startBrowser();
  await server.cli(['admin', 'create', '--email', ADMIN], `${ADMIN_PASSWORD}\n`);
});

after(async () => {
  await chrome?.stop();
  await server?.stop();
});

const FILE = [
  'Titel des Vereins;Rechtsform;PLZ;Ort;Stadtteil;Notiz',
  'Nähcafé Oststadt;e.V.;71640;Ludwigsburg;oststadt;aus der alten Liste',
  'Kulturverein Brückenschlag;e.V.;71634;Ludwigsburg;mitte;schon im Verzeichnis',
  'Schachfreunde Weststadt;initiative;71636;Ludwigsburg;weststadt;',
].join('\n');

test('import in the browser: refusal, mapping, preview, confirm, progress, report, history; de and ar', async () => {
  const { page } = await newPage(chrome.browser, server.base, PHONE);
  await signInOfficeFirstTime(page, server.base, ADMIN, ADMIN_PASSWORD);

  for (const lang of ['de', 'ar']) {
    await page.goto(`${server.base}/office/import?lang=${lang}`);
    await expectAccessible(page, `import form ${lang}`);
    await page.screenshot({ path: join(screenshotDir, `import-form-${lang}-phone.png`), fullPage: true });
  }

  // A web page saved as .csv: refused with its reason, nothing kept.
  await page.goto(`${server.base}/office/import?lang=de`);
  await page.getByLabel('Datei', { exact: true }).setInputFiles({ name: 'vereine.csv', mimeType: 'text/csv', buffer: Buffer.from('<!doctype html><html><body>Liste</body></html>') });
  await page.getByRole('button', { name: 'Hochladen und Vorschau ansehen' }).click();
  await page.locator('#upload-error').waitFor();
  assert.match(await page.locator('#upload-error').textContent(), /Webseite \(HTML\)/);
  await expectAccessible(page, 'import form with an error de');
  await page.screenshot({ path: join(screenshotDir, 'import-error-de-phone.png'), fullPage: true });

  // The real file: its name column is unknown, so the preview asks for the mapping first.
  await page.getByLabel('Datei', { exact: true }).setInputFiles({ name: 'alte-liste.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE) });
  await page.getByRole('button', { name: 'Hochladen und Vorschau ansehen' }).click();
  await page.waitForURL(/\/office\/import\/\d+$/);
  const preview = page.url();
  assert.match(await page.locator('#preview-error').textContent(), /Keine Spalte enthält den Namen/);
  await expectAccessible(page, 'preview asking for a mapping de');
  await page.getByLabel('Titel des Vereins').selectOption('name');
  await page.getByRole('button', { name: 'Zuordnung übernehmen' }).click();
  await page.locator('#counts').waitFor();
  assert.match(await page.locator('#counts').textContent(), /2 neu, 0 geändert, 0 unverändert, 1 übersprungen/);
  const duplicate = page.locator('#rows tr.import-duplicate');
  assert.match(await duplicate.textContent(), /Kulturverein Brückenschlag/);
  assert.match(await duplicate.locator('td').first().textContent(), /^3$/, 'the duplicate with its line');
  await expectAccessible(page, 'preview de');
  await page.screenshot({ path: join(screenshotDir, 'import-preview-de-phone.png'), fullPage: true });
  await page.goto(`${preview}?lang=ar`);
  await page.locator('#counts').waitFor();
  await expectAccessible(page, 'preview ar');
  await page.screenshot({ path: join(screenshotDir, 'import-preview-ar-phone.png'), fullPage: true });

  // Confirm: the job runs; the page shows its progress until the report is there.
  await page.goto(`${preview}?lang=de`);
  await page.getByRole('button', { name: 'Import starten' }).click();
  await page.waitForURL(preview);
  // While the job runs, the page reloads itself by the Refresh header (no script, no
  // <meta http-equiv=refresh>) and offers to pause; paused, it shows the same progress.
  let sawProgress = false;
  for (let i = 0; i < 100 && !(await page.locator('#report').count()); i++) {
    if (await page.locator('#import-progress').count() && !sawProgress) {
      sawProgress = true;
      await page.goto(`${preview}?pause=1&lang=de`);
      if (await page.locator('#import-progress').count()) {
        await expectAccessible(page, 'progress de');
        await page.screenshot({ path: join(screenshotDir, 'import-progress-de-phone.png') });
      }
    }
    await page.waitForTimeout(300);
    const response = await page.goto(`${preview}?lang=de`);
    if (await page.locator('#import-progress').count()) assert.equal(response.headers()['refresh'], '2');
  }
  assert.match(await page.locator('#report').textContent(), /Gespeichert als Import Nr\. \d+/);
  assert.match(await page.locator('#report').textContent(), /2 neu, 0 geändert/);
  await expectAccessible(page, 'report de');
  await page.screenshot({ path: join(screenshotDir, 'import-report-de-phone.png'), fullPage: true });
  await page.goto(`${preview}?lang=ar`);
  await expectAccessible(page, 'report ar');
  await page.screenshot({ path: join(screenshotDir, 'import-report-ar-phone.png'), fullPage: true });
  console.log(`progress page seen before the report: ${sawProgress}`);

  // The new entry's history names the import: who, which file.
  // The server's directory index catches up with the database within seconds.
  const link = page.locator('a', { hasText: 'Nähcafé Oststadt' }).first();
  for (let i = 0; i < 50; i++) {
    await page.goto(`${server.base}/organisations?q=N%C3%A4hcaf%C3%A9&lang=de`);
    if (await link.count()) break;
    await page.waitForTimeout(200);
  }
  const href = await link.getAttribute('href');
  await page.goto(`${server.base}${href.split('?')[0]}/history?lang=de`);
  assert.match(await page.locator('.import-origin').first().textContent(), /Importiert von .* aus der Datei alte-liste\.csv \(csv\)/);
  await expectAccessible(page, 'history with an import de');
});
