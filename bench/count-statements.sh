#!/usr/bin/env bash
# Counts SQL statements per intake on PostgreSQL (bench/count-statements.sh [app args]; N=40 intakes of each kind): fresh DB, warm-up, then statement logging on (ALTER SYSTEM + reload,
# filtered by database name) around N sequential intakes of one channel, minus a quiet window of the same length.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=18097; DB=cakeflow_stmts; N=${N:-40}
psql -h 127.0.0.1 -U postgres -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
java -Xmx1g -jar target/cakeflow-*.jar --server.port=$PORT --spring.profiles.active=postgres,demo --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB --logging.level.root=WARN "$@" > /tmp/stmts-app.log 2>&1 &
APP=$!; trap 'kill $APP 2>/dev/null || true; psql -h 127.0.0.1 -U postgres -q -d postgres -c "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null' EXIT
for _ in $(seq 1 120); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/actuator/health', timeout=2)" 2>/dev/null && break; sleep 1; done
LOG=/var/log/postgresql/postgresql-15-main.log
python3 - "$PORT" "$DB" "$N" "$LOG" <<'PY'
import sys, json, base64, urllib.request, subprocess, datetime, time, http.cookiejar, random, os
port, db, n, log = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
auth = "Basic " + base64.b64encode(b"manager:demo").decode()
def call(m, p, b=None):
    r = urllib.request.Request(f"http://127.0.0.1:{port}{p}", data=None if b is None else json.dumps(b).encode(), method=m)
    r.add_header("Authorization", auth); r.add_header("Content-Type", "application/json"); r.add_header("Accept", "application/json")
    with op.open(r) as x: return json.loads(x.read() or b"null")
for item in call("GET", "/api/inventory/items"):
    call("POST", "/api/inventory/adjustments", {"itemCode": item["code"], "quantity": 10**7, "reason": "bench"})
day = (datetime.date.today() + datetime.timedelta(days=5)).isoformat()
for st in ("BAKE", "DECORATE", "PACK"):
    call("POST", "/api/capacity/adjustments", {"station": st, "from": datetime.datetime.now().strftime("%Y-%m-%dT%H:00:00"), "to": day + "T23:00:00", "extraStaff": 50, "reason": "b"})
def order(i, channel):
    return {"channel": channel, "customer": {"name": "计数", "phone": f"139{random.randrange(10**8):08d}"},
            "items": [{"sizeInches": 8, "flavor": "CHOCOLATE", "inscription": "Happy Birthday", "quantity": 1, "addOns": ["CANDLES"]}],
            "fulfillment": {"type": "PICKUP", "dueAt": f"{day}T{10 + i % 9:02d}:00:00"}}
for i in range(10): call("POST", "/api/orders", order(i, "PHONE")); call("POST", "/api/orders", order(i, "MEITUAN"))
def psql(*cmds):
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-d", "postgres"] + sum([["-c", c] for c in cmds], []), check=True, stdout=subprocess.DEVNULL)
def window(work):
    psql("alter system set log_statement = 'all'", "select pg_reload_conf()"); time.sleep(1)
    start = os.path.getsize(log); t0 = time.time(); work(); dt = time.time() - t0
    time.sleep(0.5); end = os.path.getsize(log)
    psql("alter system reset log_statement", "select pg_reload_conf()")
    with open(log, errors="replace") as f:
        f.seek(start); text = f.read(end - start)
    lines = [l for l in text.splitlines() if f"@{db} " in l and " LOG:  statement: " in l or (f"@{db} " in l and "LOG:  execute" in l)]
    return lines, dt
for channel in ("PHONE", "MEITUAN"):
    lines, dt = window(lambda: [call("POST", "/api/orders", order(i, channel)) for i in range(n)])
    quiet, _ = window(lambda: time.sleep(dt))
    kinds = {}
    for l in lines:
        s = l.split("statement: ", 1)[-1] if "statement: " in l else l.split(": ", 2)[-1]
        k = " ".join(s.split()[:3]).lower()[:60]; kinds[k] = kinds.get(k, 0) + 1
    print(f"{channel}: {len(lines)} statements in {n} intakes ({dt:.1f} s), quiet window {len(quiet)} -> {(len(lines) - len(quiet)) / n:.1f} per intake")
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])[:80]: print(f"   {v / n:6.2f}  {k}")
PY
