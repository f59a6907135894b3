#!/usr/bin/env python3
"""Kill harness: nothing acknowledged is lost when the server dies.

Starts `knotenpunkt serve --demo` on SQLite (a fresh data folder) or PostgreSQL (a fresh
database), signs an office account in, and runs concurrent writers: each posts offers for demo
associations and edits them (new titles). The server is killed with SIGKILL at random moments
(`--kills` times), restarted, and the writers carry on. At the end every write the client saw
acknowledged (303 to the success page) must be there: each acknowledged offer exists, and its
title is the last acknowledged one or one sent later (a write cut off by the kill may or may not
have landed). Then the database's own check: `PRAGMA integrity_check` and
`PRAGMA foreign_key_check` on SQLite; on PostgreSQL a set of consistency queries (no item
without its association, no revision without its organisation, indexes valid, the job queue's
states known).

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
        self.acknowledged = 0
        self.unacknowledged = 0
        self.refused = {}

    def note_refusal(self, status):
        with self.lock:
            self.refused[status] = self.refused.get(status, 0) + 1


def writer(number, port, cookies, slugs, ledger, stop):
    client = Client(port)
    client.cookies = dict(cookies)
    rng = random.Random(number)
    mine = []
    n = 0
    while not stop.is_set():
        n += 1
        title = f"Harness offer w{number} n{n} {rng.randrange(10**6)}"
        try:
            if mine and rng.random() < 0.5:
                offer = rng.choice(mine)
                with ledger.lock:
                    ledger.offers[offer][1].append(title)
                status, location, _ = client.post(f"/items/{offer}", [("title", title), ("category", "rooms"), ("text_lang", "de")])
                if status == 303 and location and location.startswith(f"/offers/{offer}"):
                    with ledger.lock:
                        ledger.offers[offer] = (title, [])
                        ledger.acknowledged += 1
                else:
                    ledger.note_refusal(status)
            else:
                slug = rng.choice(slugs)
                fields = [("kind", "offer"), ("title", title), ("category", "rooms"), ("text_lang", "de")]
                status, location, _ = client.post(f"/organisations/{slug}/items", fields)
                found = re.match(r"/offers/(\d+)", location or "")
                if status == 303 and found:
                    offer = found.group(1)
                    with ledger.lock:
                        ledger.offers[offer] = (title, [])
                        ledger.acknowledged += 1
                    mine.append(offer)
                else:
                    ledger.note_refusal(status)
        except (OSError, http.client.HTTPException):
            with ledger.lock:
                ledger.unacknowledged += 1
            time.sleep(0.05)


def verify(port, cookies, ledger):
    client = Client(port)
    client.cookies = dict(cookies)
    lost = []
    for offer, (title, later) in sorted(ledger.offers.items()):
        status, _, body = client.request("GET", f"/offers/{offer}")
        if status != 200 or not any(t in body for t in [title, *later]):
            lost.append((offer, status, title))
    return lost


def sqlite_checks(path):
    with sqlite3.connect(path) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchall()
        foreign = db.execute("PRAGMA foreign_key_check").fetchall()
    problems = [] if integrity == [("ok",)] else [f"integrity_check: {integrity[:5]}"]
    if foreign:
        problems.append(f"foreign_key_check: {foreign[:5]}")
    return problems


PG_CHECKS = {
    "offers without their association": "SELECT count(*) FROM marketplace_item i LEFT JOIN organisation o ON o.id = i.organisation_id WHERE o.id IS NULL",
    "revisions without their association": "SELECT count(*) FROM organisation_revision r LEFT JOIN organisation o ON o.id = r.organisation_id WHERE o.id IS NULL",
    "sessions without their user": "SELECT count(*) FROM user_session s LEFT JOIN app_user u ON u.id = s.user_id WHERE u.id IS NULL",
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
    _, _, page = office.request("GET", "/organisations")
    slugs = sorted(set(re.findall(r'href="/organisations/([a-z0-9-]+)"', page)) - {"new"})[:8]
    if not slugs:
        raise RuntimeError("no demo associations listed")
    ledger = Ledger()
    stop = threading.Event()
    threads = [threading.Thread(target=writer, args=(n, port, office.cookies, slugs, ledger, stop)) for n in range(args.writers)]
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
    lost = verify(port, office.cookies, ledger)
    server.kill()
    problems = sqlite_checks(os.path.join(data_dir, "knotenpunkt.db")) if args.backend == "sqlite" else pg_checks(database_url)
    if args.backend == "postgres":
        psql(args.admin_url, f"DROP DATABASE {database_url.rsplit('/', 1)[1]} WITH (FORCE)")
    restart = sorted(restart_times)
    print(
        f"{args.backend}: kills={args.kills} writers={args.writers} seconds={time.time() - started:.0f} "
        f"acknowledged={ledger.acknowledged} offers={len(ledger.offers)} cut_off={ledger.unacknowledged} "
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
    sys.exit(run(parser.parse_args()))


if __name__ == "__main__":
    main()
