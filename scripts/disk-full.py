#!/usr/bin/env python3
"""Disk full: the server answers a translated 503, loses nothing acknowledged, and recovers.

Puts the SQLite data folder on a small tmpfs (mounted by this script, so it runs as root or
with `--unshare`, which mounts it inside a new user and mount namespace), starts
`knotenpunkt serve --demo` there, signs an office account in and then:

1. posts offers while there is room: every one is acknowledged (303);
2. fills the filesystem to the last byte with a filler file, then keeps posting offers,
   editing them and sending inbox messages: every answer must be a 303 (a write that still fit,
   which counts as acknowledged) or a 503 whose page is the translated "temporarily
   unavailable" page, never a 500 or a dropped connection, and at least one must be a 503
   (otherwise the disk was not full for the server and nothing was tested); pages that only
   read must still answer 200;
3. removes the filler: the next writes are acknowledged again without a restart;
4. kills the server (SIGKILL), starts it again and checks that every acknowledged offer is
   there with its last acknowledged title, and `PRAGMA integrity_check` and
   `PRAGMA foreign_key_check` pass.

    python3 scripts/disk-full.py                # as root
    python3 scripts/disk-full.py --unshare      # as any user where user namespaces are allowed

PostgreSQL keeps its files in its own data directory, which this script does not touch.
"""

import argparse
import errno
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("kill_harness", os.path.join(ROOT, "scripts", "kill-harness.py"))
kh = importlib.util.module_from_spec(spec)
spec.loader.exec_module(kh)

UNAVAILABLE_DE = "Vorübergehend nicht erreichbar"


def fill(path):
    """Writes until the filesystem refuses, in smaller and smaller pieces; returns the bytes."""
    written = 0
    with open(path, "wb", buffering=0) as filler:
        for size in (1 << 20, 64 << 10, 4 << 10, 512, 1):
            chunk = b"\0" * size
            while True:
                try:
                    filler.write(chunk)
                    written += size
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
                    break
        try:
            os.fsync(filler.fileno())
        except OSError:
            pass
    return written


class Tally:
    def __init__(self):
        self.statuses = {}
        self.bad = []

    def note(self, what, status, body):
        self.statuses[status] = self.statuses.get(status, 0) + 1
        if status == 503 and UNAVAILABLE_DE not in body:
            self.bad.append((what, status, "503 without the translated page"))
        elif status not in (303, 503):
            self.bad.append((what, status, body[:200]))


def post_offer(client, slug, title, ledger, tally, what):
    fields = [("kind", "offer"), ("title", title), ("category", "rooms"), ("text_lang", "de")]
    try:
        status, location, body = client.post(f"/organisations/{slug}/items", fields)
    except (OSError, kh.http.client.HTTPException) as error:
        tally.bad.append((what, "no answer", str(error)))
        return None
    tally.note(what, status, body)
    found = re.match(r"/offers/(\d+)", location or "")
    if status == 303 and found:
        ledger.offers[found.group(1)] = (title, [])
        ledger.acknowledged += 1
        return found.group(1)
    return None


def edit_offer(client, offer, title, ledger, tally, what):
    ledger.offers[offer][1].append(title)
    try:
        status, location, body = client.post(f"/items/{offer}", [("title", title), ("category", "rooms"), ("text_lang", "de")])
    except (OSError, kh.http.client.HTTPException) as error:
        tally.bad.append((what, "no answer", str(error)))
        return
    tally.note(what, status, body)
    if status == 303 and (location or "").startswith(f"/offers/{offer}"):
        ledger.offers[offer] = (title, [])
        ledger.acknowledged += 1


def send_case(client, targets, text, ledger, tally, what):
    fields = kh.replace_field(kh.replace_field(targets.contact_fields, "kind", targets.case_kinds[0]), "text", text)
    try:
        status, location, body = client.post("/contact", fields)
    except (OSError, kh.http.client.HTTPException) as error:
        tally.bad.append((what, "no answer", str(error)))
        return
    if status == 429:  # the inbox's own limit on messages, not the disk
        return
    tally.note(what, status, body)
    found = re.match(r"/account/inbox/(\d+)", location or "")
    if status == 303 and found:
        ledger.acknowledge("case", found.group(1), text)


def run(args):
    mount = tempfile.mkdtemp(prefix="kp-full-")
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={args.size_mb}m", "tmpfs", mount], check=True)
    logdir = tempfile.mkdtemp(prefix="kp-full-log-")
    log = open(os.path.join(logdir, "serve.log"), "ab")
    data_dir = os.path.join(mount, "data")
    port = kh.free_port()
    server = kh.Server(args.bin, "sqlite", data_dir, None, port, log)
    filler = os.path.join(mount, "filler")
    problems = []
    try:
        created = server.cli("admin", "create", "--email", kh.ADMIN, stdin=kh.PASSWORD + "\n")
        if created.returncode != 0:
            raise RuntimeError(f"admin create: {created.stderr}")
        server.start()
        office, _ = kh.sign_in_office(port)
        targets = kh.Targets(office)
        slug = targets.slugs[0]
        ledger = kh.Ledger()
        before = Tally()
        for n in range(args.writes):
            post_offer(office, slug, f"Disk full before n{n}", ledger, before, "before")
        if before.statuses != {303: args.writes}:
            problems.append(f"with room: {before.statuses} {before.bad[:3]}")
        used = shutil.disk_usage(mount)
        filled = fill(filler)
        full = Tally()
        mine = list(ledger.offers)
        for n in range(args.writes):
            post_offer(office, slug, f"Disk full during n{n}", ledger, full, "offer while full")
            edit_offer(office, mine[n % len(mine)], f"Disk full edit n{n}", ledger, full, "edit while full")
            send_case(office, targets, f"Disk full case n{n}: Bitte um Rückruf.", ledger, full, "case while full")
        reads = {}
        for path in ("/", "/organisations", f"/organisations/{slug}", f"/offers/{mine[0]}"):
            status, _, _ = office.request("GET", path)
            reads[path] = status
        if 503 not in full.statuses:
            problems.append(f"the disk was never full for the server: {full.statuses}")
        problems += [f"while full: {b}" for b in full.bad[:5]]
        problems += [f"read {p} while full: {s}" for p, s in reads.items() if s != 200]
        os.remove(filler)
        after = Tally()
        recovered_after = None
        started = time.time()
        for n in range(args.writes):
            if post_offer(office, slug, f"Disk full after n{n}", ledger, after, "after") and recovered_after is None:
                recovered_after = time.time() - started
        if after.statuses.get(303, 0) < args.writes - 1:
            problems.append(f"after the filler was removed: {after.statuses} {after.bad[:3]}")
        server.kill()
        server.start()
        lost = kh.verify(port, office.cookies, ledger, targets)
        server.kill()
        problems += [f"lost: {item}" for item in lost[:10]]
        problems += kh.sqlite_checks(os.path.join(data_dir, "knotenpunkt.db"))
        print(
            f"disk full (tmpfs {args.size_mb} MB, {used.used // 1024} KB used before the filler, filler {filled // 1024} KB): "
            f"before={before.statuses} while_full={full.statuses} reads_while_full={sorted(set(reads.values()))} "
            f"after={after.statuses} first_write_after_s={recovered_after if recovered_after is None else round(recovered_after, 2)} "
            f"acknowledged={ledger.acknowledged} lost={len(lost)} checks={'ok' if not problems else problems}"
        )
    finally:
        if server.process and server.process.poll() is None:
            server.kill()
        subprocess.run(["umount", mount], check=False)
        os.rmdir(mount)
    return 0 if not problems else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=os.path.join(ROOT, "target", "debug", "knotenpunkt"))
    parser.add_argument("--size-mb", type=int, default=64, help="size of the tmpfs for the data folder")
    parser.add_argument("--writes", type=int, default=12, help="writes of each kind in each phase")
    parser.add_argument("--unshare", action="store_true", help="re-run inside a user and mount namespace (no root needed)")
    args = parser.parse_args()
    if args.unshare:
        argv = [a for a in sys.argv if a != "--unshare"]
        os.execvp("unshare", ["unshare", "--user", "--map-root-user", "--mount", sys.executable, *argv])
    sys.exit(run(args))


if __name__ == "__main__":
    main()
