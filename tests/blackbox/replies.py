#!/usr/bin/env python3
"""Black-box check of every reply a running IntegrationBot sends (NOT part of `dotnet test`).

Posts Emulator-shaped activities (channel "emulator", deliveryMode "expectReplies"; card clicks also as
Teams messageBack on channel "msteams") for ~150 varied questions nobody tuned the bot on, and checks each
reply against the contracts in docs/understanding.md, docs/cards.md and docs/teams.md:
  - one recognition trace with every contract field (intent, score, cities, aspects, unknownCities,
    searchTerms, results, fromContext), the optional coverage/term fields well-formed, and name/label/valueType;
  - a message with readable `speak` and `text` (no raw HTML, no `${`, no markdown links). The one exception is a
    Teams card reply: it carries no `text` (Teams would show it above the card, repeating the title), so there the
    card must state the answer itself: a heading TextBlock as its first element plus answer text, and a `summary`
    that starts with that title;
  - card replies: exactly one Adaptive Card, version 1.5, msteams.width Full, wrap:true on TextBlocks, a card
    `speak` (what screen readers announce), altText on every Image, Action.Submit data an object carrying msteams
    messageBack/imBack, activity <= 40 KB, no suggestedActions next to attachments, and zero events from the
    official `adaptivecards` validator (tests/node/validate-cards.js);
  - Action.OpenUrl only as the bot's own download: GET /api/export/{xlsx|docx} on the bot's origin (or --public-base),
    https or loopback http, only the k/c/a/e/s parameters, a known kind, an expiry within the link lifetime, an
    HMAC-SHA256-sized signature, no user or conversation id. Every distinct link is then downloaded (200, the
    format's content type, a zip file) and once with a tampered signature (403);
  - the expected intent/cities/aspects where the case states them (reported as recognition misses, not defects).
Every button on every card is clicked once (as `value: {question}` and as Teams messageBack) and checked the same way.
First a self-test feeds every rule a reply that breaks it, so that no check can silently stop failing.

Usage: python3 tests/blackbox/replies.py [URL] [--public-base URL] [--json OUT] [--self-test]
       (default URL http://127.0.0.1:4400/api/messages; --self-test runs only the self-test, no bot needed)
Needs node and `npm ci` in tests/node. Exit code 1 when any contract check fails.
"""
import json, os, re, subprocess, sys, time, uuid, urllib.error, urllib.parse, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
NODE_DIR = os.path.join(HERE, "..", "node")
def _arg(name):
    return next((sys.argv[i + 1] for i, a in enumerate(sys.argv[:-1]) if a == name), None)

URL = next((a for i, a in enumerate(sys.argv[1:], 1) if a.startswith("http") and sys.argv[i - 1] not in ("--public-base", "--json")),
           "http://127.0.0.1:4400/api/messages")
# Where download links must point: Export:PublicBaseUrl when the bot has one, else the origin the bot was reached on.
PUBLIC_BASE = _arg("--public-base") or URL

# (turns, expected) — expected: intent and optionally cities / aspects / unknown (None = not checked).
A, S, P, T = "Orga - Anbindung", "Orga-Struktur", "Präambel zur Integrationspolitik", "Aufgaben und Arbeitsweise der zuständigen Dienststelle"
Q = "Query"
CASES = [
    # Query, one city, each aspect, varied wording
    (["Wie ist die Integrationsarbeit in Münster angebunden?"], dict(intent=Q, cities=["Münster"], aspects=[A])),
    (["Bei welchem Dezernat liegt die Integration in Frankfurt?"], dict(intent=Q, cities=["Frankfurt"], aspects=[A])),
    (["Wem ist die Integrationsstelle in Bielefeld unterstellt?"], dict(intent=Q, cities=["Bielefeld"], aspects=[A])),
    (["anbindung münchen"], dict(intent=Q, cities=["München"], aspects=[A])),
    (["Wo hängt Integration in Stuttgart organisatorisch dran?"], dict(intent=Q, cities=["Stuttgart"], aspects=[A])),
    (["Wie ist Integration in Münster strukturiert?"], dict(intent=Q, cities=["Münster"], aspects=[S])),
    (["Organisationsstruktur Frankfurt"], dict(intent=Q, cities=["Frankfurt"], aspects=[S])),
    (["Welche Strukturen gibt es für Integration in Stuttgart?"], dict(intent=Q, cities=["Stuttgart"], aspects=[S])),
    (["Wie ist die Integrationsarbeit in München organisiert?"], dict(intent=Q, cities=["München"])),
    (["Was steht in der Präambel von Frankfurt?"], dict(intent=Q, cities=["Frankfurt"], aspects=[P])),
    (["Präambel Bielefeld"], dict(intent=Q, cities=["Bielefeld"], aspects=[P])),
    (["Welches Integrationsverständnis hat Münster?"], dict(intent=Q, cities=["Münster"], aspects=[P])),
    (["Welche Leitlinien zur Integrationspolitik hat Stuttgart?"], dict(intent=Q, cities=["Stuttgart"], aspects=[P])),
    (["Was sind die Aufgaben der Integrationsstelle in Bielefeld?"], dict(intent=Q, cities=["Bielefeld"], aspects=[T])),
    (["Wie arbeitet die zuständige Dienststelle in Stuttgart?"], dict(intent=Q, cities=["Stuttgart"], aspects=[T])),
    (["Aufgaben München"], dict(intent=Q, cities=["München"], aspects=[T])),
    (["Welche Arbeitsweise hat das Integrationsamt in Frankfurt am Main?"], dict(intent=Q, cities=["Frankfurt"], aspects=[T])),
    # typos, no umlauts, lower case, punctuation
    (["wo ist integration in stutgart angebunden"], dict(intent=Q, cities=["Stuttgart"], aspects=[A])),
    (["Präambl Müncen"], dict(intent=Q, cities=["München"], aspects=[P])),
    (["Aufgabn der Dienstselle in Bielfeld?"], dict(intent=Q, cities=["Bielefeld"], aspects=[T])),
    (["Orgastruktur Munster"], dict(intent=Q, cities=["Münster"], aspects=[S])),
    (["Praeambel Muenchen"], dict(intent=Q, cities=["München"], aspects=[P])),
    (["ANBINDUNG FRANKFURT!!!"], dict(intent=Q, cities=["Frankfurt"], aspects=[A])),
    (["  Anbindung   in    Stuttgart ?? "], dict(intent=Q, cities=["Stuttgart"], aspects=[A])),
    (["Frankfurter Präambel"], dict(intent=Q, cities=["Frankfurt"], aspects=[P])),
    (["Münchner Integrationsstruktur"], dict(intent=Q, cities=["München"], aspects=[S])),
    (["Stuttgarter Aufgaben"], dict(intent=Q, cities=["Stuttgart"], aspects=[T])),
    (["Bielefelder Anbindung"], dict(intent=Q, cities=["Bielefeld"], aspects=[A])),
    # profile (city only)
    (["Was weiß die Synopse über Bielefeld?"], dict(intent=Q, cities=["Bielefeld"], aspects=[])),
    (["Erzähl mir alles zu Münster"], dict(intent=Q, cities=["Münster"], aspects=[])),
    (["Frankfurt"], dict(intent=Q, cities=["Frankfurt"], aspects=[])),
    (["Stuttgart?"], dict(intent=Q, cities=["Stuttgart"], aspects=[])),
    (["Tell me about Munich"], dict(intent=Q, cities=["München"], aspects=[])),
    # overview (aspect only)
    (["Präambeln aller Städte"], dict(intent=Q, cities=[], aspects=[P])),
    (["Wie sind die Städte organisatorisch angebunden?"], dict(intent=Q, cities=[], aspects=[A])),
    (["Überblick über die Aufgaben der Dienststellen"], dict(intent=Q, cities=[], aspects=[T])),
    (["Orga-Struktur"], dict(intent=Q, cities=[], aspects=[S])),
    (["Show the preamble for all cities"], dict(intent=Q, cities=[], aspects=[P])),
    # comparisons of 2–5 cities
    (["Vergleiche die Anbindung von Münster und Bielefeld"], dict(intent=Q, cities=["Münster", "Bielefeld"], aspects=[A])),
    (["Präambel Stuttgart vs München"], dict(intent=Q, cities=["Stuttgart", "München"], aspects=[P])),
    (["Unterschiede in der Orga-Struktur zwischen Frankfurt, Münster und Stuttgart"], dict(intent=Q, cities=["Frankfurt", "Münster", "Stuttgart"], aspects=[S])),
    (["Aufgaben in Bielefeld, Frankfurt, München und Münster vergleichen"], dict(intent=Q, cities=["Bielefeld", "Frankfurt", "München", "Münster"], aspects=[T])),
    (["Vergleich Anbindung Bielefeld Frankfurt München Münster Stuttgart"], dict(intent=Q, cities=["Bielefeld", "Frankfurt", "München", "Münster", "Stuttgart"], aspects=[A])),
    (["Compare the preamble of Frankfurt and Bielefeld"], dict(intent=Q, cities=["Frankfurt", "Bielefeld"], aspects=[P])),
    (["Was unterscheidet Stuttgart und Frankfurt?"], dict(intent=Q, cities=["Stuttgart", "Frankfurt"])),
    (["München und Münster im Vergleich"], dict(intent=Q, cities=["München", "Münster"])),
    (["Wie machen es Bielefeld und Stuttgart bei der Präambel?"], dict(intent=Q, cities=["Bielefeld", "Stuttgart"], aspects=[P])),
    # unknown cities, mixed
    (["Wo ist Integration in Köln angebunden?"], dict(intent=Q, unknown=["Köln"])),
    (["Präambel Hamburg"], dict(intent=Q, unknown=["Hamburg"])),
    (["Vergleiche Stuttgart mit Leipzig bei der Anbindung"], dict(intent=Q, cities=["Stuttgart"], unknown=["Leipzig"], aspects=[A])),
    (["Aufgaben in Dresden und Nürnberg"], dict(intent=Q, unknown=["Dresden", "Nürnberg"])),
    (["What about Cologne?"], dict(unknown=["Köln"])),
    (["Wie organisiert Wien die Integration?"], dict()),
    (["Anbindung in Berlin, München und Essen"], dict(intent=Q, cities=["München"], unknown=["Berlin", "Essen"], aspects=[A])),
    (["Wie ist Integration in Entenhausen angebunden?"], dict()),
    # search
    (["Welche Städte haben eine Flüchtlingsberatung?"], dict(intent="Search")),
    (["Wo gibt es einen Integrationsbeirat?"], dict(intent="Search")),
    (["Welche Stadt hat eine Stabsstelle?"], dict(intent="Search")),
    (["Wer arbeitet mit Migrantenorganisationen zusammen?"], dict(intent="Search")),
    (["In welchen Städten gibt es ein Integrationskonzept?"], dict(intent="Search")),
    (["Which cities mention anti-discrimination?"], dict(intent="Search")),
    (["Welche Städte erwähnen Sprachförderung?"], dict(intent="Search")),
    (["Wo kommt das Wort Ehrenamt vor?"], dict(intent="Search")),
    (["Suche nach Willkommenskultur"], dict(intent="Search")),
    (["Gibt es irgendwo ein Monitoring?"], dict(intent="Search")),
    # lists, help, small talk
    (["Welche Städte kennst du?"], dict(intent="ListCities")),
    (["Für welche Städte gibt es Daten?"], dict(intent="ListCities")),
    (["Which cities are covered?"], dict(intent="ListCities")),
    (["Welche Aspekte gibt es?"], dict(intent="ListAspects")),
    (["Zu welchen Themen kann ich fragen?"], dict(intent="ListAspects")),
    (["Was kannst du?"], dict(intent="Help")),
    (["Hilfe"], dict(intent="Help")),
    (["help"], dict(intent="Help")),
    (["?"], dict()),
    (["Hallo"], dict(intent="Greeting")),
    (["Guten Morgen!"], dict(intent="Greeting")),
    (["Moin"], dict(intent="Greeting")),
    (["hi there"], dict(intent="Greeting")),
    (["Danke schön"], dict(intent="Thanks")),
    (["Vielen Dank, das hilft mir sehr"], dict(intent="Thanks")),
    (["thx"], dict(intent="Thanks")),
    (["Tschüss"], dict(intent="Goodbye")),
    (["Auf Wiedersehen"], dict(intent="Goodbye")),
    (["bye"], dict(intent="Goodbye")),
    # out of scope
    (["Wie viele Einwohner hat München?"], dict(intent="None")),
    (["Wie wird das Wetter morgen in Stuttgart?"], dict(intent="None")),
    (["Wer ist Oberbürgermeister von Frankfurt?"], dict(intent="None")),
    (["Wie beantrage ich einen Aufenthaltstitel?"], dict(intent="None")),
    (["Erzähl mir einen Witz"], dict(intent="None")),
    (["Was kostet ein Parkausweis in Bielefeld?"], dict(intent="None")),
    (["asdfghjkl"], dict(intent="None")),
    (["12345"], dict(intent="None")),
    (["Wann hat das Bürgeramt Münster geöffnet?"], dict(intent="None")),
    (["What is the capital of France?"], dict(intent="None")),
    (["😀"], dict()),
    (["..."], dict()),
    # follow-ups
    (["Wo ist Integration in Stuttgart angebunden?", "Und in Frankfurt?"], dict(intent=Q, cities=["Frankfurt"], aspects=[A])),
    (["Präambel München", "und Bielefeld?"], dict(intent=Q, cities=["Bielefeld"], aspects=[P])),
    (["Wo ist Integration in Stuttgart angebunden?", "Und die Aufgaben?"], dict(intent=Q, cities=["Stuttgart"], aspects=[T])),
    (["Wo ist Integration in Stuttgart angebunden?", "Vergleiche das mit Bielefeld"], dict(intent=Q, cities=["Stuttgart", "Bielefeld"], aspects=[A])),
    (["Orga-Struktur Frankfurt", "Und wie sieht das in Münster aus?"], dict(intent=Q, cities=["Münster"], aspects=[S])),
    (["Aufgaben Bielefeld", "und die Präambel?"], dict(intent=Q, cities=["Bielefeld"], aspects=[P])),
    (["Präambel Stuttgart", "Und in allen Städten?"], dict(intent=Q, cities=[], aspects=[P])),
    (["Anbindung München", "Und in Köln?"], dict(unknown=["Köln"])),
    (["Wo ist Integration in Münster angebunden?", "Danke", "Und in Frankfurt?"], dict(intent=Q, cities=["Frankfurt"])),
    (["Hallo", "Wie ist Integration in Bielefeld angebunden?"], dict(intent=Q, cities=["Bielefeld"], aspects=[A])),
    (["Vergleiche die Präambel von München und Stuttgart", "Und die Aufgaben?"], dict(intent=Q, cities=["München", "Stuttgart"], aspects=[T])),
    (["Anbindung Frankfurt", "And Munich?"], dict(intent=Q, cities=["München"], aspects=[A])),
    (["Welche Städte haben eine Flüchtlingsberatung?", "Und in Stuttgart?"], dict()),
    (["Stuttgart", "Aufgaben"], dict(intent=Q, cities=["Stuttgart"], aspects=[T])),
    (["Präambel", "Frankfurt"], dict(intent=Q, cities=["Frankfurt"], aspects=[P])),
    # A refused turn passes no city on (the rule of docs/understanding.md), so this is the aspect for every city.
    (["Wie viele Einwohner hat Stuttgart?", "Und die Anbindung?"], dict(intent=Q, cities=[], aspects=[A])),
    # more variety
    (["Gibt es in Frankfurt eine eigene Stabsstelle für Integration?"], dict()),
    (["Ist in Münster ein Dezernat für Integration zuständig?"], dict(intent=Q, cities=["Münster"])),
    (["Zeig mir Stuttgart und München"], dict(intent=Q, cities=["Stuttgart", "München"])),
    (["Bitte die Anbindung für Bielefeld anzeigen"], dict(intent=Q, cities=["Bielefeld"], aspects=[A])),
    (["Könnten Sie mir sagen, wie Frankfurt die Integration organisiert hat?"], dict(intent=Q, cities=["Frankfurt"])),
    (["Ich hätte gern die Präambel aus Münster"], dict(intent=Q, cities=["Münster"], aspects=[P])),
    (["Was macht München anders als Stuttgart bei den Aufgaben?"], dict(intent=Q, cities=["München", "Stuttgart"], aspects=[T])),
    (["Frankfurt: Aufgaben und Arbeitsweise"], dict(intent=Q, cities=["Frankfurt"], aspects=[T])),
    (["Aufgaben und Arbeitsweise der zuständigen Dienststelle"], dict(intent=Q, cities=[], aspects=[T])),
    (["Präambel zur Integrationspolitik in Stuttgart und Münster"], dict(intent=Q, cities=["Stuttgart", "Münster"], aspects=[P])),
    (["Where is the integration unit located in Frankfurt?"], dict(intent=Q, cities=["Frankfurt"], aspects=[A])),
    (["How is integration structured in Bielefeld?"], dict(intent=Q, cities=["Bielefeld"], aspects=[S])),
    (["What are the tasks in Münster?"], dict(intent=Q, cities=["Münster"], aspects=[T])),
    (["Which cities have a refugee counselling service?"], dict(intent="Search")),
    (["Anbindung und Struktur in Stuttgart"], dict(intent=Q, cities=["Stuttgart"], aspects=[A, S])),
    (["Präambel und Aufgaben von Frankfurt und Bielefeld"], dict(intent=Q, cities=["Frankfurt", "Bielefeld"], aspects=[P, T])),
    (["Welche Stadt hat die Integration beim Oberbürgermeister angesiedelt?"], dict()),
    (["Wo ist Integration Chefsache?"], dict()),
    (["Welche Städte haben ein Amt für multikulturelle Angelegenheiten?"], dict(intent="Search")),
    (["Integration"], dict()),
    (["Stadt"], dict()),
    (["Vergleiche"], dict()),
    (["Vergleiche alle Städte"], dict()),
    (["Was ist eine Synopse?"], dict()),
    (["Woher stammen die Daten?"], dict()),
    (["Bist du ein Mensch?"], dict()),
    (["Wer hat dich gebaut?"], dict()),
    (["Kannst du auch Englisch?"], dict()),
    (["Münster oder München?"], dict(intent=Q, cities=["Münster", "München"])),
    (["Frankfurt an der Oder"], dict()),
    (["St. Gallen Anbindung"], dict()),
    (["Was bedeutet Querschnittsaufgabe?"], dict()),
    (["<b>Hallo</b>"], dict()),
    (["[Klick](http://evil.example) Präambel Stuttgart"], dict()),
    (["${1+1} Anbindung Köln"], dict()),
    (["Präambel **Entenhausen**"], dict()),
    (["Wo ist Integration in <script>alert(1)</script> angebunden?"], dict()),
    (["Anbindung in Neu-Ulm"], dict()),
    (["Anbindung in Mülheim an der Ruhr"], dict()),
    (["Anbindung in Bad Homburg"], dict()),
    (["Wie ist es in Gelsenkirchen?"], dict()),
    (["Vergleiche Stuttgart, München, Frankfurt, Bielefeld, Münster, Köln und Berlin"], dict()),
]

def post(activity):
    req = urllib.request.Request(URL, data=json.dumps(activity).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        status = r.status
        body = r.read()
    return status, (json.loads(body) if body else {})

def activity(conv, i, text=None, value=None, channel="emulator"):
    a = {"type": "message", "id": f"{conv}-{i}", "locale": "de-DE", "channelId": channel,
         "serviceUrl": "http://127.0.0.1:9/", "from": {"id": "qa-user", "name": "QA"},
         "recipient": {"id": "bot", "name": "IntegrationBot"}, "conversation": {"id": conv},
         "deliveryMode": "expectReplies", "timestamp": "2026-11-26T12:00:00Z"}
    if text is not None: a["text"] = text
    if value is not None: a["value"] = value
    return a

TRACE_FIELDS = ["intent", "score", "cities", "aspects", "unknownCities", "searchTerms", "results", "fromContext"]
INTENTS = {"Query", "Search", "ListCities", "ListAspects", "Help", "Greeting", "Thanks", "Goodbye", "None",
           "About", "Coverage", "Define"}
COVERAGE = {"has", "lacks", "most", "fewest", "city"}
HTML = re.compile(r"</?(p|u|ul|li|b|i|br|div|span|script)\b[^>]*>", re.I)
MDLINK = re.compile(r"\]\(\s*https?:", re.I)

# Download links (docs/configuration.md#export-card-downloads): GET /api/export/{xlsx|docx}?k=&c=…&a=…&e=&s=.
EXPORT_PATH = re.compile(r"^/api/export/(xlsx|docx)$")
EXPORT_PARAMS = {"k", "c", "a", "e", "s"}
EXPORT_KINDS = {"Comparison", "Profile", "Overview"}
EXPORT_TYPES = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
SIGNATURE = re.compile(r"^[A-Za-z0-9_-]{43}$")  # HMAC-SHA256, 32 bytes, unpadded base64url
MAX_LINK_LIFETIME = 366 * 24 * 3600  # Export:LinkLifetime's upper bound
LOOPBACK = {"127.0.0.1", "localhost", "::1"}

def origin(url):
    u = urllib.parse.urlsplit(url)
    return (u.scheme.lower(), (u.hostname or "").lower(), u.port or {"http": 80, "https": 443}.get(u.scheme.lower()))

def export_format(url, base):
    """"xlsx" or "docx" when the URL's path is the export endpoint below the base's path (a PublicBaseUrl may have one)."""
    prefix = re.sub(r"/api/messages$", "", urllib.parse.urlsplit(base).path).rstrip("/")
    m = EXPORT_PATH.match(urllib.parse.urlsplit(url).path[len(prefix):]) if urllib.parse.urlsplit(url).path.startswith(prefix + "/") else None
    return m.group(1) if m else None

def walk(node):
    if isinstance(node, dict):
        yield node
        for v in node.values(): yield from walk(v)
    elif isinstance(node, list):
        for v in node: yield from walk(v)

def check_text(where, s, problems):
    if not isinstance(s, str) or not s.strip():
        problems.append(f"{where}: empty"); return
    if HTML.search(s): problems.append(f"{where}: raw HTML: {s[:80]!r}")
    if "${" in s: problems.append(f"{where}: template expression: {s[:80]!r}")
    if MDLINK.search(s): problems.append(f"{where}: markdown link: {s[:80]!r}")
    for bad in ("null", "undefined", "System.", "Exception", "{{"):
        if bad in s: problems.append(f"{where}: suspicious {bad!r}: {s[:80]!r}")

def check_open_url(url, ctx, problems):
    """An Action.OpenUrl may only be the bot's own signed download link; returns the URL when it is one."""
    if not isinstance(url, str) or not url:
        problems.append("Action.OpenUrl without url"); return None
    u = urllib.parse.urlsplit(url)
    before = len(problems)
    if origin(url) != origin(ctx["public_base"]):
        problems.append(f"Action.OpenUrl to a foreign origin: {url[:100]}")
    if u.scheme != "https" and not (u.scheme == "http" and (u.hostname or "") in LOOPBACK):
        problems.append(f"Action.OpenUrl neither https nor loopback: {url[:100]}")
    if u.username or u.password or u.fragment:
        problems.append(f"Action.OpenUrl with credentials or fragment: {url[:100]}")
    if export_format(url, ctx["public_base"]) is None:
        problems.append(f"Action.OpenUrl not the export endpoint: {u.path}")
    q = urllib.parse.parse_qs(u.query, keep_blank_values=True)
    if set(q) - EXPORT_PARAMS: problems.append(f"Action.OpenUrl export link with unknown parameters {sorted(set(q) - EXPORT_PARAMS)}")
    if q.get("k", [None])[0] not in EXPORT_KINDS or len(q.get("k", [])) != 1: problems.append(f"Action.OpenUrl export link kind {q.get('k')}")
    if not q.get("c") and not q.get("a"): problems.append("Action.OpenUrl export link names no city and no aspect")
    e = q.get("e", [""])
    now = int(time.time())
    if len(e) != 1 or not e[0].isdigit(): problems.append(f"Action.OpenUrl export link expiry {e}")
    elif not now < int(e[0]) <= now + MAX_LINK_LIFETIME + 60: problems.append(f"Action.OpenUrl export link expiry out of range: {e[0]}")
    sig = q.get("s", [])
    if len(sig) != 1 or not SIGNATURE.match(sig[0]): problems.append(f"Action.OpenUrl export link signature malformed: {sig}")
    for secret in ctx.get("private", ()):
        if secret and secret in urllib.parse.unquote(url): problems.append(f"Action.OpenUrl export link carries {secret!r}")
    return url if len(problems) == before else None

def heading_of(card):
    body = card.get("body") or []
    first = body[0] if body and isinstance(body[0], dict) else {}
    return first.get("text") if first.get("type") == "TextBlock" and first.get("style") == "heading" else None

def plain(s):
    return re.sub(r"\s+", " ", re.sub(r"\\(.)", r"\1", s or "")).strip()

def check_card(card, ctx, problems):
    if card.get("version") != "1.5": problems.append(f"card version {card.get('version')}")
    if (card.get("msteams") or {}).get("width") != "Full": problems.append("card msteams.width not Full")
    # Screen readers announce a card by its own speak (docs/webchat.md): every card speaks its answer.
    check_text("card speak", card.get("speak"), problems)
    for n in walk(card):
        t = n.get("type")
        if t == "TextBlock":
            if n.get("wrap") is not True: problems.append(f"TextBlock without wrap: {str(n.get('text'))[:50]!r}")
            check_text("TextBlock", n.get("text"), problems)
        if t == "TextRun": check_text("TextRun", n.get("text"), problems)
        if t == "Image" and not str(n.get("altText") or "").strip(): problems.append(f"Image without altText: {n.get('url')!r}")
        if t == "Action.Submit":
            d = n.get("data")
            if not isinstance(d, dict): problems.append(f"Action.Submit data not an object: {d!r}")
            else:
                ms = d.get("msteams") or {}
                if ms.get("type") not in ("messageBack", "imBack"): problems.append(f"Action.Submit without msteams messageBack: {n.get('title')!r}")
        if t and t.startswith("Action.") and not n.get("title"): problems.append(f"{t} without title")
        if t == "Action.OpenUrl":
            link = check_open_url(n.get("url"), ctx, problems)
            if link: ctx.setdefault("links", set()).add(link)

def check_states_answer(m, card, problems):
    """A Teams card reply without text: the card's own heading and body must carry the answer, the summary its title."""
    title = heading_of(card)
    if not title or not title.strip():
        problems.append("Teams reply without text and without a card heading"); return
    texts = [n.get("text") for n in walk(card.get("body") or []) if n.get("type") in ("TextBlock", "TextRun")]
    if not any(isinstance(x, str) and x.strip() for x in texts[1:]):
        problems.append(f"Teams reply without text: the card states nothing beyond its title {title[:60]!r}")
    check_text("summary", m.get("summary"), problems)
    if isinstance(m.get("summary"), str) and not plain(m["summary"]).startswith(plain(title)[:150]):
        problems.append(f"summary does not start with the card title: {m['summary'][:60]!r} vs {title[:60]!r}")

def questions_of(card):
    qs = []
    for n in walk(card):
        if n.get("type") == "Action.Submit" and isinstance(n.get("data"), dict):
            qs.append(n["data"])
    return qs

def check_trace(t, problems):
    if t.get("name") != "IntegrationBot.Recognition" or t.get("label") != "Recognition" or t.get("valueType") != "IntegrationBot.Recognition":
        problems.append("trace name/label/valueType wrong")
    v = t.get("value") or {}
    missing = [f for f in TRACE_FIELDS if f not in v]
    if missing: problems.append(f"trace missing {missing}")
    if v.get("intent") not in INTENTS: problems.append(f"trace intent {v.get('intent')!r}")
    if "coverage" in v and (v.get("intent") != "Coverage" or v["coverage"] not in COVERAGE):
        problems.append(f"trace coverage {v.get('coverage')!r} with intent {v.get('intent')!r}")
    if "term" in v and (v.get("intent") != "Define" or not isinstance(v["term"], str) or not v["term"].strip()):
        problems.append(f"trace term {v.get('term')!r} with intent {v.get('intent')!r}")
    return v

def check_reply(resp, problems, ctx):
    acts = resp.get("activities") or []
    traces = [a for a in acts if a.get("type") == "trace"]
    msgs = [a for a in acts if a.get("type") == "message"]
    trace = None
    if len(traces) != 1: problems.append(f"{len(traces)} trace activities")
    for t in traces: trace = check_trace(t, problems)
    if not msgs: problems.append("no message activity")
    cards = []
    for m in msgs:
        check_text("speak", m.get("speak"), problems)
        size = len(json.dumps(m, ensure_ascii=False).encode())
        if size > 40 * 1024: problems.append(f"activity {size} bytes > 40 KB")
        atts = m.get("attachments") or []
        acs = [x for x in atts if x.get("contentType") == "application/vnd.microsoft.card.adaptive"]
        if atts and m.get("suggestedActions"): problems.append("suggestedActions next to attachments")
        if len(acs) > 1: problems.append(f"{len(acs)} adaptive cards in one message")
        if len(atts) != len(acs): problems.append("non-adaptive attachment")
        teams_card = ctx["channel"] == "msteams" and len(acs) == 1
        if teams_card and m.get("text"):
            problems.append(f"Teams card reply repeats its title as text: {str(m.get('text'))[:60]!r}")
        elif teams_card:
            check_states_answer(m, acs[0].get("content") or {}, problems)
        else:
            check_text("text", m.get("text"), problems)
        for x in acs:
            check_card(x.get("content") or {}, ctx, problems)
            cards.append(x.get("content") or {})
    return trace, msgs, cards

def fetch(url):
    try:
        with urllib.request.urlopen(urllib.request.Request(url), timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()

def check_download(url, problems):
    """The link works (the signature is the bot's own) and a tampered one does not."""
    fmt = export_format(url, PUBLIC_BASE)
    status, headers, body = fetch(url)
    if status != 200: problems.append(f"download HTTP {status}: {url[:100]}")
    else:
        if (headers.get("Content-Type") or "").split(";")[0] != EXPORT_TYPES.get(fmt): problems.append(f"download content type {headers.get('Content-Type')!r} for {fmt}")
        if not body.startswith(b"PK\x03\x04"): problems.append(f"download is no {fmt} (zip) file")
        if f".{fmt}" not in (headers.get("Content-Disposition") or ""): problems.append(f"download Content-Disposition {headers.get('Content-Disposition')!r}")
    u = urllib.parse.urlsplit(url)
    q = urllib.parse.parse_qsl(u.query, keep_blank_values=True)
    tampered = [(k, (v[:-1] + ("A" if v[-1] != "A" else "B")) if k == "s" and v else v) for k, v in q]
    status, _, _ = fetch(urllib.parse.urlunsplit(u._replace(query=urllib.parse.urlencode(tampered))))
    if status != 403: problems.append(f"tampered download link HTTP {status}, expected 403")

def norm(xs): return sorted(x.casefold() for x in (xs or []))

def recog_miss(exp, v):
    if not exp or v is None: return None
    why = []
    if "intent" in exp and v.get("intent") != exp["intent"]: why.append(f"intent={v.get('intent')}")
    if "cities" in exp and norm(v.get("cities")) != norm(exp["cities"]): why.append(f"cities={v.get('cities')}")
    if "aspects" in exp and norm(v.get("aspects")) != norm(exp["aspects"]): why.append(f"aspects={v.get('aspects')}")
    if "unknown" in exp and norm(v.get("unknownCities")) != norm(exp["unknown"]): why.append(f"unknown={v.get('unknownCities')}")
    return ", ".join(why) or None

def self_test():
    """Every rule above, fed a reply that breaks it, must report it; returns the rules that stayed silent."""
    base = "http://127.0.0.1:4400/"
    future = int(time.time()) + 3600
    good_link = f"http://127.0.0.1:4400/api/export/xlsx?k=Comparison&c=Stuttgart&e={future}&s={'A' * 43}"
    def card(**over):
        c = {"type": "AdaptiveCard", "version": "1.5", "msteams": {"width": "Full"}, "speak": "Antwort.",
             "body": [{"type": "TextBlock", "style": "heading", "text": "Titel", "wrap": True},
                      {"type": "TextBlock", "text": "Die Antwort.", "wrap": True}],
             "actions": [{"type": "Action.OpenUrl", "title": "Als Excel herunterladen", "url": good_link},
                         {"type": "Action.Submit", "title": "Mehr", "data": {"question": "Mehr?", "msteams": {"type": "messageBack", "text": "Mehr?"}}}]}
        c.update(over); return c
    def reply(channel="emulator", text="Titel", summary="Titel Die Antwort.", content=None, trace=None, **extra):
        m = {"type": "message", "text": text, "speak": "Antwort.", "summary": summary,
             "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": content or card()}]}
        if text is None: del m["text"]
        m.update(extra)
        t = {"type": "trace", "name": "IntegrationBot.Recognition", "label": "Recognition", "valueType": "IntegrationBot.Recognition",
             "value": trace or {f: [] for f in TRACE_FIELDS} | {"intent": "Query", "score": 1.0}}
        return {"activities": [t, m]}, channel
    def link(**q):
        params = {"k": "Comparison", "c": "Stuttgart", "e": str(future), "s": "A" * 43} | q
        return "http://127.0.0.1:4400/api/export/xlsx?" + urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
    def with_url(url): return card(actions=[{"type": "Action.OpenUrl", "title": "Download", "url": url}])
    cases = [
        ("a well-formed emulator reply", reply(), None),
        ("a well-formed Teams reply without text", reply("msteams", text=None), None),
        ("foreign origin", reply(content=with_url(good_link.replace("127.0.0.1:4400", "evil.example"))), "foreign origin"),
        ("other port", reply(content=with_url(good_link.replace(":4400", ":4401"))), "foreign origin"),
        ("plain http off loopback", reply(content=with_url("http://bot.example.org/api/export/xlsx")), "neither https nor loopback"),
        ("not the export path", reply(content=with_url("http://127.0.0.1:4400/api/messages?k=Comparison")), "not the export endpoint"),
        ("unknown format", reply(content=with_url(good_link.replace("/xlsx?", "/pdf?"))), "not the export endpoint"),
        ("export path outside the base path", ({"activities": reply()[0]["activities"]}, "emulator", "http://127.0.0.1:4400/bot/"), "not the export endpoint"),
        ("extra parameter", reply(content=with_url(link(u="qa-user"))), "unknown parameters"),
        ("unknown kind", reply(content=with_url(link(k="Everything"))), "kind"),
        ("no names", reply(content=with_url(link(c=None))), "names no city"),
        ("expired", reply(content=with_url(link(e=str(int(time.time()) - 10)))), "expiry out of range"),
        ("expiry beyond the lifetime", reply(content=with_url(link(e=str(int(time.time()) + 2 * MAX_LINK_LIFETIME)))), "expiry out of range"),
        ("no expiry", reply(content=with_url(link(e=None))), "expiry"),
        ("short signature", reply(content=with_url(link(s="abc"))), "signature malformed"),
        ("no signature", reply(content=with_url(link(s=None))), "signature malformed"),
        ("conversation id in the link", reply(content=with_url(link(c="qa-conv-1"))), "carries"),
        ("credentials in the link", reply(content=with_url(good_link.replace("http://", "http://u:p@"))), "credentials"),
        ("OpenUrl without url", reply(content=with_url(None)), "without url"),
        ("OpenUrl without title", reply(content=card(actions=[{"type": "Action.OpenUrl", "url": good_link}])), "without title"),
        ("empty text outside Teams", reply(text=""), "text: empty"),
        ("Teams card reply with text", reply("msteams", text="Titel"), "repeats its title"),
        ("Teams text-only reply without text", ({"activities": reply("msteams")[0]["activities"][:1] + [{"type": "message", "speak": "x"}]}, "msteams"), "text: empty"),
        ("Teams reply, card without heading", reply("msteams", text=None, content=card(body=[{"type": "TextBlock", "text": "x", "wrap": True}])), "without a card heading"),
        ("Teams reply, card with only a title", reply("msteams", text=None, content=card(body=card()["body"][:1])), "nothing beyond its title"),
        ("Teams reply without summary", reply("msteams", text=None, summary=None), "summary: empty"),
        ("Teams summary not the title", reply("msteams", text=None, summary="Etwas anderes"), "summary does not start"),
        ("card without speak", reply(content=card(speak="")), "card speak: empty"),
        ("image without altText", reply(content=card(body=card()["body"] + [{"type": "Image", "url": "x.png"}])), "Image without altText"),
        ("TextBlock without wrap", reply(content=card(body=[{"type": "TextBlock", "style": "heading", "text": "T"}])), "without wrap"),
        ("card version", reply(content=card(version="1.6")), "card version"),
        ("card width", reply(content=card(msteams={})), "width"),
        ("Submit data a string", reply(content=card(actions=[{"type": "Action.Submit", "title": "x", "data": "x"}])), "not an object"),
        ("Submit without messageBack", reply(content=card(actions=[{"type": "Action.Submit", "title": "x", "data": {"question": "x"}}])), "without msteams messageBack"),
        ("raw HTML", reply(text="<b>x</b>"), "raw HTML"),
        ("template expression", reply(text="${x}"), "template expression"),
        ("markdown link", reply(text="[x](https://evil.example)"), "markdown link"),
        ("suspicious text", reply(text="System.NullReferenceException"), "suspicious"),
        ("no speak", reply(speak=""), "speak: empty"),
        ("suggested actions", reply(suggestedActions={"actions": []}), "suggestedActions"),
        ("two cards", ({"activities": reply()[0]["activities"][:1] + [reply()[0]["activities"][1] | {"attachments": reply()[0]["activities"][1]["attachments"] * 2}]}, "emulator"), "adaptive cards in one message"),
        ("hero card", reply(attachments=[{"contentType": "application/vnd.microsoft.card.hero", "content": {}}]), "non-adaptive"),
        ("too large", reply(text="x" * 41000), "> 40 KB"),
        ("no trace", ({"activities": reply()[0]["activities"][1:]}, "emulator"), "0 trace activities"),
        ("no message", ({"activities": reply()[0]["activities"][:1]}, "emulator"), "no message activity"),
        ("trace name", ({"activities": [reply()[0]["activities"][0] | {"name": "x"}] + reply()[0]["activities"][1:]}, "emulator"), "name/label/valueType"),
        ("trace field missing", reply(trace={"intent": "Query"}), "trace missing"),
        ("unknown intent", reply(trace={f: [] for f in TRACE_FIELDS} | {"intent": "Chat"}), "trace intent"),
        ("coverage on another intent", reply(trace={f: [] for f in TRACE_FIELDS} | {"intent": "Query", "coverage": "has"}), "trace coverage"),
        ("unknown coverage", reply(trace={f: [] for f in TRACE_FIELDS} | {"intent": "Coverage", "coverage": "some"}), "trace coverage"),
        ("empty term", reply(trace={f: [] for f in TRACE_FIELDS} | {"intent": "Define", "term": ""}), "trace term"),
    ]
    silent = []
    for name, (resp, channel, *other_base), expected in cases:
        problems = []
        ctx = {"channel": channel, "public_base": other_base[0] if other_base else base, "private": ("qa-conv-1", "qa-user")}
        check_reply(resp, problems, ctx)
        ok = not problems if expected is None else any(expected in p_ for p_ in problems)
        if not ok: silent.append(f"self-test {name!r}: expected {expected or 'no problem'}, got {problems}")
    for s_ in silent: print(f"FAIL {s_}")
    print(f"self-test: {len(cases)} rule cases, {len(silent)} wrong")
    return silent

def main():
    if self_test(): sys.exit(1)
    if "--self-test" in sys.argv: sys.exit(0)
    out = _arg("--json")
    results, all_cards, clicked = [], [], set()
    def run(label, turns, exp, kind="typed"):
        conv = "qa-" + uuid.uuid4().hex[:12]
        problems, trace, msgs, cards = [], None, [], []
        for i, turn in enumerate(turns):
            problems = []
            channel = turn[0] if isinstance(turn, tuple) else "emulator"
            ctx = {"channel": channel, "public_base": PUBLIC_BASE, "private": (conv, "qa-user"), "links": links}
            try:
                if isinstance(turn, tuple): status, resp = post(activity(conv, i, text=turn[1], value=turn[2], channel=turn[0]))
                else: status, resp = post(activity(conv, i, text=turn))
            except Exception as e:  # noqa: BLE001 — any transport failure is a finding
                problems.append(f"HTTP failure: {e}"); break
            if status != 200: problems.append(f"HTTP {status}")
            trace, msgs, cards = check_reply(resp, problems, ctx)
        for j, c in enumerate(cards): all_cards.append((f"{label}#{j}", c))
        r = dict(label=label, kind=kind, turns=[t if isinstance(t, str) else list(t) for t in turns], problems=problems,
                 miss=recog_miss(exp, trace), trace=trace,
                 texts=[m.get("text") for m in msgs], cards=len(cards))
        results.append(r)
        return cards, turns
    links = set()
    for idx, (turns, exp) in enumerate(CASES):
        cards, _ = run(f"q{idx:03d}", turns, exp)
        for c in cards:
            for d in questions_of(c):
                q = d.get("question")
                if not q or q in clicked: continue
                clicked.add(q)
                ms = d.get("msteams") or {}
                prior = turns
                # one label per click, so validator verdicts (keyed by label) land on the reply they are about
                run(f"q{idx:03d}-click{len(clicked)}", prior + [("emulator", None, d)], {}, "click-value")
                run(f"q{idx:03d}-teams{len(clicked)}", prior + [("msteams", ms.get("text"), {k: v for k, v in d.items() if k != "msteams"})], {}, "click-teams")
    # every distinct download link once, and once tampered
    for n, link in enumerate(sorted(links)):
        problems = []
        check_download(link, problems)
        results.append(dict(label=f"download{n:03d}", kind="download", turns=[link], problems=problems, miss=None, trace=None, texts=[], cards=0))
    # official validator over every card, in one node process
    jobs = [{"name": n, "card": c} for n, c in all_cards]
    p = subprocess.run(["node", "validate-cards.js"], input=json.dumps(jobs), capture_output=True, text=True, cwd=NODE_DIR, timeout=300)
    verdicts = {v["name"]: v["messages"] for v in json.loads(p.stdout or "[]")}
    if p.returncode != 0 or len(verdicts) != len(jobs):
        results.append(dict(label="validator", kind="validator", turns=[], problems=[f"validator: exit {p.returncode}, {len(verdicts)} of {len(jobs)} verdicts: {p.stderr[-300:]}"],
                            miss=None, trace=None, texts=[], cards=0))
    for r in results:
        for n, msgs in verdicts.items():
            if n.split("#")[0] == r["label"] and msgs:
                r["problems"] += [f"validator: {m}" for m in msgs]
    bad = [r for r in results if r["problems"]]
    misses = [r for r in results if r["miss"]]
    kinds = {}
    for r in bad:
        for p_ in r["problems"]:
            k = re.sub(r":.*", "", p_); kinds[k] = kinds.get(k, 0) + 1
    for r in bad: print(f"FAIL {r['label']} {r['turns']}: {r['problems']}")
    for r in misses: print(f"MISS {r['label']} {r['turns'][-1]!r}: {r['miss']}")
    print(f"\n{len(results)} results ({len(CASES)} questions, {len(clicked) * 2} button clicks, {len(links)} download links), "
          f"{len(all_cards)} cards validated; contract failures: {len(bad)} {kinds}; recognition misses: {len(misses)}")
    if out:
        with open(out, "w", encoding="utf-8") as f: json.dump(results, f, ensure_ascii=False, indent=1)
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
