#!/usr/bin/env python3
"""Direct Line traffic against a running IntegrationBot in Local Direct Line mode (loopback, anonymous).

  soak  SECONDS [WORKERS]   what Web Chat does: token, start, post questions, poll activities (watermark), refresh
                            the token now and then; each worker opens a new conversation every ~60 s (under the
                            default token rate limit of 10 a minute per client). Every 5th post carries a 200 KB
                            value (hostile padding), so the transcript budgets are exercised too.
  flood MB [CONVERSATIONS]  posts MB megabytes of 256 KB activities spread over CONVERSATIONS conversations as fast as
                            the bot answers, with concurrent GET activities?watermark=0, then prints RSS growth of PID.

Usage: python3 scripts/directline-traffic.py BASE_URL soak 600 [4]
       python3 scripts/directline-traffic.py BASE_URL flood 375 [10] --pid PID
Prints one summary line; exit 1 on any 5xx or connection failure.
"""
import concurrent.futures as cf, http.client, json, sys, threading, time, urllib.parse

BASE = sys.argv[1]
U = urllib.parse.urlparse(BASE)
QUESTIONS = ["Wo ist Integration in Stuttgart angebunden?", "Und in Frankfurt?", "Vergleiche die Präambel von München und Stuttgart",
             "Welche Städte haben eine Flüchtlingsberatung?", "Zeig mir alles zu Münster", "Welche Aspekte gibt es?"]
stats = {"requests": 0, "errors": 0, "status": {}}
lock = threading.Lock()

def call(method, path, body=None, token=None, timeout=30):
    c = http.client.HTTPConnection(U.hostname, U.port, timeout=timeout)
    headers = {"Content-Type": "application/json"}
    if token: headers["Authorization"] = "Bearer " + token
    try:
        c.request(method, path, body=json.dumps(body).encode() if isinstance(body, (dict, list)) else body, headers=headers)
        r = c.getresponse(); data = r.read()
        with lock:
            stats["requests"] += 1; stats["status"][r.status] = stats["status"].get(r.status, 0) + 1
            if r.status >= 500: stats["errors"] += 1
        return r.status, data
    except Exception:  # noqa: BLE001 — a reset or timeout is itself a finding
        with lock: stats["requests"] += 1; stats["errors"] += 1
        return 0, b""
    finally:
        c.close()

def open_conversation():
    status, data = call("POST", "/api/directline/token", {})
    if status != 200: return None
    token = json.loads(data)
    call("POST", "/v3/directline/conversations", {"locale": "de-DE"}, token["token"])
    return token["conversationId"], token["token"]

def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))

def soak(seconds, workers):
    end = time.time() + seconds
    def worker(n):
        while time.time() < end:
            opened = open_conversation()
            if opened is None: time.sleep(5); continue
            cid, token = opened; started = time.time(); watermark = ""; i = 0
            while time.time() < min(end, started + 60):
                activity = {"type": "message", "from": {"id": "soak"}, "text": QUESTIONS[(n + i) % len(QUESTIONS)], "channelData": {"clientActivityID": f"s{n}-{i}"}}
                if i % 5 == 4: activity["value"] = "x" * 200_000
                call("POST", f"/v3/directline/conversations/{cid}/activities", activity, token)
                status, data = call("GET", f"/v3/directline/conversations/{cid}/activities?watermark={watermark}", None, token)
                if status == 200: watermark = json.loads(data).get("watermark", watermark)
                if i % 20 == 19:
                    status, data = call("POST", "/v3/directline/tokens/refresh", None, token)
                    if status == 200: token = json.loads(data)["token"]
                i += 1; time.sleep(0.2)
    with cf.ThreadPoolExecutor(workers) as pool: list(pool.map(worker, range(workers)))
    print(f"directline soak: {stats['requests']} requests, statuses {dict(sorted(stats['status'].items()))}, 5xx/connection errors {stats['errors']}")

def flood(megabytes, conversations, pid):
    before = rss_kb(pid); peak = before; stop = threading.Event()
    def sample():
        nonlocal peak
        while not stop.is_set(): peak = max(peak, rss_kb(pid)); time.sleep(0.2)
    threading.Thread(target=sample, daemon=True).start()
    opened = [c for c in (open_conversation() for _ in range(conversations)) if c]
    body = {"type": "message", "from": {"id": "flood"}, "text": "y" * 120_000, "value": "z" * 130_000}
    size = len(json.dumps(body)); posts = megabytes * 1024 * 1024 // size
    def post(k):
        cid, token = opened[k % len(opened)]
        call("POST", f"/v3/directline/conversations/{cid}/activities", body, token, timeout=60)
        if k % 10 == 0: call("GET", f"/v3/directline/conversations/{cid}/activities?watermark=0", None, token, timeout=60)
    with cf.ThreadPoolExecutor(8) as pool: list(pool.map(post, range(posts)))
    time.sleep(2); stop.set(); after = rss_kb(pid)
    print(f"directline flood: {posts} posts x {size // 1024} KB = {posts * size // (1024 * 1024)} MB over {len(opened)} conversations; "
          f"RSS before {before // 1024} MiB, peak {peak // 1024} MiB, after {after // 1024} MiB, growth to peak {(peak - before) // 1024} MiB; "
          f"statuses {dict(sorted(stats['status'].items()))}, 5xx/connection errors {stats['errors']}")
    return (peak - before) // 1024

if __name__ == "__main__":
    mode = sys.argv[2]
    if mode == "soak":
        soak(int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[4].isdigit() else 4)
    else:
        pid = int(sys.argv[sys.argv.index("--pid") + 1])
        growth = flood(int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[4].isdigit() else 10, pid)
        if growth > 300: print("FAIL: RSS grew by more than 300 MiB"); sys.exit(1)
    sys.exit(1 if stats["errors"] else 0)
