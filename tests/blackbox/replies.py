#!/usr/bin/env python3
"""Black-box check of every reply a running IntegrationBot sends (NOT part of `dotnet test`).

Posts Emulator-shaped activities (channel "emulator", deliveryMode "expectReplies"; card clicks also as
Teams messageBack on channel "msteams") for ~150 varied questions nobody tuned the bot on, and checks each
reply against the contracts in docs/understanding.md and the Teams card rules of issue 4:
  - one recognition trace with every contract field (intent, score, cities, aspects, unknownCities,
    searchTerms, results, fromContext) and name/label/valueType;
  - a message with non-empty readable `text` and `speak` (no raw HTML, no `${`, no markdown links);
  - card replies: exactly one Adaptive Card, version 1.5, msteams.width Full, wrap:true on TextBlocks,
    Action.Submit data an object carrying msteams messageBack/imBack, activity <= 40 KB, no suggestedActions
    next to attachments, and zero events from the official `adaptivecards` validator (tests/node/validate-cards.js);
  - the expected intent/cities/aspects where the case states them (reported as recognition misses, not defects).
Every button on every card is clicked once (as `value: {question}` and as Teams messageBack) and checked the same way.

Usage: python3 tests/blackbox/replies.py [URL] [--json OUT]   (default URL http://127.0.0.1:4400/api/messages)
Needs node and `npm ci` in tests/node. Exit code 1 when any contract check fails.
"""
import json, os, re, subprocess, sys, uuid, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
NODE_DIR = os.path.join(HERE, "..", "node")
URL = next((a for a in sys.argv[1:] if a.startswith("http")), "http://127.0.0.1:4400/api/messages")

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
    (["Wie viele Einwohner hat Stuttgart?", "Und die Anbindung?"], dict(intent=Q, cities=["Stuttgart"], aspects=[A])),
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
INTENTS = {"Query", "Search", "ListCities", "ListAspects", "Help", "Greeting", "Thanks", "Goodbye", "None"}
HTML = re.compile(r"</?(p|u|ul|li|b|i|br|div|span|script)\b[^>]*>", re.I)
MDLINK = re.compile(r"\]\(\s*https?:", re.I)

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

def check_card(card, problems):
    if card.get("version") != "1.5": problems.append(f"card version {card.get('version')}")
    if (card.get("msteams") or {}).get("width") != "Full": problems.append("card msteams.width not Full")
    for n in walk(card):
        t = n.get("type")
        if t == "TextBlock":
            if n.get("wrap") is not True: problems.append(f"TextBlock without wrap: {str(n.get('text'))[:50]!r}")
            check_text("TextBlock", n.get("text"), problems)
        if t == "TextRun": check_text("TextRun", n.get("text"), problems)
        if t == "Action.Submit":
            d = n.get("data")
            if not isinstance(d, dict): problems.append(f"Action.Submit data not an object: {d!r}")
            else:
                ms = d.get("msteams") or {}
                if ms.get("type") not in ("messageBack", "imBack"): problems.append(f"Action.Submit without msteams messageBack: {n.get('title')!r}")
        if t and t.startswith("Action.") and not n.get("title"): problems.append(f"{t} without title")
        if t == "Action.OpenUrl": problems.append(f"Action.OpenUrl present: {n.get('url')}")

def questions_of(card):
    qs = []
    for n in walk(card):
        if n.get("type") == "Action.Submit" and isinstance(n.get("data"), dict):
            qs.append(n["data"])
    return qs

def check_reply(resp, problems):
    acts = resp.get("activities") or []
    traces = [a for a in acts if a.get("type") == "trace"]
    msgs = [a for a in acts if a.get("type") == "message"]
    trace = None
    if len(traces) != 1: problems.append(f"{len(traces)} trace activities")
    for t in traces:
        if t.get("name") != "IntegrationBot.Recognition" or t.get("label") != "Recognition" or t.get("valueType") != "IntegrationBot.Recognition":
            problems.append("trace name/label/valueType wrong")
        v = t.get("value") or {}
        missing = [f for f in TRACE_FIELDS if f not in v]
        if missing: problems.append(f"trace missing {missing}")
        if v.get("intent") not in INTENTS: problems.append(f"trace intent {v.get('intent')!r}")
        trace = v
    if not msgs: problems.append("no message activity")
    cards = []
    for m in msgs:
        check_text("text", m.get("text"), problems)
        check_text("speak", m.get("speak"), problems)
        size = len(json.dumps(m, ensure_ascii=False).encode())
        if size > 40 * 1024: problems.append(f"activity {size} bytes > 40 KB")
        atts = m.get("attachments") or []
        acs = [x for x in atts if x.get("contentType") == "application/vnd.microsoft.card.adaptive"]
        if atts and m.get("suggestedActions"): problems.append("suggestedActions next to attachments")
        if len(acs) > 1: problems.append(f"{len(acs)} adaptive cards in one message")
        if len(atts) != len(acs): problems.append("non-adaptive attachment")
        for x in acs:
            check_card(x.get("content") or {}, problems)
            cards.append(x.get("content") or {})
    return trace, msgs, cards

def norm(xs): return sorted(x.casefold() for x in (xs or []))

def recog_miss(exp, v):
    if not exp or v is None: return None
    why = []
    if "intent" in exp and v.get("intent") != exp["intent"]: why.append(f"intent={v.get('intent')}")
    if "cities" in exp and norm(v.get("cities")) != norm(exp["cities"]): why.append(f"cities={v.get('cities')}")
    if "aspects" in exp and norm(v.get("aspects")) != norm(exp["aspects"]): why.append(f"aspects={v.get('aspects')}")
    if "unknown" in exp and norm(v.get("unknownCities")) != norm(exp["unknown"]): why.append(f"unknown={v.get('unknownCities')}")
    return ", ".join(why) or None

def main():
    out = next((sys.argv[i + 1] for i, a in enumerate(sys.argv) if a == "--json"), None)
    results, all_cards, clicked = [], [], set()
    def run(label, turns, exp, kind="typed"):
        conv = "qa-" + uuid.uuid4().hex[:12]
        problems, trace, msgs, cards = [], None, [], []
        for i, turn in enumerate(turns):
            problems = []
            try:
                if isinstance(turn, tuple): status, resp = post(activity(conv, i, text=turn[1], value=turn[2], channel=turn[0]))
                else: status, resp = post(activity(conv, i, text=turn))
            except Exception as e:  # noqa: BLE001 — any transport failure is a finding
                problems.append(f"HTTP failure: {e}"); break
            if status != 200: problems.append(f"HTTP {status}")
            trace, msgs, cards = check_reply(resp, problems)
        for j, c in enumerate(cards): all_cards.append((f"{label}#{j}", c))
        r = dict(label=label, kind=kind, turns=[t if isinstance(t, str) else list(t) for t in turns], problems=problems,
                 miss=recog_miss(exp, trace), trace=trace,
                 texts=[m.get("text") for m in msgs], cards=len(cards))
        results.append(r)
        return cards, turns
    for idx, (turns, exp) in enumerate(CASES):
        cards, _ = run(f"q{idx:03d}", turns, exp)
        for c in cards:
            for d in questions_of(c):
                q = d.get("question")
                if not q or q in clicked: continue
                clicked.add(q)
                ms = d.get("msteams") or {}
                prior = turns
                run(f"q{idx:03d}-click", prior + [("emulator", None, d)], {}, "click-value")
                run(f"q{idx:03d}-teams", prior + [("msteams", ms.get("text"), {k: v for k, v in d.items() if k != "msteams"})], {}, "click-teams")
    # official validator over every card, in one node process
    jobs = [{"name": n, "card": c} for n, c in all_cards]
    p = subprocess.run(["node", "validate-cards.js"], input=json.dumps(jobs), capture_output=True, text=True, cwd=NODE_DIR, timeout=300)
    verdicts = {v["name"]: v["messages"] for v in json.loads(p.stdout or "[]")}
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
    print(f"\n{len(results)} replies checked ({len(CASES)} questions, {len(results) - len(CASES)} button clicks), "
          f"{len(all_cards)} cards validated; contract failures: {len(bad)} {kinds}; recognition misses: {len(misses)}")
    if out:
        with open(out, "w", encoding="utf-8") as f: json.dump(results, f, ensure_ascii=False, indent=1)
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
