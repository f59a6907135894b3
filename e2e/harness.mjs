// Starts the real knotenpunkt binary with demo data on a free port and a fresh data folder,
// and Debian's headless Chromium (Playwright gives it a fresh profile); checks pages with axe-core.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const screenshotDir = join(here, 'screenshots');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/// `env` adds settings, e.g. KNOTENPUNKT__MAP__TILE_URL pointing at a local tile stub.
/// `dataDir` serves an existing data folder (kept on stop) instead of a fresh one with the demo.
export async function startServer({ env = {}, dataDir: existing = null, readyWithin = 30_000 } = {}) {
  const bin = process.env.KNOTENPUNKT_BIN || join(here, '..', 'target', 'debug', 'knotenpunkt');
  const dataDir = existing || mkdtempSync(join(tmpdir(), 'knotenpunkt-e2e-'));
  const port = await freePort();
  const demo = existing ? [] : ['--demo'];
  const child = spawn(bin, ['serve', ...demo, '--addr', `127.0.0.1:${port}`, '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, KNOTENPUNKT__SERVER__LOG_LEVEL: 'warn', ...env },
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyWithin;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`knotenpunkt exited early:\n${output}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`knotenpunkt did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    dataDir,
    /// Runs `knotenpunkt <args>` on the same data folder, with `input` on stdin.
    cli(args, input = '') {
      return new Promise((resolve, reject) => {
        const run = spawn(bin, [...args, '--data-dir', dataDir], { stdio: ['pipe', 'pipe', 'pipe'] });
        let out = '';
        run.stdout.on('data', (d) => { out += d; });
        run.stderr.on('data', (d) => { out += d; });
        run.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`knotenpunkt ${args.join(' ')} exited ${code}: ${out}`))));
        run.stdin.end(input);
      });
    },
    /// The mails in the outbox folder, oldest first: { to, subject, text }.
    mails() {
      const dir = join(dataDir, 'outbox');
      let files = [];
      try { files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort(); } catch { return []; }
      return files.map((f) => parseMail(readFileSync(join(dir, f), 'utf8')));
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.on('exit', r)));
      if (!existing) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/// A local HTTP server on a free port (another origin than Knotenpunkt), for tile stubs and
/// pages that frame Knotenpunkt. `handler(req, res)` answers; returns { base, stop }.
export async function startStub(handler) {
  const { createServer: createHttpServer } = await import('node:http');
  const port = await freePort();
  const server = createHttpServer(handler);
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

export async function startBrowser() {
  mkdirSync(screenshotDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    browser,
    async stop() {
      await browser.close();
    },
  };
}

/// A page that records every request, so tests can prove nothing leaves for other hosts.
export async function newPage(browser, base, options = {}) {
  const context = await browser.newContext({ bypassCSP: true, ...options });
  const page = await context.newPage();
  const foreign = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('about:')) foreign.push(url);
  });
  return { page, context, foreign };
}

/// Runs axe-core (WCAG 2.1 A/AA) and returns serious and critical violations.
export async function seriousViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/// Decodes the headers and the text part of a stored mail (quoted-printable or base64).
export function parseMail(source) {
  const [head, ...rest] = source.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name) => (unfolded.match(new RegExp(`^${name}:\\s*(.*)$`, 'mi')) || [])[1] || '';
  const decodeWords = (v) => v.replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc, text) =>
    enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQp(text.replace(/_/g, ' ')));
  let body = rest.join('\n\n');
  const parts = body.split(/\r?\n--[^\r\n]+/);
  const textPart = parts.find((p) => /content-type:\s*text\/plain/i.test(p)) || (header('Content-Type').match(/text\/plain/i) ? `Content-Transfer-Encoding: ${header('Content-Transfer-Encoding')}\n\n${body}` : body);
  const [partHead, ...partBody] = textPart.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
  const encoding = ((partHead.match(/content-transfer-encoding:\s*(\S+)/i) || [])[1] || header('Content-Transfer-Encoding')).toLowerCase();
  let text = partBody.length ? partBody.join('\n\n') : partHead;
  if (encoding === 'base64') text = Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (encoding === 'quoted-printable') text = decodeQp(text);
  return { to: decodeWords(header('To')), subject: decodeWords(header('Subject')), text };
}

function decodeQp(text) {
  const bytes = [];
  const joined = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/// The code an authenticator app shows now for a base32 secret (RFC 6238, SHA-1, 6 digits).
export function totp(secretBase32, time = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secretBase32.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 1000 / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, '0');
}
