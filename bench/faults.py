"""What the fault scripts (bench/kill-test.sh, bench/two-nodes.sh) share, stdlib only: starting and SIGKILLing CakeFlow
nodes, clients that retry (the same Idempotency-Key) and fail over to another node, a recording SMTP server, psql.
The HTTP client and the order and lifecycle steps are bench/benchmark.py's."""
import glob, http.client, os, re, signal, socket, socketserver, subprocess, sys, threading, time, urllib.error, urllib.request
sys.path.insert(0, os.path.dirname(__file__))
from benchmark import Client

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
CONNECTION_ERRORS = (urllib.error.URLError, ConnectionError, http.client.HTTPException, socket.timeout, TimeoutError)


def psql(db, sql):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-At", "-F", "|", "-d", db, "-c", sql], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"psql failed: {out.stderr.strip()}\n{sql}")
    return out.stdout.strip()


def fresh_database(db):
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-d", "postgres", "-c", f"drop database if exists {db} with (force)",
                    "-c", f"create database {db}"], check=True)


def jar():
    found = sorted(glob.glob(os.path.join(ROOT, "target", "cakeflow-*.jar")))
    if not found:
        sys.exit("no target/cakeflow-*.jar: build first (./mvnw package -DskipTests)")
    return os.environ.get("JAR") or found[0]


class Node:
    """One CakeFlow JVM on PostgreSQL database db and a port, its output in target/<name>.log (appended across restarts)."""
    def __init__(self, name, port, db, extra_args=()):
        self.name, self.port, self.db, self.extra = name, port, db, list(extra_args)
        self.proc = None
        self.log = os.path.join(ROOT, "target", f"{name}.log")
        self.base = f"http://127.0.0.1:{port}"
        self.starts = 0

    def start(self, wait=True):
        self.starts += 1
        out = open(self.log, "a")
        out.write(f"\n===== start {self.starts} of {self.name} at {time.strftime('%H:%M:%S')} =====\n")
        out.flush()
        cmd = ["java", "-Xmx768m", "-jar", jar(), f"--server.port={self.port}", "--spring.profiles.active=postgres,demo",
               f"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/{self.db}", "--logging.level.root=WARN",
               "--logging.level.com.cakeflow.alerting.internal.LoggingTextChannel=INFO"] + self.extra
        self.proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        if wait:
            return self.wait_healthy()

    def wait_healthy(self, seconds=180):
        t0 = time.time()
        while time.time() - t0 < seconds:
            if self.proc.poll() is not None:
                sys.exit(f"{self.name} exited with {self.proc.returncode}; see {self.log}")
            try:
                urllib.request.urlopen(self.base + "/actuator/health", timeout=2).read()
                return time.time() - t0
            except Exception:
                time.sleep(0.5)
        sys.exit(f"{self.name} not healthy after {seconds} s; see {self.log}")

    def kill9(self):
        """SIGKILL: no shutdown hook, no connection closed cleanly, whatever was in flight is cut off."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def pid(self):
        return self.proc.pid


class Retrying:
    """A client over one or more nodes: a call that meets a refused or broken connection (the node was killed), a 503 or
    a 409 concurrent change is sent again — the same method, path, body and headers, so the same Idempotency-Key — to the next node, until
    `patience` seconds have passed. Counts what it retried."""
    retried = 0
    lock = threading.Lock()

    def __init__(self, bases, user=None, api_key=None, patience=240, start=0):
        self.clients = [Client(b, user, api_key=api_key) for b in bases]
        self.current = start % len(self.clients)
        self.patience = patience

    def call(self, method, path, body=None, headers=None, **kw):
        t0 = time.time()
        while True:
            try:
                code, r = self.clients[self.current].call(method, path, body, headers=headers, **kw)
                # 503: back-pressure; a 409 concurrent change: "nothing written, try again" (docs/api.md)
                if code != 503 and not (code == 409 and "problems/concurrent-change" in str(r)):
                    return code, r
            except CONNECTION_ERRORS:
                pass
            with Retrying.lock:
                Retrying.retried += 1
            if time.time() - t0 > self.patience:
                raise TimeoutError(f"{method} {path}: no node answered for {self.patience} s")
            self.current = (self.current + 1) % len(self.clients)
            time.sleep(0.3)


class SmtpSink:
    """A recording SMTP server on 127.0.0.1 (outside the app, so it outlives a SIGKILLed node): every message accepted,
    its Message-ID counted. A delivery is counted when the server answers 250 to the message's final dot."""
    def __init__(self):
        self.deliveries = []  # Message-ID per accepted message, in order
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                try:
                    self.converse()
                except OSError:
                    pass  # the node was killed mid-conversation: that message was not accepted

            def converse(self):
                self.wfile.write(b"220 sink ESMTP\r\n")
                while True:
                    line = self.rfile.readline()
                    if not line:
                        return
                    verb = line.strip().split(b" ")[0].upper()
                    if verb in (b"EHLO", b"HELO"):
                        self.wfile.write(b"250-sink\r\n250 8BITMIME\r\n")
                    elif verb == b"DATA":
                        self.wfile.write(b"354 go ahead\r\n")
                        message_id = None
                        while True:
                            data = self.rfile.readline()
                            if not data or data in (b".\r\n", b".\n"):
                                break
                            m = re.match(rb"(?i)message-id:\s*(<[^>]+>)", data)
                            if m and message_id is None:
                                message_id = m.group(1).decode()
                        if not data:
                            return
                        sink.deliveries.append(message_id)
                        self.wfile.write(b"250 queued\r\n")
                    elif verb == b"QUIT":
                        self.wfile.write(b"221 bye\r\n")
                        return
                    else:
                        self.wfile.write(b"250 ok\r\n")

        class Server(socketserver.ThreadingTCPServer):
            allow_reuse_address = True
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


def sms_deliveries(*logs):
    """Text messages 'sent' (logged by LoggingTextChannel, the SMS channel without a provider), by notification id."""
    ids = []
    for log in logs:
        with open(log, errors="replace") as f:
            ids += [int(m.group(1)) for m in re.finditer(r"text message #(\d+) to", f.read())]
    return ids


def interrupted_resends(*logs):
    """Notification ids the outbox sent again because an earlier attempt's lease ran out (its node died mid-send)."""
    ids = set()
    for log in logs:
        with open(log, errors="replace") as f:
            ids |= {int(m.group(1)) for m in re.finditer(r"notification #(\d+): an earlier attempt was interrupted", f.read())}
    return ids


def notification_check(db, sink, logs):
    """Every outbox row delivered once: returns (figures, problems). A row counts as delivered when its Message-ID
    reached the SMTP sink (mail) or its text was logged (SMS); a second delivery of a row is a duplicate, allowed only
    for a row whose earlier attempt was cut off by the kill (logged by the outbox as interrupted) — at-least-once."""
    rows = [r.split("|") for r in psql(db, "select id, channel, status from notification order by id").splitlines() if r]
    mail = {}
    for mid in sink.deliveries:
        m = re.match(r"<notification-(\d+)@", mid or "")
        key = int(m.group(1)) if m else mid
        mail[key] = mail.get(key, 0) + 1
    sms = {}
    for i in sms_deliveries(*logs):
        sms[i] = sms.get(i, 0) + 1
    interrupted = interrupted_resends(*logs)
    by_status, missing, duplicates, unexplained = {}, [], [], []
    for id_, channel, status in rows:
        id_ = int(id_)
        by_status[status] = by_status.get(status, 0) + 1
        seen = (mail if channel == "EMAIL" else sms).get(id_, 0)
        if status == "SENT" and seen == 0:
            missing.append(id_)
        if seen > 1:
            duplicates.append(id_)
            if id_ not in interrupted:
                unexplained.append(id_)
    stray = [k for k in mail if not isinstance(k, int) or k not in {int(r[0]) for r in rows}]
    figures = {"rows": len(rows), "by_status": by_status, "mail_delivered": sum(mail.values()), "sms_delivered": sum(sms.values()),
               "missing": len(missing), "duplicates": len(duplicates), "interrupted_resends": len(interrupted), "stray_mail": len(stray)}
    problems = []
    if by_status.get("PENDING", 0) + by_status.get("SENDING", 0) + by_status.get("FAILED", 0):
        problems.append(f"notifications not sent: {by_status}")
    if missing:
        problems.append(f"{len(missing)} rows SENT but never delivered: {missing[:5]}")
    if unexplained:
        problems.append(f"{len(unexplained)} rows delivered twice without an interrupted attempt: {unexplained[:5]}")
    if stray:
        problems.append(f"{len(stray)} mails without a known notification Message-ID")
    return figures, problems


def machine():
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30
    return f"{os.cpu_count()} cores, {mem:.0f} GiB, {java}, PostgreSQL {psql('postgres', 'show server_version')}"


def report(lines, problems):
    """Prints a run's figures, then PASS, or FAIL with the problems and exit status 1."""
    for line in lines:
        print(line)
    if problems:
        print("FAIL")
        for p in problems:
            print(f"  - {p}")
        sys.exit(1)
    print("PASS")
