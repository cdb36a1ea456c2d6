#!/usr/bin/env python3
"""Two CakeFlow nodes on one PostgreSQL (issue 15, point 7), stdlib only; started by bench/two-nodes.sh (after the build).

Nodes A and B (same jar, ports --port-a/--port-b, default 8080/8081) on a fresh database, the outbox every 5 s so
there are many Quartz fires to count. Then:
1. live events across nodes: a page's stream (GET /api/stream) open on A, orders placed on B; the time until A's
   stream shows each one's order-status event;
2. intake: --orders orders from --clients channel clients, client k starting on node k % 2 (client-side alternation);
3. lifecycle: every order paid and its tasks completed, clients alternating over both nodes; once a third of the
   orders are done node B is SIGKILLed (and stays down): its clients fail over to A — a call cut off or refused is sent
   again unchanged (the same Idempotency-Key), task lists are read again;
4. checked in the database: every acknowledged order COMPLETED, no task completed twice (ACT_HI_TASKINST), every
   Quartz fire recorded once in job_run (GET /api/admin/jobs/runs) with the fires each node ran, and the fires of the
   frequent jobs that have no run (allowed only in the minute after the kill, when B's trigger was in its hands);
   the live events seen on A.
Prints the figures and PASS or FAIL (exit 1)."""
import argparse, base64, datetime, json, os, random, sys, threading, time, urllib.request, uuid
from concurrent.futures import ThreadPoolExecutor
sys.path.insert(0, os.path.dirname(__file__))
import faults
from benchmark import Client, lifecycle_of, order_body, pct, prepare_shop, season
from faults import Node, Retrying, psql


def follow_stream(base, user, events, stop):
    """A staff page's live stream on one node: (arrival time, event, data) appended to events until stop is set."""
    req = urllib.request.Request(base + "/api/stream", headers={"Accept": "text/event-stream",
                                                               "Authorization": "Basic " + base64.b64encode(f"{user}:demo".encode()).decode()})
    def read():
        with urllib.request.urlopen(req, timeout=600) as r:
            event = None
            for raw in r:
                if stop.is_set():
                    return
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                if line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:"):
                    events.append((time.time(), event, line[5:].strip()))
    t = threading.Thread(target=read, daemon=True)
    t.start()
    return t


def every_seconds(cron):
    """The interval of a simple cron ('0/5 * * * * ?' -> 5, '0 * * * * ?' -> 60, '0 */5 * * * ?' -> 300), else None."""
    f = cron.split()
    if len(f) < 6 or any(x != "*" for x in f[3:5]):
        return None
    if f[0].startswith("0/") and f[1:3] == ["*", "*"]:
        return int(f[0][2:])
    if f[0] == "0" and f[1] == "*" and f[2] == "*":
        return 60
    if f[0] == "0" and f[1].startswith("*/") and f[2] == "*":
        return 60 * int(f[1][2:])
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port-a", type=int, default=int(os.environ.get("PORT_A", 8080)))
    ap.add_argument("--port-b", type=int, default=int(os.environ.get("PORT_B", 8081)))
    ap.add_argument("--db", default="cakeflow_two_faults")
    ap.add_argument("--orders", type=int, default=600)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--live-orders", type=int, default=5)
    args = ap.parse_args()
    faults.fresh_database(args.db)
    extra = ["--cakeflow.notifications.sender.cron=0/5 * * * * ?"]
    a, b = Node("two-nodes-a", args.port_a, args.db, extra), Node("two-nodes-b", args.port_b, args.db, extra)
    for n in (a, b):
        if os.path.exists(n.log):
            os.remove(n.log)
    print(f"machine: {faults.machine()}")
    print(f"two nodes: A :{args.port_a}, B :{args.port_b}, database {args.db}; {args.orders} orders, {args.clients} clients")
    t_start = datetime.datetime.now(datetime.timezone.utc)
    print(f"start: A healthy after {a.start():.1f} s")  # one at a time: Flyway migrates once, on A
    print(f"start: B healthy after {b.start():.1f} s")
    try:
        lines, problems = scenario(args, a, b, t_start)
    finally:
        a.stop()
        b.stop()
    faults.report(lines, problems)


def scenario(args, a, b, t_start):
    problems, lines = [], []
    manager_a = Client(a.base, "manager")
    days = season(60)
    prepare_shop(manager_a, args.orders, days[-1])
    code, key = manager_a.call("POST", "/api/admin/api-keys", {"name": f"two-{uuid.uuid4().hex[:6]}", "store": "SH01", "scopes": ["orders:write"]})
    if code != 201:
        sys.exit(f"no API key: {code} {key}")
    rng = random.Random(7)
    phones = [f"136{rng.randrange(10 ** 8):08d}" for _ in range(max(1, args.orders // 3))]
    run = uuid.uuid4().hex[:8]

    # 1. a page on A, orders placed on B
    events, stop = [], threading.Event()
    follow_stream(a.base, "manager", events, stop)
    time.sleep(1.5)  # the stream is open (its first comment or nothing): from here A's page must see what B does
    on_b = Client(b.base, None, api_key=key["secret"])
    latencies, unseen = [], []
    for i in range(args.live_orders):
        t0 = time.time()
        body = dict(order_body(rng, days, phones, i), channel="MEITUAN")  # a platform order: no deposit, CONFIRMED at intake
        code, r = on_b.call("POST", "/api/orders", body, headers={"Idempotency-Key": f"live-{run}-{i}"})
        if code != 201:
            problems.append(f"live: order on B answered {code} {str(r)[:100]}")
            continue
        n = r["orderNumber"]
        seen = None
        while time.time() - t0 < 10 and seen is None:
            seen = next((at for at, ev, data in list(events) if ev == "order-status" and n in data), None)
            time.sleep(0.05)
        (latencies.append(seen - t0) if seen else unseen.append(n))
    if unseen:
        problems.append(f"live: {len(unseen)} of {args.live_orders} orders placed on B never appeared on A's stream within 10 s: {unseen}")
    lines.append(f"live:      {len(latencies)} of {args.live_orders} orders placed on B seen on A's stream, "
                 + (f"after {min(latencies) * 1000:.0f}–{max(latencies) * 1000:.0f} ms (poll interval 1 s)" if latencies else "none"))

    # 2. intake over both nodes
    local = threading.local()
    counter = iter(range(10 ** 9))
    lock = threading.Lock()
    def client_number():
        if not hasattr(local, "k"):
            with lock:
                local.k = next(counter)
        return local.k
    bodies = [order_body(rng, days, phones, i) for i in range(args.orders)]
    acked, errors, latency = {}, [], []
    def place(i):
        if not hasattr(local, "channel"):
            local.channel = Retrying([a.base, b.base], api_key=key["secret"], start=client_number())
        t0 = time.perf_counter()
        try:
            code, r = local.channel.call("POST", "/api/orders", bodies[i], headers={"Idempotency-Key": f"two-{run}-{i}"})
        except TimeoutError as e:
            code, r = None, str(e)
        with lock:
            latency.append(time.perf_counter() - t0)
            (acked.__setitem__(i, r) if code in (200, 201) else errors.append(f"{code} {str(r)[:100]}"))
    t0 = time.time()
    with ThreadPoolExecutor(args.clients) as pool:
        list(pool.map(place, range(args.orders)))
    intake_s = time.time() - t0
    lines.append(f"intake:    {len(acked)} of {args.orders} acknowledged in {intake_s:.1f} s = {len(acked) / intake_s:.1f}/s over both nodes, "
                 f"p50 {pct(latency, 50):.0f} ms p99 {pct(latency, 99):.0f} ms")
    if errors:
        problems.append(f"{len(errors)} intakes failed: {errors[:3]}")

    # 3. lifecycle over both nodes, B killed a third of the way
    done, life_errors, completed = [], [], []
    served = {"A": 0, "B": 0}
    def on_completed(n, t):
        with lock:
            completed.append((n, t["id"]))
    def life(o):
        if not hasattr(local, "staff"):
            local.staff = Retrying([a.base, b.base], user="manager", start=client_number())
        with lock:
            served["AB"[local.staff.current]] += 1
        try:
            ok, what = lifecycle_of(local.staff, o, pay_key=f"pay-{o['orderNumber']}", tolerant=True, on_completed=on_completed)
        except TimeoutError as e:
            ok, what = False, str(e)
        with lock:
            (done.append(o["orderNumber"]) if ok else life_errors.append(f"{o['orderNumber']}: {what}"))
    killed_at = []
    def killer():
        while len(done) < len(acked) // 3:
            time.sleep(0.05)
        killed_at.append(datetime.datetime.now(datetime.timezone.utc))
        b.kill9()
    k = threading.Thread(target=killer, daemon=True)
    k.start()
    t0 = time.time()
    with ThreadPoolExecutor(args.clients) as pool:
        list(pool.map(life, list(acked.values())))
    life_s = time.time() - t0
    k.join(5)
    lines.append(f"lifecycle: {len(done)} of {len(acked)} orders done in {life_s:.1f} s = {len(done) / life_s:.1f}/s, "
                 f"{len(completed) / life_s:.1f} task completions/s; orders started on A {served['A']}, on B {served['B']}; "
                 f"B SIGKILLed after {len(acked) // 3} orders done; {Retrying.retried} calls retried on the other node")
    if life_errors:
        problems.append(f"{len(life_errors)} lifecycles not finished: {life_errors[:3]}")

    # 4. the database
    numbers = "', '".join(o["orderNumber"] for o in acked.values())
    statuses = dict(r.split("|") for r in psql(args.db, f"select status, count(*) from cake_order where number in ('{numbers}') group by 1").splitlines())
    not_completed = len(acked) - int(statuses.get("COMPLETED", 0))
    if not_completed:
        problems.append(f"{not_completed} acknowledged orders not COMPLETED: {statuses}")
    twice = psql(args.db, f"""select p.business_key_, t.task_def_key_, count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_
                              where p.business_key_ in ('{numbers}') and t.delete_reason_ = 'completed' group by 1, 2 having count(*) > 1""")
    history = int(psql(args.db, f"""select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_
                                   where p.business_key_ in ('{numbers}') and t.delete_reason_ = 'completed'"""))
    completed_ids = set(psql(args.db, f"""select t.id_ from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_
                                         where p.business_key_ in ('{numbers}') and t.delete_reason_ = 'completed'""").splitlines())
    lost = [c for c in completed if c[1] not in completed_ids]
    if twice:
        problems.append(f"tasks completed twice: {twice.splitlines()[:5]}")
    if lost:
        problems.append(f"{len(lost)} acknowledged completions not in history")
    processes = psql(args.db, f"""select count(*) from cake_order o where o.number in ('{numbers}') and (select count(*) from act_hi_procinst p
                                  where p.business_key_ = o.number and p.proc_def_key_ = 'cakeOrder') <> 1""")
    if processes != "0":
        problems.append(f"{processes} orders without exactly one process")
    lines.append(f"orders:    {statuses}; tasks completed {history} in history ({len(completed)} acknowledged), "
                 f"{len(twice.splitlines()) if twice else 0} completed twice, {len(lost)} acknowledged but missing; "
                 f"orders without exactly one process: {processes}")

    # Quartz: every run of the window, per job and node, read through the API as an admin would
    code, runs = manager_a.call("GET", f"/api/admin/jobs/runs?since={t_start.strftime('%Y-%m-%dT%H:%M:%SZ')}&limit=10000")
    code_jobs, jobs = manager_a.call("GET", "/api/admin/jobs")
    if code != 200 or code_jobs != 200:
        problems.append(f"jobs API: {code} / {code_jobs}")
        runs, jobs = [], []
    fires = {}
    for r in runs:
        fires.setdefault((r["group"], r["name"], r["scheduledFireTime"]), []).append(r["node"])
    dup = {k: v for k, v in fires.items() if len(v) > 1}
    dup_sql = psql(args.db, "select count(*) from (select 1 from job_run group by job_group, job_name, scheduled_fire_time having count(*) > 1) d")
    skipped = sum(open(n.log, errors="replace").read().count("was run already") for n in (a, b))
    if dup or dup_sql != "0":
        problems.append(f"Quartz fires run twice: {list(dup.items())[:3]} (SQL: {dup_sql})")
    nodes = sorted({r["node"] for r in runs})
    per_node = {n: sum(1 for r in runs if r["node"] == n) for n in nodes}
    kill = killed_at[0] if killed_at else None
    for job in jobs:
        step = every_seconds(job.get("cron") or "")
        if not step:
            continue
        mine = sorted(datetime.datetime.fromisoformat(r["scheduledFireTime"].replace("Z", "+00:00")) for r in runs
                      if r["group"] == job["group"] and r["name"] == job["name"])
        if len(mine) < 2:
            lines.append(f"quartz:    {job['group']}/{job['name']} every {step} s: {len(mine)} runs")
            continue
        missing, t = [], mine[0]
        have = set(mine)
        while t < mine[-1]:
            if t not in have:
                missing.append(t)
            t += datetime.timedelta(seconds=step)
        by_node = {n: sum(1 for r in runs if r["group"] == job["group"] and r["name"] == job["name"] and r["node"] == n) for n in nodes}
        outside = [m for m in missing if not (kill and kill - datetime.timedelta(seconds=step) <= m <= kill + datetime.timedelta(seconds=90))]
        lines.append(f"quartz:    {job['group']}/{job['name']} every {step} s: {len(mine)} fires run from {mine[0]:%H:%M:%S} to {mine[-1]:%H:%M:%S}, "
                     f"by node {list(by_node.values())}, {len(missing)} fires without a run ({len(missing) - len(outside)} in the 90 s after the kill)")
        if outside:
            problems.append(f"{job['group']}/{job['name']}: {len(outside)} fires without a run away from the kill: {[m.strftime('%H:%M:%S') for m in outside[:5]]}")
    lines.append(f"quartz:    {len(runs)} runs recorded on {len(nodes)} nodes {list(per_node.values())}, {len(dup)} fires run twice, "
                 f"{skipped} second attempts at a fire refused by job_run")
    if len(nodes) < 2:  # not wrong (each fire ran once), but then this run did not show the cluster sharing the work
        lines.append(f"quartz:    note: every run was on one node ({nodes})")
    stop.set()
    return lines, problems


if __name__ == "__main__":
    main()
