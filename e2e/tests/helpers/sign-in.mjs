// Signing in as the tests do it: an account's password, and for the office's first sign-in the
// second factor it must set up (the code computed from the secret the page shows).
import { totp } from '../../harness.mjs';

/// Signs `page` in with `email` and `password` from the German login page.
/// `check(label)` runs on each page passed on the way (login, second-factor setup), for tests
/// that look at them (axe).
async function submitLogin(page, base, email, password, check) {
  await page.goto(`${base}/login?lang=de`);
  await check('login de');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

/// The first sign-in of an administrator or coordinator: password, then setting up the second
/// factor; ends on the page of recovery codes.
export async function signInOfficeFirstTime(page, base, email, password, { check = async () => {} } = {}) {
  await submitLogin(page, base, email, password, check);
  await page.waitForURL(/\/account\/second-factor$/);
  await check('second-factor setup de');
  const secret = (await page.locator('#totp-secret').textContent()).replace(/\s/g, '');
  await page.getByRole('textbox', { name: 'Code' }).fill(totp(secret));
  await page.getByRole('button', { name: 'Einrichten' }).click();
  await page.getByRole('heading', { name: 'Ihre Wiederherstellungscodes' }).waitFor();
}

/// A sign-in with password only (a representative's account); ends on the account page.
export async function signIn(page, base, email, password) {
  await submitLogin(page, base, email, password, async () => {});
  await page.waitForURL(/\/account/);
}

/// The link to `path` in the newest mail to `to` that the server under test sent (waits up to
/// 10 s for it), pointing at the server's own address.
export async function linkInMail(server, to, path) {
  for (let i = 0; i < 100; i++) {
    const mail = server.mails().reverse().find((m) => m.to.includes(to) && m.text.includes(path));
    if (mail) {
      const urls = mail.text.match(/https?:\/\/\S+/g) || [];
      const url = urls.find((u) => u.includes(path)) || urls[0];
      if (url) return url.replace(/^https?:\/\/[^/]+/, server.base);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to} with ${path}: ${JSON.stringify(server.mails().map((m) => [m.to, m.subject]))}`);
}

/// Makes an account from the German registration page and confirms its address with the mail's
/// link; ends on the login page that says the address is confirmed (not signed in).
export async function registerAndConfirm(page, server, email, password) {
  await page.goto(`${server.base}/register?lang=de`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Neues Passwort').fill(password);
  await page.getByLabel('Passwort wiederholen').fill(password);
  await page.getByRole('button', { name: 'Konto anlegen' }).click();
  await page.goto(await linkInMail(server, email, '/register/verify'));
  await page.getByRole('button', { name: 'Adresse bestätigen' }).click();
  await page.waitForURL(/verified=1/);
}
