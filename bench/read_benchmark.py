#!/usr/bin/env python3
"""Read benchmark on a year of history (bench/seed-history.sh, bench/read-benchmark.sh). Standard library only.

place-open  places open orders through POST /api/orders (due in the next days, for customers of the history) and pays
            the deposit of most, so their processes run to the kitchen's tasks: what the running shop has open.
run         measures every staff screen and read API over HTTP with varied parameters taken from the database
            (existing numbers, phones, names, days): p50/p95/p99 per endpoint and PASS/FAIL against --target ms p95.
Staff calls are the manager over HTTP Basic with a cookie jar (the session the first call opens); the tracking page
is the customer's, without login."""
import argparse, re, base64, concurrent.futures, datetime, http.cookiejar, json, random, subprocess, sys, threading, time
import urllib.error, urllib.parse, urllib.request

local = threading.local()


class Client:
    def __init__(self, base, user=None):
        self.base = base
        self.auth = None if user is None else "Basic " + base64.b64encode(f"{user}:demo".encode()).decode()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def call(self, method, path, body=None, accept="application/json"):
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method)
        if self.auth:
            req.add_header("Authorization", self.auth)
        req.add_header("Accept", accept)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with self.opener.open(req, timeout=60) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()


def staff(args):
    if not hasattr(local, "staff"):
        local.staff = Client(f"http://127.0.0.1:{args.port}", "manager")
    return local.staff


def customer(args):
    if not hasattr(local, "customer"):
        local.customer = Client(f"http://127.0.0.1:{args.port}")
    return local.customer


def sql(args, query):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", args.db, "-At", "-F", "\t", "-c", query],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def place_open(args):
    rng = random.Random(7)
    phones = [r[0] for r in sql(args, "select phone from customer tablesample system (2) limit 3000")] or ["13900000000"]
    flavors = ["CHOCOLATE", "STRAWBERRY", "MANGO", "MATCHA", "VANILLA", "TIRAMISU", "BLACK_FOREST", "RED_VELVET", "TARO", "FRUIT"]
    today = datetime.date.today()
    days = [(today + datetime.timedelta(days=d)).isoformat() for d in range(1, 6)]

    # a busy week ahead, as a manager prepares it: stock delivered and extra people at every station (the demo store's
    # own staff bakes a few dozen cakes a day; the history has thousands)
    manager = staff(args)
    code, items = manager.call("GET", "/api/inventory/items?store=SH01")
    for item in json.loads(items) if code == 200 else []:
        manager.call("POST", "/api/inventory/adjustments?store=SH01",
                     {"itemCode": item["code"], "quantity": 200000, "reason": "benchmark: delivery for a busy week"})
    for station in ["BAKE", "DECORATE", "PACK"]:
        code, r = manager.call("POST", "/api/capacity/adjustments?store=SH01",
                               {"station": station, "from": f"{today.isoformat()}T00:00:00", "to": f"{days[-1]}T23:00:00",
                                "extraStaff": 40, "reason": "benchmark: a busy week"})
        if code != 201:
            print(f"capacity adjustment {station}: HTTP {code} {r[:200]}")

    def one(i):
        delivery = i % 4 == 0
        body = {"channel": rng.choice(["PHONE", "WALK_IN", "WECHAT", "MINI_PROGRAM"]),
                "customer": {"name": "老顾客", "phone": rng.choice(phones)},
                "items": [{"sizeInches": rng.choice([6, 8, 8, 10]), "flavor": rng.choice(flavors),
                           "inscription": rng.choice(["Happy Birthday", "Love you", None]), "quantity": 1, "addOns": ["CANDLES"]}],
                "fulfillment": {"type": "DELIVERY" if delivery else "PICKUP", "dueAt": f"{rng.choice(days)}T{10 + rng.randrange(10):02d}:00:00",
                                "address": "静安区南京西路1266号" if delivery else None}}
        code, r = staff(args).call("POST", "/api/orders", body)
        if code not in (200, 201):
            return f"place {code}"
        placed = json.loads(r)
        if placed.get("depositFen") and rng.random() < 0.85:
            code, _ = staff(args).call("POST", f"/api/orders/{placed['orderNumber']}/payments",
                                       {"amountFen": placed["depositFen"], "method": "ONLINE"})
            if code != 201:
                return f"pay {code}"
        return None

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        results = list(pool.map(one, range(args.open)))
    failed = [r for r in results if r]
    print(f"open orders: {args.open - len(failed)} placed, {len(failed)} refused or failed"
          + (f" (e.g. {sorted(set(failed))[:5]})" if failed else ""))


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] * 1000


def samples(args):
    """Parameters as a clerk would type them, drawn from what is in the database."""
    rng = random.Random(11)
    numbers = [r for r in sql(args, """select o.number, c.phone, c.name from cake_order o tablesample system (1)
                                        join customer c on c.id = o.customer_id limit 2000""")]
    open_numbers = [r for r in sql(args, """select o.number, c.phone from cake_order o join customer c on c.id = o.customer_id
                                             where o.status not in ('COMPLETED', 'CANCELLED') limit 2000""")]
    # customers with many orders as well as ordinary ones: the regulars are the heavy case of "customer with history"
    regulars = [r[0] for r in sql(args, "select phone from customer order by completed_orders desc limit 50")]
    days = [r[0] for r in sql(args, "select distinct (due_at at time zone 'Asia/Shanghai')::date from cake_order order by 1")]
    names = sorted({n for _, _, n in numbers})
    return rng, numbers, open_numbers, regulars, days, names


def run(args):
    rng, numbers, open_numbers, regulars, days, names = samples(args)
    if not numbers or not days:
        sys.exit("no orders in the database: run bench/seed-history.sh first")
    peak = [d for d in days if d[5:] in ("02-14", "12-24", "12-25")] or days
    phones = [p for _, p, _ in numbers] + regulars
    q = urllib.parse.quote
    html = "text/html"
    stations = ["BAKE", "DECORATE", "PACK"]
    endpoints = [
        ("order board, a day (page)", html, lambda: f"/orders/board?store={rng.choice(['SH01', 'SH02'])}&from={rng.choice(days)}"),
        ("order board, a peak day (page)", html, lambda: f"/orders/board?store=SH01&from={rng.choice(peak)}"),
        ("order board, today (page)", html, lambda: "/orders/board?store=SH01"),
        ("order list (page)", html, lambda: f"/orders?page={rng.randrange(3)}"),
        ("search by number (API)", None, lambda: f"/api/orders?q={q(rng.choice(numbers)[0])}"),
        ("search by phone (API)", None, lambda: f"/api/orders?q={rng.choice(phones)}"),
        ("search by phone, last 4 (API)", None, lambda: f"/api/orders?q={rng.choice(phones)[-4:]}"),
        ("search by name (API)", None, lambda: f"/api/orders?q={q(rng.choice(names))}"),
        ("search by name (page)", html, lambda: f"/orders?q={q(rng.choice(names))}"),
        ("orders of a day (API)", None, lambda: (lambda d: f"/api/orders?from={d}&to={d}")(rng.choice(days))),
        ("customer lookup + history (order entry)", html, lambda: f"/orders/new/customer?phone={rng.choice(phones)}"),
        ("customer lookup, regulars (order entry)", html, lambda: f"/orders/new/customer?phone={rng.choice(regulars or phones)}"),
        ("customer profile (API)", None, lambda: f"/api/customers/{rng.choice(phones)}"),
        ("kitchen queue (API)", None, lambda: f"/api/kitchen/queue?station={rng.choice(stations)}"),
        ("kitchen queue (page)", html, lambda: f"/kitchen/queue?station={rng.choice(stations)}"),
        ("kitchen display (page)", html, lambda: f"/kitchen/display?station={rng.choice(stations)}&all=true"),
        ("alerts (API)", None, lambda: f"/api/alerts?status={rng.choice(['OPEN', 'RESOLVED', ''])}"),
        ("alerts of an order (API)", None, lambda: f"/api/alerts?orderNumber={q(rng.choice(numbers)[0])}"),
        ("alerts (page)", html, lambda: f"/alerts?status={rng.choice(['UNRESOLVED', 'ALL'])}"),
        ("capacity calendar (API)", None, lambda: f"/api/capacity?store=SH01&date={rng.choice(days[-30:])}"),
        ("capacity calendar (page)", html, lambda: f"/kitchen/capacity?date={rng.choice(days[-30:])}"),
        ("order detail (API)", None, lambda: f"/api/orders/{q(rng.choice(numbers)[0])}"),
        ("order detail (page)", html, lambda: f"/orders/{q(rng.choice(numbers + open_numbers)[0])}"),
        ("tracking page (customer)", "customer", lambda: (lambda n: f"/track/{q(n[0])}?phone={n[1][-4:]}")(rng.choice(numbers + open_numbers))),
    ]
    print(f"samples: {len(numbers)} orders, {len(open_numbers)} open, {len(days)} days, {len(names)} names; "
          f"{args.requests} requests per endpoint over {args.clients} clients, after {args.warmup_rounds} warm-up rounds over every endpoint and "
          f"{args.warmup} warm-up calls of each right before it")
    if args.only:
        endpoints = [e for e in endpoints if re.search(args.only, e[0])]
    rows, failed = [], 0

    def caller(kind, path):
        def one(_):
            p = path()
            c = customer(args) if kind == "customer" else staff(args)
            t0 = time.perf_counter()
            code, body = c.call("GET", p, accept="text/html" if kind in (html, "customer") else "application/json")
            return time.perf_counter() - t0, code, p
        return one

    # An app that has served a shop's morning has compiled what every page shares (templates, entity loading, security):
    # measuring the first endpoints right after the start measured the JIT instead (the board, measured first, took
    # twice as long then as after a round of the other pages). So the warm-up rounds call every endpoint first; the
    # p95 of the first round is printed as well, for what the first minutes after a start look like.
    first_round = {}
    with concurrent.futures.ThreadPoolExecutor(args.clients) as pool:
        for r in range(args.warmup_rounds):
            for name, kind, path in endpoints:
                lat = [x[0] for x in pool.map(caller(kind, path), range(args.warmup))]
                if r == 0:
                    first_round[name] = pct(lat, 95)
    for name, kind, path in endpoints:
        one = caller(kind, path)
        with concurrent.futures.ThreadPoolExecutor(args.clients) as pool:
            list(pool.map(one, range(args.warmup)))
            results = list(pool.map(one, range(args.requests)))
        lat = [r[0] for r in results]
        errors = [(r[1], r[2]) for r in results if r[1] >= 400 and not (r[1] == 404 and "/api/customers/" in r[2])]
        p95 = pct(lat, 95)
        ok = p95 <= args.target and not errors
        failed += not ok
        rows.append((name, pct(lat, 50), p95, pct(lat, 99), max(lat) * 1000, len(errors), "PASS" if ok else "FAIL", first_round.get(name)))
        print(f"  {name}: p95 {p95:.1f} ms" + (f", {len(errors)} errors, e.g. {errors[:3]}" if errors else ""), flush=True)
    print(f"\n| screen / API | p50 ms | p95 ms | p99 ms | max ms | errors | p95 ≤ {args.target:g} ms | p95 of the first warm-up round |")
    print("|---|---:|---:|---:|---:|---:|---|---:|")
    for r in rows:
        first = "—" if r[7] is None else f"{r[7]:.1f}"
        print(f"| {r[0]} | {r[1]:.1f} | {r[2]:.1f} | {r[3]:.1f} | {r[4]:.0f} | {r[5]} | {r[6]} | {first} |")
    print(f"\n{len(rows) - failed} of {len(rows)} pass")
    return 1 if failed else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["place-open", "run"])
    ap.add_argument("--port", type=int, default=18190)
    ap.add_argument("--db", default="cakeflow_history")
    ap.add_argument("--open", type=int, default=1500)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=40, help="calls of an endpoint right before it is measured (and per warm-up round)")
    ap.add_argument("--warmup-rounds", type=int, default=2, help="rounds over every endpoint before any is measured")
    ap.add_argument("--clients", type=int, default=2)
    ap.add_argument("--target", type=float, default=50.0, help="p95 limit in ms")
    ap.add_argument("--only", help="measure only the endpoints whose name matches this regular expression (e.g. 'page')")
    args = ap.parse_args()
    if args.mode == "place-open":
        place_open(args)
    else:
        sys.exit(run(args))


if __name__ == "__main__":
    main()
