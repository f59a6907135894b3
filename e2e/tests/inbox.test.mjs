// The inbox's acceptance path in a real browser: a visitor sends a concern in Arabic from a
// phone, confirms the address from the outbox mail, the office answers in Arabic, the visitor
// sees the answer and the status on their private page, reached by the answer mail's link. axe-core on every page in German and
// Arabic; screenshots of the contact form (Arabic, phone), the office queue (German, desktop)
// and the sender's page (Arabic, phone).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, startBrowser, newPage, screenshotDir } from '../harness.mjs';
import { signInOfficeFirstTime, linkInMail } from './helpers/sign-in.mjs';
import { expectAccessible } from './helpers/axe.mjs';

let server;
let chrome;
const ADMIN = 'admin@stadt.example';
const ADMIN_PASSWORD = 'Lindenblüte am Marktplatz';
const SENDER = 'layla@example.org';
const CONCERN = 'نبحث عن قاعة لدروس اللغة العربية للأطفال مساء الجمعة. هل يمكن لمكتب الاندماج أن يساعدنا؟';
const ANSWER = 'نعم، يمكنكم استخدام القاعة في مبنى البلدية كل جمعة من الساعة الخامسة.';

before(async () => {
  server = await startServer();
  chrome = await startBrowser();
  await server.cli(['admin', 'create', '--email', ADMIN], `${ADMIN_PASSWORD}\n`);
});

after(async () => {
  await chrome?.stop();
  await server?.stop();
});



test('a visitor sends a concern in Arabic, confirms, the office answers in Arabic, the visitor sees it', async () => {
  const phone = await newPage(chrome.browser, server.base, { viewport: { width: 390, height: 844 } });
  const visitor = phone.page;

  // The form in German first (axe), then in Arabic, right to left.
  await visitor.goto(`${server.base}/contact?lang=de`);
  await expectAccessible(visitor, 'contact de');
  await visitor.goto(`${server.base}/contact?lang=ar`);
  assert.equal(await visitor.locator('html').getAttribute('dir'), 'rtl');
  await expectAccessible(visitor, 'contact ar');
  await visitor.locator('#anliegen').screenshot({ path: join(screenshotDir, 'inbox-contact-form-ar-phone.png') });

  // A mistake first: no type chosen. The text stays, the problem is named.
  await visitor.locator('#f-text').fill(CONCERN);
  await visitor.locator('#f-email').fill(SENDER);
  await visitor.locator('#f-language').selectOption('ar');
  await visitor.locator('#anliegen button[type=submit]').click();
  await visitor.locator('#form-errors').waitFor();
  assert.equal(await visitor.locator('#f-text').inputValue(), CONCERN);
  await expectAccessible(visitor, 'contact form with a problem ar');
  await visitor.locator('#f-kind').selectOption('concern');
  await visitor.locator('#anliegen button[type=submit]').click();
  await visitor.locator('#inbox-sent').waitFor();
  await expectAccessible(visitor, 'sent ar');

  // The address is confirmed from the outbox mail (a button: mail scanners only follow links).
  const confirm = await linkInMail(server, SENDER, '/contact/confirm?token=');
  await visitor.goto(confirm);
  await expectAccessible(visitor, 'confirm ar');
  await visitor.locator('main form button[type=submit]').click();
  await visitor.waitForURL(/\/inbox\/[0-9a-f]{64}/);
  const privatePage = visitor.url().split('?')[0];
  assert.match(await visitor.locator('#case-status').textContent(), /جديدة/);
  await expectAccessible(visitor, 'sender page ar');

  // The office answers in Arabic.
  const desk = await newPage(chrome.browser, server.base, { viewport: { width: 1280, height: 900 } });
  const office = desk.page;
  await signInOfficeFirstTime(office, server.base, ADMIN, ADMIN_PASSWORD);
  await office.goto(`${server.base}/office/inbox?lang=de`);
  await expectAccessible(office, 'queue de');
  await office.screenshot({ path: join(screenshotDir, 'inbox-queue-de-desktop.png'), fullPage: true });
  await office.locator('table.inbox-queue a').first().click();
  await office.waitForURL(/\/office\/inbox\/\d+$/);
  await expectAccessible(office, 'office case de');
  await office.locator('#f-reply').fill(ANSWER);
  await office.getByRole('button', { name: 'Antwort senden' }).click();
  await office.waitForURL(/notice=replied/);
  await office.goto(`${office.url().split('?')[0]}?lang=ar`);
  await expectAccessible(office, 'office case ar');

  // The answer is mailed in Arabic, and the visitor sees it with the status on their page.
  const mail = await (async () => {
    for (let i = 0; i < 100; i++) {
      const found = server.mails().reverse().find((m) => m.to.includes(SENDER) && m.text.includes(ANSWER));
      if (found) return found;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no answer mail');
  })();
  assert.match(mail.subject, /مكتب الاندماج/);
  // The answer mail carries a fresh private link of its own; the visitor follows it.
  const replyLink = mail.text.match(/http\S*\/inbox\/[0-9a-f]{64}/)?.[0];
  assert.ok(replyLink, `a private link in the answer mail: ${mail.text}`);
  assert.notEqual(replyLink, privatePage);
  await visitor.goto(replyLink);
  await visitor.getByText(ANSWER).waitFor();
  assert.match(await visitor.locator('#case-status').textContent(), /بانتظار ردكم/);
  await expectAccessible(visitor, 'sender page with answer ar');
  await visitor.screenshot({ path: join(screenshotDir, 'inbox-sender-page-ar-phone.png'), fullPage: true });
  await visitor.goto(`${privatePage}?lang=de`);
  await expectAccessible(visitor, 'sender page de');
  assert.deepEqual([...phone.foreign, ...desk.foreign], [], 'nothing loaded from other hosts');
});
