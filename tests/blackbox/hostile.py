#!/usr/bin/env python3
"""Hostile-request battery against a running IntegrationBot (NOT part of `dotnet test`).

Anonymous instance (default http://127.0.0.1:4400): malformed bodies, wrong media types, oversized bodies,
missing conversation/serviceUrl, odd activity types, invokes, hostile text (100 KB, control chars, RTL overrides,
zero-width, emoji, `${…}`, markdown/HTML), odd Action.Submit values, a 200-request concurrent burst, GET /, /healthz,
/readyz, Direct Line endpoints with bad tokens; and issue 13's attacks a loopback client can make (trimmed echo,
paged GET, Origin, foreign serviceUrl, bad chunking, slow and truncated bodies, token refresh, token burst vs a live
conversation, X-Forwarded-For rotation), counted as tried/refused. Authenticated instance (--auth URL, started with
--MicrosoftAppId 11111111-1111-1111-1111-111111111111 --MicrosoftAppPassword x, no internet): forged, expired,
wrong-audience, unsigned and malformed JWTs must be refused with 401 within 15 s.
Asserts: no 5xx, no request slower than 15 s, no connection failure, and the seed question still answered afterwards.

Usage: python3 tests/blackbox/hostile.py [--anon http://127.0.0.1:4400] [--auth http://127.0.0.1:4402]
"""
import base64, concurrent.futures as cf, hmac, hashlib, http.client, json, sys, time, urllib.parse, uuid

ARGS = dict(zip(sys.argv[1::2], sys.argv[2::2]))
ANON = ARGS.get("--anon", "http://127.0.0.1:4400")
AUTH = ARGS.get("--auth")
LIMIT_S = 15
failures, count = [], 0

def raw(base, method, path, body=None, headers=None, timeout=LIMIT_S + 5):
    u = urllib.parse.urlparse(base)
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
    t0 = time.perf_counter()
    try:
        c.request(method, path, body=body, headers=headers or {})
        r = c.getresponse(); data = r.read()
        return r.status, data, time.perf_counter() - t0
    finally:
        c.close()

def check(name, base, method, path, body=None, headers=None, expect=None):
    global count
    count += 1
    try:
        status, data, dt = raw(base, method, path, body, headers)
    except Exception as e:  # noqa: BLE001 — a reset or timeout is itself the finding
        failures.append(f"{name}: {type(e).__name__} {e}"); return None, None
    if status >= 500: failures.append(f"{name}: HTTP {status} {data[:200]!r}")
    if dt > LIMIT_S: failures.append(f"{name}: took {dt:.1f}s")
    if expect and status not in expect: failures.append(f"{name}: HTTP {status}, expected {expect} {data[:120]!r}")
    return status, data

def act(text=None, **extra):
    conv = "hostile-" + uuid.uuid4().hex[:10]
    a = {"type": "message", "id": conv, "channelId": "emulator", "serviceUrl": "http://127.0.0.1:9/",
         "from": {"id": "u"}, "recipient": {"id": "bot"}, "conversation": {"id": conv}, "deliveryMode": "expectReplies", "locale": "de-DE"}
    if text is not None: a["text"] = text
    a.update(extra)
    return a

JSON = {"Content-Type": "application/json"}
def post(name, base, activity, headers=JSON, expect=None):
    body = activity if isinstance(activity, (bytes, str)) else json.dumps(activity)
    return check(name, base, "POST", "/api/messages", body.encode() if isinstance(body, str) else body, headers, expect)

def seed_ok(base, headers=JSON):
    status, data = post("seed", base, act("Wo ist Integration in Stuttgart angebunden?"), headers, expect=(200,))
    if status != 200: return False
    acts = json.loads(data).get("activities") or []
    ok = any(a.get("type") == "trace" and (a.get("value") or {}).get("cities") == ["Stuttgart"] for a in acts) \
        and any(a.get("type") == "message" and a.get("attachments") for a in acts)
    if not ok: failures.append("seed question not answered with a card and trace")
    return ok

def reply_ok(name, base, activity):
    status, data = post(name, base, activity)
    if status == 200 and data:
        try:
            acts = json.loads(data).get("activities") or []
        except ValueError:
            failures.append(f"{name}: 200 with non-JSON body"); return
        for a in acts:
            if a.get("type") == "message":
                t = a.get("text") or ""
                if not t.strip(): failures.append(f"{name}: empty reply text")
                if "${" in json.dumps(a.get("attachments") or []).replace("\\u0024", "$"):
                    failures.append(f"{name}: template expression in card")
                if "](http" in t or "<script" in t: failures.append(f"{name}: injection echoed: {t[:100]!r}")

def b64(o): return base64.urlsafe_b64encode(o if isinstance(o, bytes) else json.dumps(o).encode()).rstrip(b"=").decode()
def jwt(header, payload, key=b"secret"):
    head, body = b64(header), b64(payload)
    sig = b64(hmac.new(key, f"{head}.{body}".encode(), hashlib.sha256).digest())
    return f"{head}.{body}.{sig}"

def anonymous():
    base = ANON
    seed_ok(base)
    for path in ("/", "/healthz", "/readyz", "/api/messages", "/v3/directline/conversations", "/nope", "/../../etc/passwd"):
        check(f"GET {path}", base, "GET", path)
    post("empty body", base, b"")
    post("non-JSON", base, b"not json at all {")
    post("JSON null", base, b"null")
    post("JSON array", base, b"[1,2,3]")
    post("JSON string", base, b"\"hello\"")
    post("deep nesting", base, b"[" * 5000 + b"]" * 5000)
    post("huge body 2 MB", base, json.dumps(act("x" * 2_000_000)).encode(), expect=(413, 400))
    post("wrong content type", base, json.dumps(act("Hallo")), {"Content-Type": "text/plain"})
    post("form content type", base, "a=b", {"Content-Type": "application/x-www-form-urlencoded"})
    post("no content type", base, json.dumps(act("Hallo")), {})
    post("invalid utf-8", base, b'{"type":"message","text":"\xff\xfe"}')
    for drop in ("conversation", "serviceUrl", "from", "recipient", "channelId", "type", "id"):
        a = act("Hallo"); a.pop(drop)
        post(f"missing {drop}", base, a)
    post("conversation null", base, act("Hallo", conversation=None))
    post("conversation id empty", base, act("Hallo", conversation={"id": ""}))
    post("serviceUrl garbage", base, act("Hallo", serviceUrl="javascript:alert(1)"))
    post("serviceUrl remote", base, act("Hallo", serviceUrl="http://169.254.169.254/"))
    post("deliveryMode normal (no reply channel)", base, act("Hallo", deliveryMode="normal"))
    for t in ("conversationUpdate", "typing", "endOfConversation", "event", "installationUpdate", "messageReaction",
              "messageUpdate", "messageDelete", "handoff", "command", "", "💣", None):
        a = act(None); a["type"] = t
        if t == "conversationUpdate": a["membersAdded"] = [{"id": "u"}, {"id": "bot"}]
        post(f"type {t!r}", base, a)
    for name in ("adaptiveCard/action", "composeExtension/query", "task/fetch", "signin/verifyState", "fileConsent/invoke", "unknown/x", None):
        a = act(None); a["type"] = "invoke"; a["name"] = name; a["value"] = {"action": {"type": "Action.Execute", "verb": "x", "data": {"question": "Hilfe"}}}
        post(f"invoke {name}", base, a)
    texts = {
        "100 KB text": "Stuttgart " * 10_000,
        "control chars": "Wo ist \x00\x01\x07\x1b[31m Integration in Stuttgart\x7f angebunden?",
        "RTL override": "Wo ist Integration in \u202eTRAGTTUTS\u202c angebunden?",
        "zero-width": "Wo ist Inte\u200bgration in Stutt\u200dgart\ufeff angebunden?",
        "emoji": "🇩🇪 Präambel 🏙️ München 👍🏽👨‍👩‍👧",
        "template injection": "Anbindung in ${$root.title} und ${if(true,'x','y')} Köln",
        "template injection city": "Wo ist Integration in ${Stadt} angebunden?",
        "markdown link": "Präambel in [Entenhausen](https://evil.example/phish) und **fett**",
        "html": "<img src=x onerror=alert(1)><script>alert(1)</script> Anbindung Stuttgart",
        "lone surrogate-ish": "Stuttgart \udcff".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
        "only whitespace": " \t\n\r ",
        "empty": "",
        "newlines": "\n".join(["Präambel"] * 2000),
        "long word": "a" * 20_000,
        "sql": "'; DROP TABLE cities; --",
        "format string": "%s%s%s%n {0} {{}}",
        "unknown city markdown": "Präambel in *Köln*](http://x) ",
    }
    for name, text in texts.items():
        reply_ok(name, base, act(text))
    values = {"array": [1, 2, 3], "number": 42, "string": "Hilfe", "null": None, "bool": True,
              "nested": {"question": {"question": {"question": "Hilfe"}}}, "question number": {"question": 7},
              "question array": {"question": ["Hilfe", "Stuttgart"]}, "question empty": {"question": ""},
              "question huge": {"question": "Präambel " * 5000}, "msteams only": {"msteams": {"type": "messageBack"}},
              "question injection": {"question": "${$root} [x](http://e) <b>x</b>"}, "deep": json.loads("[" * 500 + "]" * 500)}
    for name, v in values.items():
        reply_ok(f"value {name}", base, act(None, value=v))
        reply_ok(f"value {name} + text", base, act("Stuttgart", value=v))
    post("text as number", base, act(12345))
    post("text as object", base, act({"a": 1}))
    post("entities odd", base, act("Hallo", entities=[{"type": "mention", "mentioned": None, "text": None}, 5, "x"]))
    post("teams mention odd", base, act("<at>IntegrationBot</at> <at>", channelId="msteams", entities=[{"type": "mention", "mentioned": {"id": "bot"}, "text": "<at>IntegrationBot</at>"}]))
    post("attachments odd", base, act("Hallo", attachments=[None, 1, {"contentType": None}]))
    post("locale odd", base, act("Hallo", locale="xx-" + "Y" * 500))
    post("channelData odd", base, act("Hallo", channelData={"tenant": {"id": None}, "x": [1] * 1000}))
    # concurrent burst (rate limiting may answer 429; it must never be 5xx or hang)
    body = json.dumps(act("Vergleiche die Präambel von München und Stuttgart")).encode()
    with cf.ThreadPoolExecutor(64) as pool:
        res = list(pool.map(lambda i: _burst(base, body), range(200)))
    statuses = {}
    for s in res: statuses[s] = statuses.get(s, 0) + 1
    print("burst statuses:", statuses)
    for s in statuses:
        if not isinstance(s, int) or s >= 500: failures.append(f"burst: {s} x{statuses[s]}")
    # the same burst spread over 200 conversations: the per-conversation bucket must not refuse any of them
    with cf.ThreadPoolExecutor(64) as pool:
        res = list(pool.map(lambda i: _burst(base, json.dumps(act("Präambel München")).encode()), range(200)))
    spread = {}
    for s in res: spread[s] = spread.get(s, 0) + 1
    print("burst over 200 conversations:", spread)
    if spread.get(200, 0) != 200: failures.append(f"burst over 200 conversations: {spread}")
    time.sleep(2)
    # Direct Line with bad tokens
    for tok in ("", "garbage", "Bearer", "a.b.c", jwt({"alg": "none"}, {"conv": "x"})):
        h = {"Authorization": f"Bearer {tok}", "Content-Type": "application/json"}
        check(f"DL start bad token {tok[:10]!r}", base, "POST", "/v3/directline/conversations", b"{}", h, expect=(401, 403, 400, 404))
        check(f"DL get bad token {tok[:10]!r}", base, "GET", "/v3/directline/conversations/abc/activities", None, h, expect=(401, 403, 400, 404))
        check(f"DL post bad token {tok[:10]!r}", base, "POST", "/v3/directline/conversations/abc/activities", json.dumps({"type": "message", "text": "x"}).encode(), h, expect=(401, 403, 400, 404))
        check(f"DL refresh bad token {tok[:10]!r}", base, "POST", "/v3/directline/tokens/refresh", b"", h, expect=(401, 403, 400, 404))
    check("DL no auth", base, "POST", "/v3/directline/conversations", b"{}", JSON, expect=(401, 403, 400))
    check("token endpoint", base, "POST", "/api/directline/token", b"{}", JSON)
    check("token endpoint junk", base, "POST", "/api/directline/token", b"\x00" * 100, {"Content-Type": "application/json"})
    time.sleep(1)
    if not seed_ok(base):
        time.sleep(10); seed_ok(base)

edge_tried, edge_refused = 0, 0

def attack(name, refused):
    """One attack of issue 13's list: counted, and a failure when it was not refused."""
    global edge_tried, edge_refused
    edge_tried += 1
    if refused: edge_refused += 1
    else: failures.append(f"attack not refused: {name}")
    print(f"attack {'refused' if refused else 'SUCCEEDED'}: {name}")

def socket_status(base, payload, trickle=None, timeout=30):
    """Raw HTTP over a socket (bad framing, slow bodies): the status line, or '' when the server just closed."""
    import socket
    u = urllib.parse.urlparse(base)
    with socket.create_connection((u.hostname, u.port), timeout=timeout) as sock:
        sock.sendall(payload)
        t0 = time.perf_counter()
        if trickle:
            try:
                while time.perf_counter() - t0 < 40:
                    sock.sendall(trickle); time.sleep(0.1)
            except OSError:
                pass
        try:
            return sock.recv(200).decode("latin-1").split("\r\n")[0], time.perf_counter() - t0
        except OSError:
            return "", time.perf_counter() - t0

def dl_open(base, headers=None):
    status, data, _ = raw(base, "POST", "/api/directline/token", b"{}", {**JSON, **(headers or {})})
    if status != 200: return None
    t = json.loads(data)
    raw(base, "POST", "/v3/directline/conversations", b"{}", {**JSON, "Authorization": "Bearer " + t["token"]})
    return t

def edges(base):
    """Issue 13's reproductions that a loopback client can run (remote-client ones are dotnet tests with a posed peer)."""
    live = dl_open(base)
    if live is None:
        failures.append("edges: no Direct Line token for a loopback client"); return
    auth = {**JSON, "Authorization": "Bearer " + live["token"]}
    cid = live["conversationId"]
    raw(base, "POST", f"/v3/directline/conversations/{cid}/activities", json.dumps({"type": "message", "text": "Wo ist Integration in Stuttgart angebunden?"}).encode(), auth)
    # memory: one 250 KB post is stored trimmed, GET activities is paged
    big = {"type": "message", "text": "y" * 120_000, "value": "z" * 120_000, "channelData": {"clientActivityID": "big", "junk": "j" * 5000}}
    raw(base, "POST", f"/v3/directline/conversations/{cid}/activities", json.dumps(big).encode(), auth)
    status, data, _ = raw(base, "GET", f"/v3/directline/conversations/{cid}/activities?watermark=0", None, auth)
    echo = [a for a in json.loads(data)["activities"] if a.get("from", {}).get("role") == "user" and a.get("channelData", {}).get("clientActivityID") == "big"]
    attack("echoed 250 KB post stored whole", bool(echo) and "value" not in echo[0] and len(echo[0].get("text", "")) <= 10_001 and "junk" not in echo[0]["channelData"])
    with cf.ThreadPoolExecutor(8) as pool:
        sizes = list(pool.map(lambda _: len(raw(base, "GET", f"/v3/directline/conversations/{cid}/activities?watermark=0", None, auth)[1]), range(8)))
    attack("8 concurrent GET watermark=0 of a large transcript", max(sizes) <= 600_000)
    # origin
    status, _, _ = raw(base, "POST", "/api/directline/token", b"{}", {**JSON, "Origin": "https://evil.example"})
    attack("token for a foreign Origin", status == 403)
    # anonymous mode: deliveryMode normal to a foreign serviceUrl
    status, _ = post("foreign serviceUrl normal", base, act("Hallo", serviceUrl="https://evil.example/", deliveryMode="normal"))
    attack("deliveryMode normal makes the bot POST to a foreign serviceUrl", status == 400)
    status, _ = post("foreign serviceUrl no deliveryMode", base, {k: v for k, v in act("Hallo", serviceUrl="http://198.51.100.7:3978/").items() if k != "deliveryMode"})
    attack("missing deliveryMode with a foreign serviceUrl", status == 400)
    # HTTP hygiene
    for path in ("/api/messages", f"/v3/directline/conversations/{cid}/activities"):
        line, _ = socket_status(base, (f"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer {live['token']}\r\n"
                                       "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nffffffffffffffffffff\r\n{}\r\n0\r\n\r\n").encode())
        attack(f"malformed chunk size on {path.split('/')[2]}", line.startswith("HTTP/1.1 4"))
    line, dt = socket_status(base, b"POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 200000\r\n\r\n", trickle=b" " * 30)
    print(f"slow body (300 B/s): {line!r} after {dt:.1f}s")
    attack("body at 300 B/s held indefinitely", line.startswith("HTTP/1.1 408") and dt < 20)
    line, dt = socket_status(base, b"POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"type\":")
    print(f"truncated body (server waits for the rest): {line!r} after {dt:.1f}s")
    attack("truncated body held or 5xx", not line.startswith("HTTP/1.1 5") and dt < 20)
    # token refresh gives a new token with a fresh expires_in
    status, data, _ = raw(base, "POST", "/v3/directline/tokens/refresh", b"", auth)
    attack("token never renewed/expiring", status == 200 and json.loads(data)["token"] != live["token"] and json.loads(data)["expires_in"] > 0)
    # eviction: a burst of token requests must not evict the live conversation; it is rate-limited (429)
    statuses = {}
    for _ in range(40):
        st = raw(base, "POST", "/api/directline/token", b"{}", JSON)[0]; statuses[st] = statuses.get(st, 0) + 1
    print("token burst statuses:", statuses)
    attack("token burst not rate-limited for a loopback client", statuses.get(429, 0) > 0)
    status, _, _ = raw(base, "POST", f"/v3/directline/conversations/{cid}/activities", json.dumps({"type": "message", "text": "Und in Frankfurt?"}).encode(), auth)
    attack("token burst evicts a live conversation", status == 200)
    # forwarded header from a loopback client without trusted proxies: no fresh bucket. The bucket is refilled in steps
    # (10 tokens a minute), and one step may fall between the burst above and this check, so send more requests than one
    # step holds: were the header trusted, each new address would get a full bucket and all would pass.
    rotated = [raw(base, "POST", "/api/directline/token", b"{}", {**JSON, "X-Forwarded-For": f"198.51.100.{77 + i}"})[0] for i in range(15)]
    attack("rotating X-Forwarded-For buys a fresh token bucket", 429 in rotated)
    print(f"issue-13 attacks: {edge_tried} tried, {edge_refused} refused")

def _burst(base, body):
    try:
        return raw(base, "POST", "/api/messages", body, JSON)[0]
    except Exception as e:  # noqa: BLE001
        return type(e).__name__

def authenticated():
    base = AUTH
    app = "11111111-1111-1111-1111-111111111111"
    now = int(time.time())
    good_claims = {"iss": "https://api.botframework.com", "aud": app, "exp": now + 3600, "nbf": now - 60, "serviceurl": "http://127.0.0.1:9/"}
    tokens = {
        "no header": None,
        "empty bearer": "Bearer ",
        "not bearer": "Basic dXNlcjpwYXNz",
        "garbage": "Bearer garbage",
        "three dots": "Bearer a.b.c",
        "alg none": "Bearer " + b64({"alg": "none", "typ": "JWT"}) + "." + b64(good_claims) + ".",
        "hs256 forged": "Bearer " + jwt({"alg": "HS256", "typ": "JWT", "kid": "x"}, good_claims),
        "rs256 forged": "Bearer " + b64({"alg": "RS256", "typ": "JWT", "kid": "abc"}) + "." + b64(good_claims) + "." + b64(b"sig" * 80),
        "expired": "Bearer " + jwt({"alg": "RS256", "kid": "abc"}, {**good_claims, "exp": now - 3600}),
        "wrong audience": "Bearer " + jwt({"alg": "RS256", "kid": "abc"}, {**good_claims, "aud": "22222222-2222-2222-2222-222222222222"}),
        "emulator issuer": "Bearer " + jwt({"alg": "RS256", "kid": "abc"}, {**good_claims, "iss": "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", "appid": app, "ver": "1.0"}),
        "huge token": "Bearer " + "A" * 60_000,
        "unicode": "Bearer ťøķěñ".encode(),
    }
    for name, tok in tokens.items():
        h = dict(JSON)
        if tok is not None: h["Authorization"] = tok
        t0 = time.perf_counter()
        status, _ = post(f"auth {name}", base, act("Wo ist Integration in Stuttgart angebunden?"), h, expect=(401, 400, 431))
        print(f"auth {name}: {status} in {time.perf_counter() - t0:.2f}s")
    check("auth healthz", base, "GET", "/healthz")
    check("auth GET /", base, "GET", "/")
    check("auth token endpoint", base, "POST", "/api/directline/token", b"{}", JSON)

if __name__ == "__main__":
    edges(ANON)
    anonymous()
    if AUTH: authenticated()
    for f in failures: print("FAIL", f)
    print(f"{count} hostile requests, {len(failures)} failures")
    sys.exit(1 if failures else 0)
