// Load script (not a test): the office's dashboard, the network graph page and the funding
// report's PDF and CSV, timed over HTTP against the real binary on an existing data folder,
// e.g. one filled with synthetic associations and activity:
//   knotenpunkt demo --organisations 100000 --activity 1 --data-dir /tmp/r100k
//   cd e2e && KNOTENPUNKT_BIN=../target/debug/knotenpunkt DATA_DIR=/tmp/r100k node bench/reports.mjs [RUNS] [PAGES]
// PAGES is a comma-separated list of dashboard,graph,pdf,csv (default: all). Prints for each the
// time to the last byte (median, p90, max over RUNS requests after one warm-up, default 7)
// and its size. Signs in as a new administrator (created with `admin create`).
import { startServer, startBrowser, newPage } from '../harness.mjs';
import { signInOfficeFirstTime } from '../tests/helpers/sign-in.mjs';

const runs = Number(process.argv[2] || 7);
const pages = (process.argv[3] || 'dashboard,graph,pdf,csv').split(',');
const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('DATA_DIR: the data folder to serve');
const from = process.env.FROM || '2020-01-01';
const to = process.env.TO || '2022-12-31';
const ADMIN = `bench${Date.now()}@stadt.example`;
const PASSWORD = 'Lindenblüte am Marktplatz';

const server = await startServer({ dataDir, readyWithin: 300_000 });
const chrome = await startBrowser();
try {
  await server.cli(['admin', 'create', '--email', ADMIN], `${PASSWORD}\n`);
  const office = await newPage(chrome.browser, server.base);
  await signInOfficeFirstTime(office.page, server.base, ADMIN, PASSWORD);
  const cookie = (await office.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const urls = {
    dashboard: `/office/reports?from=${from}&to=${to}&lang=de`,
    graph: `/office/graph?lang=de`, // the whole graph, every period
    pdf: `/office/reports/funding.pdf?from=${from}&to=${to}&lang=de`,
    csv: `/office/reports/funding.csv?from=${from}&to=${to}&lang=de`,
  };
  for (const name of pages) {
    const url = `${server.base}${urls[name]}`;
    const times = [];
    let bytes = 0;
    let extra = '';
    for (let i = 0; i < runs + 1; i++) {
      const t0 = process.hrtime.bigint();
      const response = await fetch(url, { headers: { cookie } });
      const body = await response.arrayBuffer();
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (response.status !== 200) throw new Error(`${name}: ${response.status} ${Buffer.from(body).toString().slice(0, 400)}`);
      bytes = body.byteLength;
      if (name === 'graph') {
        const html = Buffer.from(body).toString();
        const edges = (html.match(/class="ge ge-/g) || []).length;
        const nodes = (html.match(/class="gn[" ]/g) || []).length;
        extra = `, ${nodes} associations and ${edges} edges drawn`;
      }
      if (i >= 1) times.push(ms); // one warm-up request
    }
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    console.log(`${name} ${from}..${to} (${(bytes / 1024).toFixed(0)} KB${extra}): median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms over ${runs} requests`);
  }
} finally {
  await chrome.stop();
  await server.stop();
}
