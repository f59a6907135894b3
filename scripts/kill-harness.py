#!/usr/bin/env python3
"""Kill harness: nothing acknowledged is lost when the server dies.

Starts `knotenpunkt serve --demo` on SQLite (a fresh data folder) or PostgreSQL (a fresh
database), signs an office account in, and runs concurrent writers. Each writer mixes five kinds
of write: posting an offer for a demo association, editing one of its offers (a new title),
editing the profile of "its" association (a new German summary), adding a participant to the
demo meeting that is open for registration, and sending a message to the office's inbox (a new
case). The server is killed with SIGKILL at random moments (`--kills` times), restarted, and the
writers carry on. At the end every write the client saw acknowledged (303 to the success page)
must be there: each acknowledged offer, registration and case exists, and each edited value is
the last acknowledged one or one sent later (a write cut off by the kill may or may not have
landed), read back through the pages (offer page, profile form, participants list, case page). Then the database's own check: `PRAGMA integrity_check` and
`PRAGMA foreign_key_check` on SQLite; on PostgreSQL a set of consistency queries (no item
without its association, no revision without its organisation, no registration without its
meeting, no inbox entry without its case, indexes valid, the job queue's states known).

    python3 scripts/kill-harness.py --backend sqlite --kills 20
    python3 scripts/kill-harness.py --backend postgres --kills 20 \\
        --admin-url postgres://postgres@127.0.0.1:5432/postgres

Only the standard library; `psql` for PostgreSQL. Prints one summary line per backend and
exits non-zero when anything acknowledged was lost or a check failed.
"""

import argparse
import base64
import hashlib
import hmac
import html
import html.parser
import http.client
import os
import random
import re
import signal
import socket
import sqlite3
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ADMIN = "admin@stadt.example"
PASSWORD = "Lindenblüte am Marktplatz 42"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def totp(secret_b32, at=None):
    key = base64.b32decode(secret_b32.upper() + "=" * (-len(secret_b32) % 8))
    counter = int((at or time.time()) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


class Client:
    """Cookies and CSRF like a browser; never follows redirects."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, fields=None, timeout=15):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    pair = value.split(";", 1)[0]
                    key, _, content = pair.partition("=")
                    if "Max-Age=0" in value:
                        self.cookies.pop(key.strip(), None)
                    else:
                        self.cookies[key.strip()] = content.strip()
            return response.status, response.getheader("Location"), text
        finally:
            conn.close()

    def csrf(self):
        if "kp_session" not in self.cookies:
            if "kp_csrf" not in self.cookies:
                self.request("GET", "/")
            return self.cookies.get("kp_csrf", "")
        _, _, body = self.request("GET", "/")
        found = re.search(r'name="csrf" value="([^"]+)"', body)
        return found.group(1) if found else self.cookies.get("kp_csrf", "")

    def post(self, path, fields, csrf=None):
        return self.request("POST", path, list(fields) + [("csrf", csrf or self.csrf())])


class FormScraper(html.parser.HTMLParser):
    """The fields a browser would send for the form whose action starts with `action`."""

    def __init__(self, action):
        super().__init__(convert_charrefs=True)
        self.action = action
        self.inside = False
        self.done = False
        self.fields = []
        self.options = {}  # select name -> [(value, selected)]
        self.select = None
        self.option = None
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and not self.done and (a.get("action") or "").split("#")[0] == self.action:
            self.inside = True
        if not self.inside:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append((name, a.get("value") or ("on" if kind == "checkbox" else "")))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
        elif tag == "select" and name:
            self.select = name
            self.options[name] = []
        elif tag == "option" and self.select:
            self.option = [a.get("value"), "selected" in a, ""]
            self.options[self.select].append(self.option)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data
        if self.option is not None:
            self.option[2] += data

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag == "textarea" and self.textarea is not None:
            self.fields.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "option":
            self.option = None
        elif tag == "select" and self.select:
            options = self.options[self.select]
            chosen = [o for o in options if o[1]] or options[:1]
            for value, _, text in chosen:
                self.fields.append((self.select, value if value is not None else text.strip()))
            self.select = None
        elif tag == "form":
            self.inside = False
            self.done = True


def form_fields(page, action):
    scraper = FormScraper(action)
    scraper.feed(page)
    return scraper.fields, scraper.options


def replace_field(fields, name, value):
    return [(k, v) for k, v in fields if k != name] + [(name, value)]


class Server:
    def __init__(self, binary, backend, data_dir, database_url, port, log):
        self.args = [binary, "serve", "--demo", "--addr", f"127.0.0.1:{port}", "--data-dir", data_dir]
        if backend == "postgres":
            self.args += ["--database-url", database_url]
        self.port = port
        self.log = log
        self.process = None

    def start(self, timeout=120):
        self.process = subprocess.Popen(self.args, stdout=self.log, stderr=self.log)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"serve exited with {self.process.returncode}")
            try:
                status, _, _ = Client(self.port).request("GET", "/healthz", timeout=2)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError("serve did not answer /healthz")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def cli(self, *args, stdin=""):
        base = [self.args[0], *args, "--data-dir", self.args[self.args.index("--data-dir") + 1]]
        if "--database-url" in self.args:
            base += ["--database-url", self.args[self.args.index("--database-url") + 1]]
        return subprocess.run(base, input=stdin, capture_output=True, text=True, check=False)


def sign_in_office(port):
    client = Client(port)
    status, location, body = client.post("/login", [("email", ADMIN), ("password", PASSWORD)])
    if status != 303:
        raise RuntimeError(f"login: {status} {body[:300]}")
    _, _, page = client.request("GET", "/account/second-factor")
    secret = re.search(r'id="totp-secret">([^<]+)<', page)
    if not secret:
        raise RuntimeError("no second-factor secret on the setup page")
    secret = re.sub(r"\s", "", secret.group(1))
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    status, _, body = client.post("/account/second-factor", [("secret", secret), ("code", totp(secret))], csrf)
    if status not in (200, 303):
        raise RuntimeError(f"second factor: {status} {body[:300]}")
    return client, secret


class Ledger:
    """What the writers saw acknowledged and what they only sent."""

    def __init__(self):
        self.lock = threading.Lock()
        self.offers = {}  # id -> (acknowledged title, [titles sent after it])
        # (kind, key) -> (acknowledged value, [values sent after it]); kinds: profile, registration, case
        self.records = {}
        self.by_kind = {}
        self.acknowledged = 0
        self.unacknowledged = 0
        self.refused = {}

    def sent(self, kind, key, value):
        with self.lock:
            if (kind, key) in self.records:
                self.records[(kind, key)][1].append(value)

    def acknowledge(self, kind, key, value):
        with self.lock:
            self.records[(kind, key)] = (value, [])
            self.acknowledged += 1
            self.by_kind[kind] = self.by_kind.get(kind, 0) + 1

    def note_refusal(self, status):
        with self.lock:
            self.refused[status] = self.refused.get(status, 0) + 1


class Targets:
    """What the writers write to, read from the demo once: associations, the meeting open for
    registration and the forms' choices."""

    def __init__(self, client):
        _, _, page = client.request("GET", "/organisations")
        self.slugs = sorted(set(re.findall(r'href="/organisations/([a-z0-9-]+)"', page)) - {"new"})[:8]
        if not self.slugs:
            raise RuntimeError("no demo associations listed")
        _, _, page = client.request("GET", "/meetings")
        self.meeting = None
        for slug in sorted(set(re.findall(r'href="/meetings/([a-z0-9-]+)"', page))):
            status, _, form = client.request("GET", f"/office/meetings/{slug}/participants")
            if status == 200 and 'action="/office/meetings/' in form:
                fields, options = form_fields(form, f"/office/meetings/{slug}/participants")
                associations = [o[0] for o in options.get("association", []) if o[0]]
                if associations:
                    self.meeting, self.meeting_fields, self.meeting_associations = slug, fields, associations
        _, _, page = client.request("GET", "/contact")
        self.contact_fields, options = form_fields(page, "/contact")
        self.case_kinds = [o[0] for o in options.get("kind", []) if o[0]]


def write_offer(client, rng, ledger, mine, targets, title):
    if mine and rng.random() < 0.5:
        offer = rng.choice(mine)
        with ledger.lock:
            ledger.offers[offer][1].append(title)
        status, location, _ = client.post(f"/items/{offer}", [("title", title), ("category", "rooms"), ("text_lang", "de")])
        if status == 303 and location and location.startswith(f"/offers/{offer}"):
            with ledger.lock:
                ledger.offers[offer] = (title, [])
                ledger.acknowledged += 1
                ledger.by_kind["offer edit"] = ledger.by_kind.get("offer edit", 0) + 1
        else:
            ledger.note_refusal(status)
        return
    slug = rng.choice(targets.slugs)
    fields = [("kind", "offer"), ("title", title), ("category", "rooms"), ("text_lang", "de")]
    status, location, _ = client.post(f"/organisations/{slug}/items", fields)
    found = re.match(r"/offers/(\d+)", location or "")
    if status == 303 and found:
        offer = found.group(1)
        with ledger.lock:
            ledger.offers[offer] = (title, [])
            ledger.acknowledged += 1
            ledger.by_kind["offer"] = ledger.by_kind.get("offer", 0) + 1
        mine.append(offer)
    else:
        ledger.note_refusal(status)


def write_profile(client, number, ledger, targets, text):
    """A new German summary for the association this writer alone edits."""
    slug = targets.slugs[number % len(targets.slugs)]
    status, _, page = client.request("GET", f"/organisations/{slug}/edit")
    if status != 200:
        ledger.note_refusal(status)
        return
    fields, _ = form_fields(page, f"/organisations/{slug}/edit")
    names = [k for k, _ in fields if re.fullmatch(r"summary[._-]?de", k)]
    if not names:
        raise RuntimeError(f"no German summary field on the edit form of {slug}: {[k for k, _ in fields][:40]}")
    ledger.sent("profile", slug, text)
    status, location, _ = client.post(f"/organisations/{slug}/edit", replace_field(fields, names[0], text))
    if status == 303 and "saved=published" in (location or ""):
        ledger.acknowledge("profile", slug, text)
    else:
        ledger.note_refusal(status)


def write_registration(client, rng, ledger, targets, name):
    if not targets.meeting:
        raise RuntimeError("no demo meeting open for registration")
    email = re.sub(r"[^a-z0-9]", "", name.lower()) + "@harness.example"
    fields = replace_field(targets.meeting_fields, "association", rng.choice(targets.meeting_associations))
    fields = replace_field(replace_field(replace_field(fields, "name", name), "email", email), "consent", "1")
    status, _, _ = client.post(f"/office/meetings/{targets.meeting}/participants", fields)
    if status == 303:
        ledger.acknowledge("registration", name, name)
    else:
        ledger.note_refusal(status)


def write_case(client, rng, ledger, targets, text):
    fields = replace_field(targets.contact_fields, "kind", rng.choice(targets.case_kinds))
    fields = replace_field(fields, "text", text)
    status, location, _ = client.post("/contact", fields)
    found = re.match(r"/account/inbox/(\d+)", location or "")
    if status == 303 and found:
        ledger.acknowledge("case", found.group(1), text)
    else:
        ledger.note_refusal(status)


KINDS = ["offer", "offer", "profile", "registration", "case"]


def writer(number, port, cookies, targets, ledger, stop, kinds):
    client = Client(port)
    client.cookies = dict(cookies)
    rng = random.Random(number)
    mine = []
    n = 0
    while not stop.is_set():
        n += 1
        text = f"Harness w{number} n{n} {rng.randrange(10**6)}"
        kind = rng.choice(kinds)
        try:
            if kind == "offer":
                write_offer(client, rng, ledger, mine, targets, text)
            elif kind == "profile":
                write_profile(client, number, ledger, targets, text)
            elif kind == "registration":
                write_registration(client, rng, ledger, targets, f"Harness Person w{number} n{n}")
            else:
                write_case(client, rng, ledger, targets, f"{text}: Wir suchen einen Raum für unser Treffen.")
        except (OSError, http.client.HTTPException):
            with ledger.lock:
                ledger.unacknowledged += 1
            time.sleep(0.05)


def verify(port, cookies, ledger, targets):
    client = Client(port)
    client.cookies = dict(cookies)
    lost = []
    for offer, (title, later) in sorted(ledger.offers.items()):
        status, _, body = client.request("GET", f"/offers/{offer}")
        if status != 200 or not any(t in body for t in [title, *later]):
            lost.append((offer, status, title))
    participants = None
    for (kind, key), (value, later) in sorted(ledger.records.items()):
        if kind == "registration":
            if participants is None:
                _, _, participants = client.request("GET", f"/office/meetings/{targets.meeting}/participants")
            status, body = 200, participants
        elif kind == "profile":
            status, _, body = client.request("GET", f"/organisations/{key}/edit")
        else:
            status, _, body = client.request("GET", f"/account/inbox/{key}")
        body = html.unescape(body)
        if status != 200 or not any(v in body for v in [value, *later]):
            lost.append((kind, key, status, value))
    return lost


def sqlite_checks(path):
    db = sqlite3.connect(path)
    try:
        integrity = db.execute("PRAGMA integrity_check").fetchall()
        foreign = db.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        db.close()
    problems = [] if integrity == [("ok",)] else [f"integrity_check: {integrity[:5]}"]
    if foreign:
        problems.append(f"foreign_key_check: {foreign[:5]}")
    return problems


PG_CHECKS = {
    "offers without their association": "SELECT count(*) FROM marketplace_item i LEFT JOIN organisation o ON o.id = i.organisation_id WHERE o.id IS NULL",
    "revisions without their association": "SELECT count(*) FROM organisation_revision r LEFT JOIN organisation o ON o.id = r.organisation_id WHERE o.id IS NULL",
    "sessions without their user": "SELECT count(*) FROM user_session s LEFT JOIN app_user u ON u.id = s.user_id WHERE u.id IS NULL",
    "registrations without their meeting or association": "SELECT count(*) FROM meeting_registration r LEFT JOIN meeting m ON m.id = r.meeting_id LEFT JOIN organisation o ON o.id = r.organisation_id WHERE m.id IS NULL OR o.id IS NULL",
    "inbox entries without their case": "SELECT count(*) FROM inbox_entry e LEFT JOIN inbox_case c ON c.id = e.case_id WHERE c.id IS NULL",
    "inbox cases without their sender's account": "SELECT count(*) FROM inbox_case c LEFT JOIN app_user u ON u.id = c.sender_id WHERE c.sender_id IS NOT NULL AND u.id IS NULL",
    "invalid indexes": "SELECT count(*) FROM pg_index WHERE NOT indisvalid OR NOT indisready",
    "jobs in an unknown state": "SELECT count(*) FROM job WHERE state NOT IN ('queued', 'running', 'done', 'failed')",
    "offers whose content is not an object": "SELECT count(*) FROM marketplace_item WHERE jsonb_typeof(content) <> 'object'",
}


def psql(url, sql):
    out = subprocess.run(["psql", url, "-At", "-c", sql], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip())
    return out.stdout.strip()


def pg_checks(url):
    problems = []
    for name, sql in PG_CHECKS.items():
        try:
            count = psql(url, sql)
        except RuntimeError as error:
            problems.append(f"{name}: {error}")
            continue
        if count != "0":
            problems.append(f"{name}: {count}")
    return problems


def run(args):
    data_dir = tempfile.mkdtemp(prefix="kp-kill-")
    database_url = None
    if args.backend == "postgres":
        name = f"kp_kill_{os.getpid()}"
        psql(args.admin_url, f"CREATE DATABASE {name}")
        database_url = args.admin_url.rsplit("/", 1)[0] + "/" + name
    log = open(os.path.join(data_dir, "serve.log"), "ab")
    port = free_port()
    server = Server(args.bin, args.backend, data_dir, database_url, port, log)
    created = server.cli("admin", "create", "--email", ADMIN, stdin=PASSWORD + "\n")
    if created.returncode != 0:
        raise RuntimeError(f"admin create: {created.stderr}")
    server.start()
    office, _ = sign_in_office(port)
    targets = Targets(office)
    kinds = [k for k in KINDS if k in args.kinds.split(",")]
    ledger = Ledger()
    stop = threading.Event()
    threads = [threading.Thread(target=writer, args=(n, port, office.cookies, targets, ledger, stop, kinds)) for n in range(args.writers)]
    for thread in threads:
        thread.start()
    rng = random.Random(args.seed)
    started = time.time()
    restart_times = []
    try:
        for _ in range(args.kills):
            time.sleep(rng.uniform(args.min_gap, args.max_gap))
            server.kill()
            time.sleep(rng.uniform(0, 0.3))
            before = time.time()
            server.start()
            restart_times.append(time.time() - before)
        time.sleep(args.max_gap)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    lost = verify(port, office.cookies, ledger, targets)
    server.kill()
    problems = sqlite_checks(os.path.join(data_dir, "knotenpunkt.db")) if args.backend == "sqlite" else pg_checks(database_url)
    if args.backend == "postgres":
        psql(args.admin_url, f"DROP DATABASE {database_url.rsplit('/', 1)[1]} WITH (FORCE)")
    restart = sorted(restart_times)
    print(
        f"{args.backend}: kills={args.kills} writers={args.writers} seconds={time.time() - started:.0f} "
        f"acknowledged={ledger.acknowledged} by_kind={dict(sorted(ledger.by_kind.items()))} "
        f"offers={len(ledger.offers)} other_records={len(ledger.records)} cut_off={ledger.unacknowledged} "
        f"refused={ledger.refused} lost={len(lost)} checks={'ok' if not problems else problems} "
        f"restart_median_s={restart[len(restart) // 2]:.2f} restart_max_s={restart[-1]:.2f}"
    )
    for item in lost[:10]:
        print("  lost:", item)
    return 0 if not lost and not problems else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=os.path.join(ROOT, "target", "debug", "knotenpunkt"))
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--admin-url", default="postgres://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--min-gap", type=float, default=0.5, help="least seconds between a restart and the next kill")
    parser.add_argument("--max-gap", type=float, default=3.0)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--kinds", default="offer,profile,registration,case", help="which writes, comma-separated")
    sys.exit(run(parser.parse_args()))


if __name__ == "__main__":
    main()
