#!/usr/bin/env python3
"""Timers at scale (issue 15, point 4), stdlib only: against a running CakeFlow started by bench/timers-benchmark.sh.

1. places N open orders through POST /api/orders (API key, 8 clients): half platform orders (no deposit: stock reserved,
   a baker matched, a bake task with its overdue timer), half phone orders waiting for their deposit (a reminder and a
   cancel timer each), all due within the next hours, so every one is a candidate of the at-risk scan;
2. then watches for --minutes with nothing else happening: every 10 s the job backlog (timer jobs due and not yet done),
   the outbox backlog (notifications waiting), the at-risk scans (from the log) and the CPU the app and PostgreSQL used.
The app runs with short timers (deposit reminder 1 min, bake overdue 2 min), so thousands of timers come due in the
window, and a 1-minute at-risk interval."""
import argparse, datetime, json, os, random, subprocess, sys, threading, time, uuid
from zoneinfo import ZoneInfo
sys.path.insert(0, os.path.dirname(__file__))
from benchmark import Client, cpu_seconds
from concurrent.futures import ThreadPoolExecutor


def psql(db, sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-At", "-d", db, "-c", sql], capture_output=True, text=True).stdout.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=18093)
    ap.add_argument("--db", default="cakeflow_timers")
    ap.add_argument("--orders", type=int, default=10000)
    ap.add_argument("--minutes", type=int, default=10)
    ap.add_argument("--zone", default="Asia/Shanghai", help="the store's time zone: due times are its local times")
    ap.add_argument("--app-pid", type=int, required=True)
    ap.add_argument("--log", required=True)
    args = ap.parse_args()
    base = f"http://127.0.0.1:{args.port}"
    manager = Client(base, "manager")
    code, items = manager.call("GET", "/api/inventory/items")
    for item in items:
        manager.call("POST", "/api/inventory/adjustments", {"itemCode": item["code"], "quantity": 10 ** 9, "reason": "timers benchmark"})
    now = datetime.datetime.now(ZoneInfo(args.zone)).replace(tzinfo=None)  # the store's wall clock, as the API reads due times
    for station in ("BAKE", "DECORATE", "PACK") * 10:  # 500 temporary people per station (50 per adjustment, the API's limit)
        code, r = manager.call("POST", "/api/capacity/adjustments", {"station": station, "from": now.strftime("%Y-%m-%dT%H:00:00"),
                                                                     "to": (now + datetime.timedelta(days=3)).strftime("%Y-%m-%dT23:00:00"), "extraStaff": 50, "reason": "timers"})
        if code != 201:
            sys.exit(f"could not add capacity: {code} {r}")
    code, key = manager.call("POST", "/api/admin/api-keys", {"name": f"timers-{uuid.uuid4().hex[:6]}", "store": "SH01", "scopes": ["orders:write"]})
    if code != 201:
        sys.exit(f"no API key: {code} {key}")
    local = threading.local()
    def channel_client():
        if not hasattr(local, "c"):
            local.c = Client(base, None, api_key=key["secret"])
        return local.c
    rng = random.Random(15)
    # due tomorrow or the day after, 10:00-20:00 in the store's zone (past every lead time), all inside the benchmark's
    # 3-day at-risk lookahead: every open order in the kitchen is checked by every scan
    def due():
        day = now.date() + datetime.timedelta(days=1 + rng.randrange(2))
        return f"{day.isoformat()}T{10 + rng.randrange(11):02d}:00:00"
    # 7 of 10 from a platform (paid: straight into the kitchen, with overdue timers), 3 by phone (deposit reminders)
    bodies = [{"channel": "MEITUAN" if i % 10 < 7 else "PHONE", "customer": {"name": "定时", "phone": f"138{rng.randrange(10 ** 8):08d}"},
               "items": [{"sizeInches": 6, "flavor": "CHOCOLATE", "inscription": "Happy Birthday", "quantity": 1}],
               "fulfillment": {"type": "PICKUP", "dueAt": due()}} for i in range(args.orders)]
    placed, failed = [0], []
    def place(i):
        for _ in range(20):
            code, r = channel_client().call("POST", "/api/orders", bodies[i], headers={"Idempotency-Key": f"timers-{i}"})
            if code in (200, 201):
                placed[0] += 1
                return
            if code != 503:
                failed.append(f"{code} {r.get('errors') if isinstance(r, dict) else str(r)[:120]}")
                return
            time.sleep(1)
    t0 = time.time()
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(place, range(args.orders)))
    print(f"placed {placed[0]} open orders in {time.time() - t0:.0f} s ({len(failed)} failed{': ' + failed[0] if failed else ''})")
    print(f"open orders by status: {psql(args.db, 'select status, count(*) from cake_order group by status order by 1')}".replace("\n", ", "))
    print(f"jobs in act_ru_job: {psql(args.db, 'select count(*) from act_ru_job')}; timer jobs: {psql(args.db, chr(39).join(['select count(*) from act_ru_job where type_ = ', 'timer', '']))}")
    print(f"{'minute':>6} {'due jobs':>9} {'jobs':>7} {'outbox':>7} {'at-risk alerts':>15} {'app CPU':>8} {'PG CPU':>7}")
    app0, db0, start = cpu_seconds(args.app_pid), cpu_seconds(None), time.time()
    backlog_max = 0
    for tick in range(args.minutes * 6):
        time.sleep(10)
        due_jobs = int(psql(args.db, "select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1 and duedate_ <= now()") or 0)
        jobs = psql(args.db, "select count(*) from act_ru_job")
        outbox = psql(args.db, "select count(*) from notification where status in ('PENDING', 'SENDING')")
        at_risk = psql(args.db, "select count(*) from alert where type = 'AT_RISK'")
        app, db = cpu_seconds(args.app_pid) - app0, cpu_seconds(None) - db0
        backlog_max = max(backlog_max, due_jobs)
        elapsed = time.time() - start
        print(f"{elapsed / 60:6.1f} {due_jobs:>9} {jobs:>7} {outbox:>7} {at_risk:>15} {100 * app / elapsed:7.0f}% {100 * db / elapsed:6.0f}%")
    scans = [l for l in open(args.log, errors="replace") if "at-risk scan of store" in l]
    print(f"at-risk scans logged: {len(scans)}; last: {scans[-1].strip()[-160:] if scans else '-'}")
    print(f"largest backlog of due jobs: {backlog_max}; outbox sent: {psql(args.db, chr(39).join(['select count(*) from notification where status = ', 'SENT', '']))}")
    elapsed = time.time() - start
    print(f"CPU over {elapsed / 60:.0f} min with {placed[0]} open orders: app {100 * (cpu_seconds(args.app_pid) - app0) / elapsed:.0f}% of one core, "
          f"PostgreSQL {100 * (cpu_seconds(None) - db0) / elapsed:.0f}%")


if __name__ == "__main__":
    main()
