// Load script (not a test): the plan grid of a network meeting of 200 people at 20 tables over
// 6 rounds, timed over HTTP against the real binary, as the office's browser asks for it.
//   cd e2e && KNOTENPUNKT_BIN=../target/release/knotenpunkt node bench/meeting-grid.mjs [RUNS]
// Prints the time "Tische planen" took until the plan was stored, and the grid page's time to
// the last byte (median, p90, max over RUNS requests, default 50) with its size.
import { startServer, startBrowser, newPage } from '../harness.mjs';
import { signInOfficeFirstTime } from '../tests/helpers/sign-in.mjs';

const runs = Number(process.argv[2] || 50);
const ADMIN = 'bench@stadt.example';
const PASSWORD = 'Lindenblüte am Marktplatz';

const server = await startServer();
const chrome = await startBrowser();
try {
  await server.cli(['admin', 'create', '--email', ADMIN], `${PASSWORD}\n`);
  const office = await newPage(chrome.browser, server.base);
  await signInOfficeFirstTime(office.page, server.base, ADMIN, PASSWORD);

  const post = async (path, fields) => {
    await office.page.goto(`${server.base}${path.startsWith('/office/meetings/new') ? '/office/meetings/new' : path}?lang=de`);
    const csrf = await office.page.locator('input[name="csrf"]').first().inputValue();
    const response = await office.page.request.post(`${server.base}${path}`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      data: new URLSearchParams([...fields, ['csrf', csrf]]).toString(),
      maxRedirects: 0,
    });
    if (response.status() !== 303) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
    return response.headers().location;
  };

  const form = [
    ['title', 'Großes Netzwerktreffen'], ['starts_at', '2030-03-09T10:00'], ['ends_at', '2030-03-09T18:00'],
    ['venue_name', 'Forum am Schlosspark'], ['venue_address', 'Stuttgarter Straße 33, 71638 Ludwigsburg'],
    ['lat', '48.8894'], ['lon', '9.1952'], ['agenda', 'Sechs Runden.'], ['capacity', '200'],
    ['per_association_limit', '10'], ['registration_deadline', '2030-03-01T12:00'],
  ];
  for (let t = 0; t < 20; t++) form.push([`tables.${t}.name`, `Tisch ${t + 1}`], [`tables.${t}.capacity`, '10']);
  for (let r = 0; r < 6; r++) form.push([`rounds.${r}.topic`, `Runde ${r + 1}`], [`rounds.${r}.minutes`, '30']);
  const location = await post('/office/meetings/new', form);
  const slug = location.replace(/^.*\/meetings\//, '').split('?')[0];

  const orgs = (await (await fetch(`${server.base}/api/v1/organisations?per_page=20`)).json()).items.slice(0, 20);
  await office.page.goto(`${server.base}/office/meetings/${slug}/participants?lang=de`);
  const ids = [];
  for (const org of orgs) ids.push(await office.page.locator('#f-association option', { hasText: org.name }).first().getAttribute('value'));
  const csrf = await office.page.locator('input[name="csrf"]').first().inputValue();
  for (let i = 0; i < 200; i++) {
    const response = await office.page.request.post(`${server.base}/office/meetings/${slug}/participants`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      data: new URLSearchParams([['association', ids[i % 20]], ['name', `Person ${i + 1}`],
        ['email', `p${i + 1}@gross.example`], ['consent', '1'], ['languages', 'de'], ['csrf', csrf]]).toString(),
      maxRedirects: 0,
    });
    if (response.status() !== 303) throw new Error(`registration ${i + 1}: ${response.status()}`);
  }

  const started = Date.now();
  await post(`/office/meetings/${slug}/plan`, []);
  const cookie = (await office.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const gridUrl = `${server.base}/office/meetings/${slug}/plan?lang=de`;
  for (;;) {
    const html = await (await fetch(gridUrl, { headers: { cookie } })).text();
    if (!html.includes('id="planning"') && html.includes('id="explanation"')) break;
    if (Date.now() - started > 120_000) throw new Error('the plan did not finish in 120 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(`planning 200 people × 20 tables × 6 rounds: stored after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const times = [];
  let bytes = 0;
  for (let i = 0; i < runs + 3; i++) {
    const t0 = process.hrtime.bigint();
    const response = await fetch(gridUrl, { headers: { cookie } });
    const body = await response.arrayBuffer();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (response.status !== 200) throw new Error(`grid: ${response.status}`);
    bytes = body.byteLength;
    if (i >= 3) times.push(ms); // three warm-up requests
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(`plan grid (200 people, ${(bytes / 1024).toFixed(0)} KB HTML): median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms over ${runs} requests`);
} finally {
  await chrome.stop();
  await server.stop();
}
