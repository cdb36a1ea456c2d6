#!/usr/bin/env python3
"""kill -9 (issue 15, point 6), stdlib only; started by bench/kill-test.sh (after the build).

One CakeFlow node on a fresh PostgreSQL database, mail to a recording SMTP server in this script (so what was sent
survives the node), the outbox every 2 s with a 10 s lease. Then:
1. intake: --orders orders from --clients channel clients (API key, an Idempotency-Key each); once a third is
   acknowledged the node is SIGKILLed and started again; clients retry what failed with the same key until it answers;
2. lifecycle: every acknowledged order paid (deposit, an Idempotency-Key per order) and its tasks completed, 8 clients;
   once a third of the orders are done the node is SIGKILLed again and restarted; clients retry, re-reading the tasks;
3. once the outbox is empty the node is stopped and the database checked: every acknowledged order exists exactly
   once under its key and number, with exactly one cakeOrder process, running or finished (all finished: completed);
   every acknowledged payment stored, none twice; every acknowledged task completion in history, no task completed
   twice; every notification delivered, a second delivery only for a row whose attempt the kill interrupted.
Prints the figures and PASS or FAIL (exit 1)."""
import argparse, os, random, sys, threading, time, uuid
from concurrent.futures import ThreadPoolExecutor
sys.path.insert(0, os.path.dirname(__file__))
import faults
from benchmark import Client, lifecycle_of, order_body, prepare_shop, season
from faults import Node, Retrying, SmtpSink, psql


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=int(os.environ.get("PORT", 18181)))
    ap.add_argument("--db", default="cakeflow_kill_faults")
    ap.add_argument("--orders", type=int, default=300)
    ap.add_argument("--clients", type=int, default=8)
    args = ap.parse_args()
    run = uuid.uuid4().hex[:8]
    sink = SmtpSink()
    faults.fresh_database(args.db)
    node = Node("kill-test-app", args.port, args.db, [f"--spring.mail.host=127.0.0.1", f"--spring.mail.port={sink.port}",
                                                      "--cakeflow.notifications.sender.cron=0/2 * * * * ?", "--cakeflow.notifications.lease=PT10S"])
    if os.path.exists(node.log):
        os.remove(node.log)
    print(f"machine: {faults.machine()}")
    print(f"kill -9 test: {args.orders} orders, {args.clients} clients, node on port {args.port}, database {args.db}, SMTP sink :{sink.port}")
    print(f"start: healthy after {node.start():.1f} s")
    try:
        figures, problems = scenario(args, run, node, sink)
    finally:
        node.stop()
        sink.close()
    faults.report(figures, problems)


def kill_when(node, counter, threshold, label, killed, unit):
    """In the background: once counter() reaches threshold, SIGKILL the node and start it again; note how long it was away."""
    def watch():
        while counter() < threshold:
            time.sleep(0.05)
        t0 = time.time()
        node.kill9()
        at = counter()
        up = node.start()
        killed.append(f"{label}: SIGKILL after {at} {unit}, node healthy again {time.time() - t0:.1f} s later (start {up:.1f} s)")
    t = threading.Thread(target=watch, daemon=True)
    t.start()
    return t


def scenario(args, run, node, sink):
    manager = Client(node.base, "manager")
    days = season(30)
    prepare_shop(manager, args.orders, days[-1])
    code, key = manager.call("POST", "/api/admin/api-keys", {"name": f"kill-{run}", "store": "SH01", "scopes": ["orders:write", "orders:read"]})
    if code != 201:
        sys.exit(f"no API key: {code} {key}")
    rng = random.Random(6)
    phones = [f"137{rng.randrange(10 ** 8):08d}" for _ in range(max(1, args.orders // 3))]
    bodies = [order_body(rng, days, phones, i, email=f"kill{i}@cakeflow.example" if i % 2 == 0 else None) for i in range(args.orders)]
    local = threading.local()
    acked, errors, lock = {}, [], threading.Lock()
    killed = []

    def place(i):
        if not hasattr(local, "channel"):
            local.channel = Retrying([node.base], api_key=key["secret"])
        try:
            code, r = local.channel.call("POST", "/api/orders", bodies[i], headers={"Idempotency-Key": f"kill-{run}-{i}"})
        except TimeoutError as e:
            code, r = None, str(e)
        with lock:
            if code in (200, 201):
                acked[i] = r
            else:
                errors.append(f"intake {i}: {code} {str(r)[:120]}")

    watcher = kill_when(node, lambda: len(acked), args.orders // 3, "intake", killed, "orders acknowledged")
    t0 = time.time()
    with ThreadPoolExecutor(args.clients) as pool:
        list(pool.map(place, range(args.orders)))
    intake_s = time.time() - t0
    watcher.join()

    paid, completed, done, life_errors = {}, [], [], []

    def on_paid(n, r):
        with lock:
            paid.setdefault(n, []).append(r)

    def on_completed(n, t):
        with lock:
            completed.append((n, t["id"], t["taskDefinitionKey"]))

    def life(o):
        if not hasattr(local, "staff"):
            local.staff = Retrying([node.base], user="manager")
        try:
            ok, what = lifecycle_of(local.staff, o, pay_key=f"pay-{o['orderNumber']}", tolerant=True, on_paid=on_paid, on_completed=on_completed)
        except TimeoutError as e:
            ok, what = False, str(e)
        with lock:
            (done if ok else life_errors).append(o["orderNumber"] if ok else f"{o['orderNumber']}: {what}")

    watcher = kill_when(node, lambda: len(done), len(acked) // 3, "lifecycle", killed, "orders done")
    t0 = time.time()
    with ThreadPoolExecutor(args.clients) as pool:
        list(pool.map(life, list(acked.values())))
    life_s = time.time() - t0
    watcher.join()

    # the outbox: wait until nothing is waiting (a row an interrupted attempt left SENDING comes back after its lease)
    t0 = time.time()
    while time.time() - t0 < 120 and int(psql(args.db, "select count(*) from notification where status in ('PENDING', 'SENDING')")) > 0:
        time.sleep(1)
    outbox_s = time.time() - t0
    node.stop()

    problems = list(errors[:5]) + list(life_errors[:5])
    if errors:
        problems.insert(0, f"{len(errors)} intakes never acknowledged")
    if life_errors:
        problems.insert(0, f"{len(life_errors)} lifecycles not finished")
    keys = f"kill-{run}-%"
    rows = {r.split("|")[0]: r.split("|")[1:] for r in psql(args.db, f"""
        select o.idempotency_key, o.number, o.status,
               (select count(*) from act_hi_procinst p where p.business_key_ = o.number and p.proc_def_key_ = 'cakeOrder'),
               (select count(*) from act_hi_procinst p where p.business_key_ = o.number and p.proc_def_key_ = 'cakeOrder'
                  and (p.end_time_ is not null or exists (select 1 from act_ru_execution e where e.proc_inst_id_ = p.id_)))
        from cake_order o where o.idempotency_key like '{keys}'""").splitlines() if r}
    dup_keys = int(psql(args.db, f"select count(*) from (select idempotency_key from cake_order where idempotency_key like '{keys}' group by 1 having count(*) > 1) d"))
    missing = [i for i in acked if f"kill-{run}-{i}" not in rows]
    wrong_number = [i for i in acked if f"kill-{run}-{i}" in rows and rows[f"kill-{run}-{i}"][0] != acked[i]["orderNumber"]]
    no_process = [k for k, r in rows.items() if r[2] == "0"]
    two_processes = [k for k, r in rows.items() if int(r[2]) > 1]
    not_alive = [k for k, r in rows.items() if r[2] != r[3]]
    not_completed = [i for i in acked if rows.get(f"kill-{run}-{i}", [None, None])[1] != "COMPLETED"]
    for what, found in (("acknowledged orders missing", missing), ("acknowledged with another number than stored", wrong_number),
                        ("keys with two orders", range(dup_keys)), ("orders without a process", no_process),
                        ("orders with two processes", two_processes), ("processes neither running nor finished", not_alive),
                        ("acknowledged orders not COMPLETED", not_completed)):
        if found:
            problems.append(f"{len(found)} {what}: {list(found)[:5]}")

    numbers = "', '".join(o["orderNumber"] for o in acked.values())
    stored = {}
    for r in psql(args.db, f"""select o.number, p.id, p.amount_fen from payment p join cake_order o on o.id = p.order_id
                                where p.kind = 'PAYMENT' and o.number in ('{numbers}')""").splitlines():
        n, pid, amount = r.split("|")
        stored.setdefault(n, []).append((int(pid), int(amount)))
    acked_payments = sum(len(v) for v in paid.values())
    lost = [n for n, answers in paid.items() if any(a["paymentId"] not in [p for p, _ in stored.get(n, [])] for a in answers)]
    doubled = [n for n, v in stored.items() if len(v) > 1]
    replayed = sum(1 for answers in paid.values() for a in answers if a.get("replayed"))
    by_number = {o["orderNumber"]: o for o in acked.values()}
    wrong_amount = [n for n, v in stored.items() if sum(a for _, a in v) != by_number[n]["depositFen"]]
    for what, found in (("acknowledged payments not stored", lost), ("orders paid twice", doubled), ("orders paid another amount than the deposit", wrong_amount)):
        if found:
            problems.append(f"{len(found)} {what}: {found[:5]}")

    history = {}
    for r in psql(args.db, f"""select t.id_, p.business_key_, t.task_def_key_ from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_
                                where t.delete_reason_ = 'completed' and p.business_key_ in ('{numbers}')""").splitlines():
        tid, n, task = r.split("|")
        history.setdefault((n, task), []).append(tid)
    twice = [k for k, v in history.items() if len(v) > 1]
    completed_ids = {tid for v in history.values() for tid in v}
    acked_not_in_history = [c for c in completed if c[1] not in completed_ids]
    if twice:
        problems.append(f"{len(twice)} tasks completed twice: {twice[:5]}")
    if acked_not_in_history:
        problems.append(f"{len(acked_not_in_history)} acknowledged completions not in history: {acked_not_in_history[:5]}")

    notes, note_problems = faults.notification_check(args.db, sink, [node.log])
    problems += note_problems
    figures = [*killed,
               f"intake:    {args.orders} sent, {len(acked)} acknowledged in {intake_s:.1f} s; found {len(rows)} orders under the run's keys, "
               f"{len(missing)} acknowledged missing, {dup_keys} keys twice; processes: {len(no_process)} missing, {len(two_processes)} duplicate, "
               f"{len(not_alive)} neither running nor finished",
               f"lifecycle: {len(done)} of {len(acked)} orders completed in {life_s:.1f} s; {len(completed)} task completions acknowledged, "
               f"{sum(len(v) for v in history.values())} in history, {len(twice)} tasks completed twice, {len(acked_not_in_history)} acknowledged but missing",
               f"payments:  {acked_payments} acknowledged ({replayed} of them replays of a key), {sum(len(v) for v in stored.values())} stored, "
               f"{len(lost)} lost, {len(doubled)} orders paid twice",
               f"outbox:    {notes['rows']} notifications {notes['by_status']}, drained {outbox_s:.0f} s after the lifecycle; delivered {notes['mail_delivered']} mails + "
               f"{notes['sms_delivered']} texts; {notes['missing']} missing, {notes['duplicates']} delivered twice "
               f"({notes['interrupted_resends']} attempts interrupted by a kill and sent again)",
               f"clients retried {Retrying.retried} calls (refused or cut off by the kills, or 503)"]
    return figures, problems


if __name__ == "__main__":
    main()
