#!/usr/bin/env python3
"""CakeFlow throughput benchmark (stdlib only): against a running CakeFlow with demo data.

1. intake: N orders through POST /api/orders from C concurrent clients -> orders/s, latency p50/p95/p99
2. lifecycle: every order paid (deposit) and all its user tasks completed through /engine-rest -> orders/s, task completions/s
3. reference: a bare start -> user task -> end process on the same engine, N starts and N completions through /engine-rest

Usage: python3 bench/benchmark.py [--orders 5000] [--clients 8] [--port 8080]
The intake clients authenticate the way a channel does: an API key (made at the start through the manager API), sent
as Authorization: Bearer on every call, no session. The other steps call as the manager over HTTP Basic."""
import argparse, base64, datetime, http.cookiejar, json, random, statistics, sys, threading, time, urllib.error, urllib.request, uuid
from concurrent.futures import ThreadPoolExecutor

REFERENCE_BPMN = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_BenchReference" targetNamespace="https://cakeflow.example/bench">
  <bpmn:process id="benchReference" name="Benchmark reference" isExecutable="true" camunda:historyTimeToLive="1">
    <bpmn:startEvent id="StartEvent_Started" name="Started"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="Task_Work" name="Work" camunda:candidateGroups="manager"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
    <bpmn:endEvent id="EndEvent_Done" name="Done"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Started" targetRef="Task_Work" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Work" targetRef="EndEvent_Done" />
  </bpmn:process>
</bpmn:definitions>"""


# English inscriptions: a Chinese one needs a calligrapher, and one calligrapher's minutes would be the limit
INSCRIPTIONS = ["Happy Birthday", "Happy Birthday Mom", "Congratulations", "Happy Anniversary", "Love you", None]


FLAVORS = ["CHOCOLATE", "STRAWBERRY", "MANGO", "MATCHA", "VANILLA", "TIRAMISU", "BLACK_FOREST", "RED_VELVET", "TARO", "CHEESE", "FRUIT"]


def season(days):
    """Due days spread over this many days from the day after tomorrow (ISO dates)."""
    today = datetime.date.today()
    return [(today + datetime.timedelta(days=2 + d)).isoformat() for d in range(days)]


def order_body(rng, days, phones, i, email=None):
    """The i-th benchmark order: a third delivered, sizes, flavors and inscriptions at random (rng), due on one of days."""
    delivery = i % 3 == 0
    channel = rng.choice(["PHONE", "WALK_IN", "WECHAT", "MEITUAN"])  # drawn in the order the benchmark always drew them
    customer = {"name": "压测顾客", "phone": rng.choice(phones)}
    if email:
        customer["email"] = email
    return {"channel": channel,
            "customer": customer,
            "items": [{"sizeInches": rng.choice([6, 8, 8, 10, 12]), "flavor": rng.choice(FLAVORS), "inscription": rng.choice(INSCRIPTIONS),
                       "quantity": 1, "addOns": ["CANDLES"]}],
            "fulfillment": {"type": "DELIVERY" if delivery else "PICKUP", "dueAt": f"{rng.choice(days)}T{10 + rng.randrange(10):02d}:00:00",
                            "address": "静安区南京西路1266号" if delivery else None}}


def prepare_shop(manager, orders, last_day):
    """Stock and kitchen capacity for `orders` orders up to last_day, through the manager's normal APIs."""
    # enough stock for every order, so none waits on a shortage (receiving goes through the normal adjustment API)
    code, items = manager.call("GET", "/api/inventory/items")
    for item in items if code == 200 else []:
        manager.call("POST", "/api/inventory/adjustments", {"itemCode": item["code"], "quantity": 1000 * orders + 100000,
                                                            "reason": "benchmark stock"})
    # and enough kitchen capacity: temporary staff for every station until the due day (the manager's adjustment API),
    # so the benchmark measures intake and the engine, not a full kitchen turning orders away
    start_at = datetime.datetime.now().strftime("%Y-%m-%dT%H:00:00")
    for station in ("BAKE", "DECORATE", "PACK", "BAKE", "DECORATE", "PACK"):  # twice: 100 people per station
        code, _ = manager.call("POST", "/api/capacity/adjustments", {"station": station, "from": start_at, "to": f"{last_day}T23:00:00",
                                                                     "extraStaff": 50, "reason": "benchmark capacity"})
        if code != 201:
            sys.exit(f"could not add benchmark capacity: HTTP {code}")


def lifecycle_of(c, o, pay_key=None, tolerant=False, on_paid=None, on_completed=None):
    """Drives one placed order (o: the intake's answer) to its end as the manager: the deposit (under pay_key as its
    Idempotency-Key, if given), then every open user task through /engine-rest until none is left. tolerant: a task
    that cannot be completed is looked up again (after a node died, it may be done already) instead of failing.
    on_paid(number, answer) and on_completed(number, task) are told of each acknowledged payment and completion."""
    n = o["orderNumber"]
    if o["depositFen"] > 0:
        code, r = c.call("POST", f"/api/orders/{n}/payments", {"amountFen": o["depositFen"], "method": "CASH"},
                         headers={"Idempotency-Key": pay_key} if pay_key else None)
        if code not in (200, 201):
            return False, f"pay {code} {str(r)[:80]}"
        if on_paid:
            on_paid(n, r)
    for _ in range(12 if tolerant else 8):
        code, tasks = c.call("GET", f"/engine-rest/task?processInstanceBusinessKey={n}")
        if code != 200:
            return False, f"tasks {code}"
        if not tasks:
            return True, None
        for t in tasks:
            vars = {"pickupCode": {"value": o.get("pickupCode") or ""}}
            code, r = c.call("POST", f"/engine-rest/task/{t['id']}/complete", {"variables": vars})
            if code == 204:
                if on_completed:
                    on_completed(n, t)
            elif not tolerant:
                return False, f"complete {t['taskDefinitionKey']} {code} {str(r)[:80]}"
            else:
                break  # look again: another client or the node before it died may have completed it
    return False, "not done after the rounds allowed"


class Client:
    """One HTTP client: a user over HTTP Basic with its own cookie jar, or (api_key) a channel's key and no cookies."""
    def __init__(self, base, user, api_key=None):
        self.base = base
        if api_key:
            self.auth = "Bearer " + api_key
            self.opener = urllib.request.build_opener()
        else:
            self.auth = "Basic " + base64.b64encode(f"{user}:demo".encode()).decode()
            self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def call(self, method, path, body=None, headers=None, raw=None, content_type="application/json"):
        data = raw if raw is not None else (None if body is None else json.dumps(body, ensure_ascii=False).encode())
        req = urllib.request.Request(self.base + path, data=data, method=method)
        req.add_header("Authorization", self.auth)
        req.add_header("Accept", "application/json")
        if data is not None:
            req.add_header("Content-Type", content_type)
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        try:
            with self.opener.open(req, timeout=60) as r:
                text = r.read().decode()
                return r.status, (json.loads(text) if text else None)
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace")


local = threading.local()
def client(args):
    if not hasattr(local, "client"):
        local.client = Client(f"http://127.0.0.1:{args.port}", "manager")
    return local.client


def create_api_key(args, name):
    """A key for the intake, made through the manager API as a channel's would be; returns its secret (shown once)."""
    code, r = client(args).call("POST", "/api/admin/api-keys", {"name": name, "store": "SH01", "scopes": ["orders:write"]})
    if code != 201:
        sys.exit(f"could not create the benchmark's API key: HTTP {code} {str(r)[:200]}")
    return r["secret"]


intake_key, intake_key_lock = [], threading.Lock()
def intake_client(args):
    """The calling thread's intake client: the benchmark's one API key (made on first use), no cookies; with
    --auth session a user's Basic login kept in a session (for a CakeFlow older than API keys)."""
    if args.auth == "session":
        return client(args)
    if not hasattr(local, "intake"):
        with intake_key_lock:
            if not intake_key:
                intake_key.append(create_api_key(args, f"bench-{uuid.uuid4().hex[:8]}"))
        local.intake = Client(f"http://127.0.0.1:{args.port}", None, api_key=intake_key[0])
    return local.intake


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] * 1000


failures = []
PHASE_LATENCIES = {}


def jfr(args, action, name):
    """Starts or stops a JFR recording of one phase in the app (--jfr-pid): target/jfr/<name>.jfr."""
    if not args.jfr_pid:
        return
    import subprocess, os
    os.makedirs(args.jfr_dir, exist_ok=True)
    cmd = ["jcmd", str(args.jfr_pid), f"JFR.{action}", f"name={name}"]
    if action == "start":
        cmd += ["settings=profile"]
    else:
        cmd += [f"filename={os.path.abspath(os.path.join(args.jfr_dir, name + '.jfr'))}"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def cpu_seconds(pid):
    """CPU time (user + system) used so far by a process and, with pid None, by every PostgreSQL backend (from /proc)."""
    import os
    tick = os.sysconf("SC_CLK_TCK")
    def of(p):
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError, ValueError):
            return 0.0
    if pid:
        return of(pid)
    total = 0.0
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                with open(f"/proc/{p}/comm") as f:
                    if f.read().strip().startswith("postgres"):
                        total += of(p)
            except OSError:
                pass
    return total


def run(args, label, work, items, phase=None, show=True):
    errors, latencies = [], []
    lock = threading.Lock()
    def one(item):
        t0 = time.perf_counter()
        ok, what = work(item)
        dt = time.perf_counter() - t0
        with lock:
            latencies.append(dt)
            if not ok:
                errors.append(what)
    if phase and show:
        jfr(args, "start", phase)
    cpu0 = (cpu_seconds(args.app_pid), cpu_seconds(None)) if args.app_pid else None
    t0 = time.perf_counter()
    with ThreadPoolExecutor(args.clients) as pool:
        list(pool.map(one, items))
    elapsed = time.perf_counter() - t0
    if phase and show:
        jfr(args, "stop", phase)
    if cpu0:
        app_cpu, db_cpu = cpu_seconds(args.app_pid) - cpu0[0], cpu_seconds(None) - cpu0[1]
        cpu_line = f"{'':<38} CPU per call: app {1000 * app_cpu / len(items):5.1f} ms, PostgreSQL {1000 * db_cpu / len(items):5.1f} ms"
    else:
        cpu_line = None
    if not show:
        failures.extend(errors)
        return elapsed
    PHASE_LATENCIES[label] = latencies
    print(f"{label:<38} {len(items):>6} in {elapsed:7.1f} s = {len(items) / elapsed:7.1f}/s   "
          f"p50 {pct(latencies, 50):6.1f} ms  p95 {pct(latencies, 95):6.1f} ms  p99 {pct(latencies, 99):6.1f} ms"
          + (f"   ERRORS {len(errors)}: {errors[:3]}" if errors else ""))
    if cpu_line:
        print(cpu_line)
    failures.extend(errors)
    return elapsed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--orders", type=int, default=5000)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--jfr-pid", type=int, help="the app's pid: record each phase with JFR (jcmd) into --jfr-dir")
    ap.add_argument("--app-pid", type=int, help="the app's pid: print the CPU the app and PostgreSQL spent per call in each phase")
    ap.add_argument("--jfr-dir", default="target/jfr")
    ap.add_argument("--auth", choices=["key", "session"], default="key", help="how the intake clients authenticate")
    ap.add_argument("--warmup", type=int, default=300, help="intakes, lifecycles and reference calls made first and not counted (JIT, caches)")
    ap.add_argument("--days", type=int, default=120, help="due days spread over this many days from the day after tomorrow")
    args = ap.parse_args()
    run_id = uuid.uuid4().hex[:8]
    # orders spread over 120 days x 10 hours, as a season of orders is: no single day's or hour's capacity is the limit
    days = season(args.days)
    last_day = days[-1]
    rng = random.Random(42)
    phones = [f"139{rng.randrange(10**8):08d}" for _ in range(max(1, args.orders // 3))]
    body = lambda i: order_body(rng, days, phones, i)
    bodies = [body(i) for i in range(args.orders + args.warmup)]
    created = {}

    def place(i):
        code, r = intake_client(args).call("POST", "/api/orders", bodies[i], headers={"Idempotency-Key": f"bench-{run_id}-{i}"})
        if code == 201:
            created[i] = r
            return True, None
        return False, f"{code} {str(r)[:100]}"

    def lifecycle(i):
        return lifecycle_of(client(args), created[i])

    print(f"CakeFlow benchmark: {args.orders} orders, {args.clients} clients, port {args.port}")
    prepare_shop(client(args), args.orders, last_day)
    # reference: a bare one-user-task process on the same engine
    boundary = uuid.uuid4().hex
    multipart = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbench-reference\r\n"
                 f"--{boundary}\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\ntrue\r\n"
                 f"--{boundary}\r\nContent-Disposition: form-data; name=\"data\"; filename=\"bench-reference.bpmn\"\r\n"
                 f"Content-Type: application/octet-stream\r\n\r\n{REFERENCE_BPMN}\r\n--{boundary}--\r\n").encode()
    code, r = client(args).call("POST", "/engine-rest/deployment/create", raw=multipart, content_type=f"multipart/form-data; boundary={boundary}")
    if code != 200:
        print(f"reference deployment failed: {code} {str(r)[:200]}"); sys.exit(1)
    ids = []
    def start(i):
        code, r = client(args).call("POST", "/engine-rest/process-definition/key/benchReference/start", {"businessKey": f"ref-{run_id}-{i}"})
        if code == 200:
            ids.append(r["id"])
            return True, None
        return False, f"{code} {str(r)[:80]}"
    def finish(tid):
        code, r = client(args).call("POST", f"/engine-rest/task/{tid}/complete", {})
        return (code == 204), f"{code} {str(r)[:80]}"
    def open_reference_tasks():
        found, first = [], 0
        while True:
            code, page = client(args).call("GET", f"/engine-rest/task?processDefinitionKey=benchReference&firstResult={first}&maxResults=1000")
            if code != 200 or not page:
                return found
            found += [t["id"] for t in page]
            first += len(page)
    if args.warmup:  # the same calls first, not counted: the JIT compiles the paths, caches fill, for the app and the reference alike
        warm = list(range(args.orders, args.orders + args.warmup))
        run(args, "warm-up intake", place, warm, show=False)
        run(args, "warm-up lifecycle", lifecycle, warm, show=False)
        run(args, "warm-up reference start", start, [f"w{i}" for i in warm], show=False)
        run(args, "warm-up reference complete", finish, open_reference_tasks(), show=False)
        print(f"warm-up: {args.warmup} intakes and lifecycles, {args.warmup} reference starts and completions (not counted)")
    intake = run(args, "intake POST /api/orders", place, list(range(args.orders)), "intake")
    life = run(args, "lifecycle (deposit + 4 tasks each)", lifecycle, list(range(args.orders)), "lifecycle")
    tasks_done = args.orders * 4
    print(f"{'':<38} = {tasks_done / life:7.1f} task completions/s (plus payments and task queries)")

    ref_start = run(args, "reference: start (engine-rest)", start, list(range(args.orders)), "reference-start")
    task_ids = open_reference_tasks()
    ref_done = run(args, "reference: complete task (engine-rest)", finish, task_ids, "reference-complete")
    print(f"\nsummary: intake {args.orders / intake:.1f} orders/s, lifecycle {args.orders / life:.1f} orders/s; "
          f"reference {args.orders / ref_start:.1f} starts/s, {len(task_ids) / ref_done:.1f} completions/s")
    print(f"ratios: intake / bare start = {(args.orders / intake) / (args.orders / ref_start):.2f} (target >= 0.5), intake p99 "
          f"{pct(PHASE_LATENCIES['intake POST /api/orders'], 99):.0f} ms (target <= 250); lifecycle task completions / bare completions = "
          f"{(tasks_done / life) / (len(task_ids) / ref_done):.2f} (target >= 0.35)")
    if failures:
        print(f"{len(failures)} calls failed"); sys.exit(1)


if __name__ == "__main__":
    main()
