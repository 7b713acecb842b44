#!/usr/bin/env python3
"""Mechanical label check for the blind sets c to u (written with the sets, before any run).

Usage: check-blind-labels.py SYNOPSIS.tsv SET.jsonl
Parses the synopsis on its own (no bot code) and checks, for every case:
- every city and aspect label is spelled exactly as in the synopsis;
- every Query (city, aspect) pair, including altAspects, has an entry in the synopsis;
- for Search cases: the hit term (HIT_TERMS, keyed by the case's question text) occurs (case-insensitive) in the
  cells of exactly the hit cities and in no other city's cell.
Exit code 1 on any problem.
"""
import html, json, re, sys

HIT_TERMS = {
    # blind-c
    "Wo gibt es einen Wohnungsführerschein?": "Wohnungsführerschein",
    "Welche Städte haben Einbürgerungslotsen?": "Einbürgerungslotsen",
    "In welchen Städten läuft das Programm Rucksack KiTa?": "Rucksack",
    "Wer bietet Griffbereit-Gruppen an?": "Griffbereit",
    "Welche Städte setzen Gesundheitslotsen ein?": "Gesundheitslotsen",
    "Wo wird Telefondolmetschen genutzt?": "Telefondolmetschen",
    "Welche Städte haben einen Rat der Religionen?": "Rat der Religionen",
    "Welche Städte sind Mitglied der ECCAR?": "ECCAR",
    "Wo gibt es Intensivklassen?": "Intensivklassen",
    "Welche Städte haben ein Gewaltschutzkonzept?": "Gewaltschutzkonzept",
    "Gibt es irgendwo eine Clearingstelle für Menschen ohne Krankenversicherung?": "Clearingstelle",
    "In welchen Städten gibt es Sprachcafés?": "Sprachcafés",
    "Wo gibt es Frauencafés?": "Frauencafés",
    "Which cities offer a tenancy training course (Wohnungsführerschein)?": "Wohnungsführerschein",
    "Welche Stadte haben einen wohnungsführerschien?": "Wohnungsführerschein",
    # blind-d ("Wo gibt es einen Wohnungsführerschein?" is shared with blind-c, same term)
    "Welche Städte nutzen Videodolmetschen?": "Videodolmetschen",
    "Welche Städte haben ein Welcome Center?": "Welcome Center",
    "Wo gibt es eine Clearingstelle Krankenversicherung?": "Clearingstelle",
    "In welchen Städten gibt es ein Sprachcafé?": "Sprachcafé",
    "Wer hat Lernpaten?": "Lernpaten",
    "Welche Stadt hat die Charta der Vielfalt unterzeichnet?": "Charta der Vielfalt",
    "Wo wird eine Anerkennungsberatung angeboten?": "Anerkennungsberatung",
    "Welche Städte haben Helferkreise?": "Helferkreise",
    "Wo gibt es ein Medibüro?": "Medibüro",
    "Welche Städte arbeiten mit SprInt-Sprachmittlern?": "SprInt",
    "Which cities use video interpreting?": "Videodolmetschen",
    # blind-e
    'Welche Städte veranstalten eine Einbürgerungsfeier?': 'Einbürgerungsfeier',
    'Wo arbeitet die Stadt mit dem Netzwerk IQ zusammen?': 'Netzwerk IQ',
    'Welche Städte haben einen Dolmetscherpool?': 'Dolmetscherpool',
    'Wo gibt es einen Tag der offenen Moschee?': 'Tag der offenen Moschee',
    'In welchen Städten gibt es Schwimmkurse für Frauen?': 'Schwimmkurse',
    'Welche Städte haben eine Beschwerdestelle für Diskriminierung?': 'Beschwerdestelle',
    'Wo gibt es Stadtteilmütter?': 'Stadtteilmütter',
    'Wo gibt es eine Online-Terminvergabe?': 'Online-Terminvergabe',
    'Welche Städte haben Ausbildungslotsen?': 'Ausbildungslotsen',
    'Wo gibt es ein Seniorencafé für Migranten?': 'Seniorencafé',
    'Welche Städte haben muslimische Grabfelder?': 'Grabfeld',
    'Wo werden Mikroprojekte von Vereinen gefördert?': 'Mikroprojekt',
    'In welchen Städten berät ein Pflegestützpunkt auch Migranten?': 'Pflegestützpunkt',
    'Wo gibt es Empowerment für Menschen mit Rassismuserfahrung?': 'Empowerment',
    'Wo gibt es Mitternachtssport?': 'Mitternachtssport',
    'Welche Städte organisieren ein Frauenfrühstück?': 'Frauenfrühstück',
    'Wo gibt es eine Rückkehrberatung?': 'Rückkehrberatung',
    'Welche Städte geben einen interkulturellen Kalender heraus?': 'Kalender',
    'Which cities hold naturalisation ceremonies?': 'Einbürgerungsfeier',
    'Welche Städte haben einen Dolmetscherpol?': 'Dolmetscherpool',
    # blind-g
    'Wo wird Videodolmetschen eingesetzt?': 'Videodolmetschen',
    'Wo gibt es eine Wohnraumakquise für Geflüchtete?': 'Wohnraumakquise',
    'Welche Städte betreiben ein Clearinghaus für unbegleitete Minderjährige?': 'Clearinghaus',
    'In welchen Städten kommen unbegleitete Jugendliche in Gastfamilien?': 'Gastfamilien',
    'Welche Städte haben eine Antidiskriminierungsstelle?': 'Antidiskriminierungsstelle',
    'Wer arbeitet mit Selbstorganisationen der Sinti und Roma zusammen?': 'Sinti und Roma',
    'Wo bekommen Gründerinnen und Gründer Mikrokredite?': 'Mikrokredit',
    'Welche Städte setzen Digitallotsen ein?': 'Digitallotsen',
    'Wo gibt es WLAN in den Flüchtlingsunterkünften?': 'WLAN',
    'Welche Städte haben einen Pflegestützpunkt mit mehrsprachiger Beratung?': 'Pflegestützpunkt',
    'Wo gibt es Angebote zum Thema Demenz?': 'Demenz',
    'Welche Städte bieten Schwimmkurse an?': 'Schwimmkurs',
    'Welche Städte haben Stützpunktvereine?': 'Stützpunktverein',
    'In welchen Städten gibt es eine Einbürgerungsfeier?': 'Einbürgerungsfeier',
    'Wo gibt es eine Teilzeitausbildung?': 'Teilzeitausbildung',
    'Welche Städte haben Stadtteilmütter?': 'Stadtteilmütter',
    'Which cities offer microloans to migrant entrepreneurs?': 'Mikrokredit',
    'Welche Stadte haben Stadtteilmüter?': 'Stadtteilmütter',
    # blind-f
    'Wo gibt es Gemeindedolmetscher?': 'Gemeindedolmetscher',
    'In welchen Städten gibt es eine Jobmesse für Geflüchtete?': 'Jobmesse',
    'Welche Städte bieten ein Mentoringprogramm an?': 'Mentoring',
    'Wo gibt es eine Beschwerdestelle bei Diskriminierung?': 'Beschwerdestelle',
    'Welche Stadt hat ein Testing auf dem Wohnungsmarkt gemacht?': 'Testing',
    'Wer nutzt einen Diversity-Check?': 'Diversity-Check',
    'Welche Städte erproben anonymisierte Bewerbungen?': 'anonymisiert',
    'Wo gibt es eine Raumbörse für Vereine?': 'Raumbörse',
    'Welche Städte haben Vorbereitungsklassen?': 'Vorbereitungsklassen',
    'Wo wird herkunftssprachlicher Unterricht angeboten?': 'herkunftssprachliche',
    'In welchen Städten gibt es Schwimmkurse für Zugewanderte?': 'Schwimmkurse',
    'Welche Städte setzen Sportpaten ein?': 'Sportpaten',
    'In welchen Städten gibt es ein Quartiersmanagement?': 'Quartiersmanagement',
    'Wer bietet eine Beratung zu Demenz für Migranten an?': 'Demenz',
    'Which cities take part in the International Weeks against Racism?': 'Wochen gegen Rassismus',
    'Wo gibts Einbürgerungskampangen?': 'Einbürgerungskampagne',
    # blind-h
    'Wo gibt es eine Kompetenzfeststellung für Geflüchtete?': 'Kompetenzfeststellung',
    'In welchen Städten gibt es ein Jobcafé?': 'Jobcafé',
    'Welche Städte haben eine Meldestelle für rassistische Vorfälle?': 'Meldestelle',
    'Wer beteiligt sich an den Internationalen Wochen gegen Rassismus?': 'Wochen gegen Rassismus',
    'Wo zahlt die Verwaltung eine Mehrsprachigkeitszulage?': 'Mehrsprachigkeitszulage',
    'Welche Städte haben anonymisierte Bewerbungsverfahren?': 'anonymisierte Bewerbungsverfahren',
    'Wo gibt es einen Fonds für Mikroprojekte?': 'Mikroprojekt',
    'In welchen Städten gibt es Vorbereitungsklassen?': 'Vorbereitungsklassen',
    'Welche Städte setzen Ausbildungspaten ein?': 'Ausbildungspaten',
    'Wo bietet ein Pflegestützpunkt Beratung für Migranten an?': 'Pflegestützpunkt',
    'In welchen Städten gibt es einen Mädchentreff?': 'Mädchentreff',
    'Wo sind Stadtteilmütter im Einsatz?': 'Stadtteilmütter',
    'Welche Städte haben einen Verfügungsfonds im Quartier?': 'Verfügungsfonds',
    'Wo gibt es ein muslimisches Grabfeld?': 'muslimisches Grabfeld',
    'Wer gibt einen interkulturellen Kalender heraus?': 'interkulturellen Kalender',
    'Which cities take part in the open mosque day?': 'Tag der offenen Moschee',
    'wo gibts schwimkurse für frauen': 'Schwimmkurs',
    # blind-i
    'Wo gibt es einen Gemeindedolmetschdienst?': 'Gemeindedolmetschdienst',
    'In welchen Städten wird per Videodolmetschen übersetzt?': 'Videodolmetschen',
    'Welche Städte haben eine Clearingstelle für Menschen ohne Versicherung?': 'Clearingstelle',
    'Wo finden Einbürgerungsfeiern statt?': 'Einbürgerungsfeier',
    'In welchen Städten gibt es eine Anerkennungsberatung?': 'Anerkennungsberatung',
    'Welche Städte haben ein Auszugsmanagement?': 'Auszugsmanagement',
    'Wo gibt es eine Meldestelle für rassistische Vorfälle?': 'Meldestelle',
    'Welche Städte setzen Lesepaten ein?': 'Lesepaten',
    'Wo gibt es herkunftssprachlichen Unterricht?': 'herkunftssprachlich',
    'Welche Städte geben Geflüchteten eine Gesundheitskarte?': 'Gesundheitskarte',
    'Wo gibt es eine Traumaambulanz?': 'Traumaambulanz',
    'Welche Städte machen ein Integrationsbarometer?': 'Integrationsbarometer',
    'In welchen Städten gibt es Mentoring für den Berufseinstieg?': 'Mentoring',
    'Wo gibt es eine Stadtteilkonferenz?': 'Stadtteilkonferenz',
    'Welche Städte haben eine Vereinsakademie?': 'Vereinsakademie',
    'Wo gilt eine Wohnsitzauflage?': 'Wohnsitzauflage',
    # blind-j
    "Wo wird über StarthilfePlus beraten?": "StarthilfePlus",
    "Welche Städte informieren über den Anerkennungszuschuss?": "Anerkennungszuschuss",
    "Welche Kommunen haben eine Servicestelle Antidiskriminierungsarbeit?": "Servicestelle Antidiskriminierungsarbeit",
    "Wo gibt es einen Sprachmittlerpool?": "Sprachmittlerpool",
    "In welchen Städten wird Ferndolmetschen genutzt?": "Ferndolmetschen",
    "Wo läuft das Bundesprogramm Kita-Einstieg?": "Kita-Einstieg",
    "Welche Städte bieten ein Elterncafé an?": "Elterncafé",
    "Wo gibt es Talentscouting?": "Talentscouting",
    "Wer hat eine Ehrenamtsbörse?": "Ehrenamtsbörse",
    "In welchen Städten bekommen Engagierte die Ehrenamtskarte NRW?": "Ehrenamtskarte",
    "Welche Städte setzen Wohnraumlotsen ein?": "Wohnraumlotsen",
    "Welche Kommunen haben eine Clearingstelle für Nichtversicherte?": "Clearingstelle",
    "Wer macht bei „Durchstarten in Ausbildung und Arbeit“ mit?": "Durchstarten",
    "Wo wird der Job-Turbo umgesetzt?": "Job-Turbo",
    "Welche Städte haben einen Integration Point?": "Integration Point",
    "Welche Städte haben eine Fachberatung MSO?": "Fachberatung MSO",
    "Wo ist eine Integrationsagentur aktiv?": "Integrationsagentur",
    "Which cities offer a tenant training course (Mieterführerschein)?": "Mieterführerschein",
    "Welche Stätde haben Wohnraumlotesn?": "Wohnraumlotsen",
    # blind-k
    'Wo gibt es Wegweiserkurse?': 'Wegweiserkurs',
    'Welche Städte bieten „Mama lernt Deutsch“ an?': 'Mama lernt Deutsch',
    'Wer hat Berufssprachkurse?': 'Berufssprachkurs',
    'In welchen Städten gibt es eine Lernstube?': 'Lernstube',
    'Wo gibt es Fahrradkurse für Frauen?': 'Fahrradkurs',
    'Welche Verwaltungen machen einen Vielfaltscheck?': 'Vielfaltscheck',
    'Wo arbeitet man mit der EUTB zusammen?': 'EUTB',
    'Welche Städte arbeiten mit Ausbildungsakquisiteuren?': 'Ausbildungsakquisiteur',
    'Wo sind Jobbegleiter im Einsatz?': 'Jobbegleiter',
    'Welche Kommunen haben ein Integrationsmanagement?': 'Integrationsmanagement',
    'Wer ist bei der Kulturloge dabei?': 'Kulturloge',
    'Welche Städte haben Bildungskoordinatoren?': 'Bildungskoordinator',
    'Wo gibt es ein Seniorenfrühstück?': 'Seniorenfrühstück',
    'In welchen Städten gibt es eine muttersprachliche Rentenberatung?': 'Rentenberatung',
    'Welche Städte setzen Inklusionslotsen ein?': 'Inklusionslotsen',
    'Welche Städte haben einen eigenen Dolmetscherpool?': 'Dolmetscherpool',
    'Wo gibt es einen Integrationsrat?': 'Integrationsrat',
    'Which cities offer cycling courses for women?': 'Fahrradkurs',
    'Welche Stadte haben Jobbegleitr?': 'Jobbegleiter',
    # blind-l
    'Welche Städte haben ein Sprachcafé?': 'Sprachcafé',
    'Welche Städte haben einen eigenen Dolmetscherpool?': 'Dolmetscherpool',
    'Wo wird Videodolmetschen genutzt?': 'Videodolmetschen',
    'Welche Städte haben eine Partnerschaft für Demokratie?': 'Partnerschaft für Demokratie',
    'Wo arbeitet die Stadt mit einem Mobilen Beratungsteam zusammen?': 'Beratungsteam',
    'Welche Städte betreiben ein Welcome Center?': 'Welcome Center',
    'Wo gibt es eine Jobmesse?': 'Jobmesse',
    'In welchen Städten wird eine Anerkennungsberatung angeboten?': 'Anerkennungsberatung',
    'Wer nimmt am Programm Brücken bauen in frühe Bildung teil?': 'Brücken bauen',
    'Welche Städte haben ein Buddy-Programm?': 'Buddy-Programm',
    'Wo wurde schon die Härtefallkommission eingeschaltet?': 'Härtefallkommission',
    'In welchen Unterkünften gibt es einen Bewohnerbeirat?': 'Bewohnerbeirat',
    'Wer beteiligt sich am Job-Turbo?': 'Job-Turbo',
    'Welche Städte sind im Netzwerk Schule ohne Rassismus?': 'Schule ohne Rassismus',
    'Wo gibt es ein Fußballturnier?': 'Fußballturnier',
    'Wo findet ein Friedensgebet statt?': 'Friedensgebet',
    'Welche Städte haben Sprach-Kitas?': 'Sprach-Kita',
    'Which cities have an interpreter pool?': 'Dolmetscherpool',
    'Welche Städte haben ein Budy-Programm für Studenten?': 'Buddy-Programm',
    # blind-m
    'Wo gibt es eine Notschlafstelle für Zugewanderte?': 'Notschlafstelle',
    'Welche Städte erproben Housing First?': 'Housing First',
    'Welche Städte haben eine Gewaltschutzkoordination?': 'Gewaltschutzkoordination',
    'Wo gibt es einen Vormundschaftsverein?': 'Vormundschaftsverein',
    'Welche Städte setzen Einbürgerungsbotschafter ein?': 'Einbürgerungsbotschafter',
    'Wo gibt es ein Azubi-Speeddating?': 'Azubi-Speeddating',
    'Welche Städte geben einen anonymen Krankenschein aus?': 'Krankenschein',
    'In welchen Städten sind die Malteser für Nichtversicherte aktiv?': 'Malteser',
    'Welche Städte bieten Videoberatung an?': 'Videoberatung',
    'Wo gibt es Sprachlernklassen?': 'Sprachlernklassen',
    'Welche Städte haben ein Quartiersbüro?': 'Quartiersbüro',
    'Wo gibt es einen Runden Tisch der Religionen?': 'Tisch der Religionen',
    'Welche Städte haben einen Migrationsbeirat?': 'Migrationsbeirat',
    'Wo gibt es eine Gewaltschutzambulanz?': 'Gewaltschutzambulanz',
    'In welchen Städten findet ein Friedensgebet der Religionen statt?': 'Friedensgebet',
    'Wo gibt es eine Demokratiewerkstatt für junge Zugewanderte?': 'Demokratiewerkstatt',
    'Welche Städte sind beim CSD vertreten?': 'CSD',
    'Which cities run a Housing First project?': 'Housing First',
    'wo gibts traumapädagogishe wohngruppen fur jugendliche': 'traumapädagogisch',
    # blind-n
    'Welche Städte haben Kurslotsen?': 'Kurslotsen',
    'Wo gibt\'s Abendkurse für Leute, die tagsüber arbeiten?': 'Abendkurs',
    'In welchen Städten gibt es Elternbegleiter?': 'Elternbegleiter',
    'Wo gibt es eine Vätergruppe?': 'Vätergruppe',
    'Welche Städte haben ein Meldeportal für Diskriminierung?': 'Meldeportal',
    'Wo kann man eine Teilzeitumschulung machen?': 'Teilzeitumschulung',
    'Welche Städte unterstützen Gründerinnen?': 'Gründerinnen',
    'Wo gibt es Peer-Beratung für Geflüchtete?': 'Peer',
    'Welche Städte machen eigentlich einen eigenen Podcast zum Thema Integration?': 'Podcast',
    'Wo gibt es Pflegelotsen für ältere Migranten?': 'Pflegelotsen',
    'Wo können die Leute einen Mietführerschein machen?': 'Mietführerschein',
    'Welche Städte geben die Ehrenamtskarte aus?': 'Ehrenamtskarte',
    'Wo gibt es eine Antragswerkstatt für Vereine?': 'Antragswerkstatt',
    'Welche Städte haben Respekt Coaches?': 'Respekt Coaches',
    'Wer bietet Beratung über mbeon an?': 'mbeon',
    'Wo wird ein Abrahamisches Fest gefeiert?': 'Abrahamisches Fest',
    'Welche Städte machen beim Tag der offenen Moschee mit?': 'Tag der offenen Moschee',
    'Which cities have a podcast about integration?': 'Podcast',
    'Welche Stätde haben Kurslotzen?': 'Kurslotsen',
    # blind-o
    'Wo gibt es eine Beratungsstelle von Faire Mobilität?': 'Faire Mobilität',
    'Welche Städte machen beim Tag der offenen Moschee mit?': 'Tag der offenen Moschee',
    'Wo können Kinder das Seepferdchen machen?': 'Seepferdchen',
    'Welche Kommunen haben einen Bürgerbus?': 'Bürgerbus',
    'Wo gibt es einen Anerkennungsfonds?': 'Anerkennungsfonds',
    'Welche Städte haben einen Bürgerhaushalt?': 'Bürgerhaushalt',
    'Wo wird die Imamausbildung unterstützt?': 'Imamausbildung',
    'In welchen Städten gibt es eine Bibliothek der Dinge?': 'Bibliothek der Dinge',
    'Welche Städte haben ein Mehrgenerationenhaus?': 'Mehrgenerationenhaus',
    'Wo gibt es Frauenschwimmen?': 'Frauenschwimmen',
    'Wo gibt es eine Mitfahrbank?': 'Mitfahrbank',
    'Wo gibt es Beratung für Beschäftigte der Fleischindustrie?': 'Fleischindustrie',
    'Wo wird Erntehelfern in der Spargelernte geholfen?': 'Spargel',
    'Welche Welcome Center haben einen Dual Career Service?': 'Dual Career',
    'Wo gibt es Vorlesepaten?': 'Vorlesepaten',
    'Welche Städte haben eine Zukunftswerkstatt gemacht?': 'Zukunftswerkstatt',
    'Wo lädt die Stadt zum Iftar ein?': 'Iftar',
    'Which cities offer the SPRINT language programme at vocational schools?': 'SPRINT',
    'Welche Stadte haben DaZ-Zentern?': 'DaZ-Zentren',
    # blind-p
    'In welchen Städten werden Stolpersteine verlegt?': 'Stolperstein',
    'Welche Städte arbeiten mit RIAS zusammen?': 'RIAS',
    'Wo gibt es eine Bildungskarte?': 'Bildungskarte',
    'Welche Städte haben eine Jugendberufsagentur?': 'Jugendberufsagentur',
    'Wo läuft Kein Abschluss ohne Anschluss?': 'Kein Abschluss ohne Anschluss',
    'Welche Städte haben eine Sprachfachberatung für Kitas?': 'Sprachfachberatung',
    'Wo gibt es Schiedspersonen für Nachbarschaftsstreit?': 'Schiedspersonen',
    'In welchen Städten sind Konfliktlotsen unterwegs?': 'Konfliktlotsen',
    'Welche Städte werten eine Bürgerumfrage aus?': 'Bürgerumfrage',
    'Wer macht bei Neustart im Team mit?': 'Neustart im Team',
    'Welche Städte gehören zum Bündnis Sichere Häfen?': 'Sichere Häfen',
    'Wo wurde ein World Café veranstaltet?': 'World Café',
    'Welche Städte machen einen Podcast?': 'Podcast',
    'Wo gibt es Informationen in Leichter Sprache?': 'Leichter Sprache',
    'Welche Städte haben etwas zum Anwerbeabkommen gemacht?': 'Anwerbeabkommen',
    'Wo ist ein Familienzentrum in einem Mehrgenerationenhaus?': 'Mehrgenerationenhaus',
    'Welche Städte setzen Babylotsen ein?': 'Babylotsen',
    'Which cities run the Meet a Jew project in schools?': 'Meet a Jew',
    'welche stadte erlauben einen globalantrag fürs mittagesen': 'Globalantrag',
    # blind-q
    'Wo wird zur Westbalkanregelung beraten?': 'Westbalkanregelung',
    'Welche Städte beraten zum Chancen-Aufenthaltsrecht?': 'Chancen-Aufenthaltsrecht',
    'Wo hilft die Schuldnerberatung beim P-Konto?': 'P-Konto',
    'Welche Städte helfen bei drohenden Stromsperren?': 'Stromsperre',
    'Wo kann man ein Lastenrad ausleihen?': 'Lastenrad',
    'Wo gibt es eine Saatgutbörse oder einen Saatguttausch?': 'Saatgut',
    'Welche Stadt hat ein Imkerprojekt?': 'Imker',
    'In welchen Städten gibt es ein mehrsprachiges Bilderbuchkino?': 'Bilderbuchkino',
    'Wo findet noch Konsulatsunterricht statt?': 'Konsulatsunterricht',
    'Welche Städte haben ein Grundbildungszentrum?': 'Grundbildungszentrum',
    'Wo ist das ALFA-Mobil unterwegs?': 'ALFA-Mobil',
    'Welche Städte machen Präventionsarbeit gegen Crystal Meth?': 'Crystal',
    'In welchen Städten fährt ein Impfbus?': 'Impfbus',
    'Welche Städte haben eine Sicherheitswacht?': 'Sicherheitswacht',
    'Wo fährt im Winter ein Kältebus?': 'Kältebus',
    'Welche Städte haben eine Wärmestube?': 'Wärmestube',
    'Wo gibt es eine Stadtrallye für Neuzugewanderte?': 'Stadtrallye',
    'Which cities offer prevention of gambling addiction?': 'Glücksspiel',
    'Wo gibts eine Waffenverbotzone?': 'Waffenverbotszone',
    # blind-r
    'Welche Städte übernehmen für Vermieter eine Mietgarantie?': 'Mietgarantie',
    'Wo gibt es eine eigene Stelle für Wohnraumakquise?': 'Wohnraumakquise',
    'In welchen Städten gibt es ein Speed-Dating zwischen Geflüchteten und Arbeitgebern?': 'Speed-Dating',
    'Welche Kommunen setzen bei Behördengesprächen auf Videodolmetschen?': 'Videodolmetschen',
    'Wo gibt es Kulturdolmetscher?': 'Kulturdolmetscher',
    'Welche Städte haben das Rucksack-Programm in ihren Kitas?': 'Rucksack',
    'Wo gibt es eine Sommerschule für Seiteneinsteiger?': 'Sommerschule',
    'Welche Städte geben Engagierten die Ehrenamtscard?': 'Ehrenamtscard',
    'In welchen Städten haben Asylsuchende eine Gesundheitskarte?': 'Gesundheitskarte',
    'Gibt es irgendwo eine Clearingstelle für Leute ohne Krankenkasse?': 'Clearingstelle',
    'Welche Städte haben Schulen mit dem Titel Schule ohne Rassismus?': 'Schule ohne Rassismus',
    'Wo werden Schwimmkurse für geflüchtete Frauen angeboten?': 'Schwimmkurs',
    'Welche Städte haben ukrainische Geflüchtete in Gastfamilien vermittelt?': 'Gastfamilien',
    'Wo wird ein Gremium per Losverfahren besetzt?': 'Losverfahren',
    'Welche Städte betreiben ein Welcome Center für Fachkräfte?': 'Welcome Center',
    'Wo gibt es eine Hebammensprechstunde?': 'Hebammensprechstunde',
    'Wo sind Lesepaten im Einsatz?': 'Lesepaten',
    'Which cities hold a naturalisation ceremony?': 'Einbürgerungsfeier',
    'wo gibts mitternachtsport': 'Mitternachtssport',
    # blind-s
    'In welchen Städten gibt es einen Integration Point?': 'Integration Point',
    'Wo gibt es Ankommenstreffpunkte?': 'Ankommenstreffpunkt',
    'In welchen Städten kann man Termine bei der Ausländerbehörde online buchen?': 'Online-Termin',
    'Wo berät die Ausländerbehörde zum Chancen-Aufenthaltsrecht?': 'Chancen-Aufenthaltsrecht',
    'Welche Städte haben Internationale Förderklassen an den Berufskollegs?': 'Internationale Förderklasse',
    'Wo wird vor der Schulzuweisung eine Sprachstandsfeststellung gemacht?': 'Sprachstandsfeststellung',
    'Welche Städte geben einen Integrationsbericht heraus?': 'Integrationsbericht',
    'Wer macht einen Diversity-Check?': 'Diversity-Check',
    'Wo gibt es anonymisierte Bewerbungsverfahren?': 'anonymisierte',
    'Welche Städte haben eine Raumbörse für Vereine?': 'Raumbörse',
    'Wo gibt es eine Servicestelle Antidiskriminierungsarbeit?': 'Servicestelle Antidiskriminierungsarbeit',
    'Welche Kommunen haben eine Partnerschaft für Demokratie?': 'Partnerschaft für Demokratie',
    'Wo gibt es Angebote für Zugewanderte aus Südosteuropa?': 'Südosteuropa',
    'Welche Städte setzen Ausbildungsbotschafter ein?': 'Ausbildungsbotschafter',
    'Wo gibt es eine Jugendberufsagentur?': 'Jugendberufsagentur',
    'In welchen Städten gibt es Fallkonferenzen im Integrationsmanagement?': 'Fallkonferenz',
    'welche stadte haben einen verfügungsfons fürs quartier': 'Verfügungsfonds',
    # blind-t
    'Wo fährt ein Rufbus?': 'Rufbus',
    'Welche Städte haben eine Fahrradwerkstatt für Geflüchtete?': 'Fahrradwerkstatt',
    'In welchen Städten gibt es ein Begegnungscafé?': 'Begegnungscafé',
    'Wo gab es eine Zuzugsbeschränkung?': 'Zuzugsbeschränkung',
    'Wo gibt es einen Gebetsraum für Muslime?': 'Gebetsraum',
    'Welche Städte haben ein Studienkolleg?': 'Studienkolleg',
    'Wer führt eine Chronik rechter Vorfälle?': 'Chronik',
    'Wo läuft das Programm Kita-Einstieg?': 'Kita-Einstieg',
    'Welche Städte haben ein Buddy-Programm für Studis?': 'Buddy-Programm',
    'wo gibt es streetwork': 'Streetwork',
    'Welche Städte bieten Alphabetisierungskurse an?': 'Alphabetisierungskurs',
    'Wo gibt es ein Sprachcafé?': 'Sprachcafé',
    'In welchen Städten gibt es eine Schuldnerberatung für Zugewanderte?': 'Schuldnerberatung',
    'Welche Städte machen bei der Interkulturellen Woche mit?': 'Interkulturellen Woche',
    'Wo gibt es Radfahrkurse?': 'Radfahrkurs',
    'Wer hat einen Runden Tisch der Religionen?': 'Tisch der Religionen',
    'Which towns recruit nurses from abroad?': 'Pflegefachkräfte',
    'Wo gibt es Willkommensklasen?': 'Willkommensklassen',
    # blind-u
    'Wo gibt es eine Traumaambulanz für Geflüchtete?': 'Traumaambulanz',
    'Welche Städte haben eine Humanitäre Sprechstunde?': 'Humanitäre Sprechstunde',
    'In welchen Städten gibt es eine Gewaltschutzkoordinatorin oder einen Gewaltschutzkoordinator?': 'Gewaltschutzkoordinator',
    'Wo gibt es eine Regenbogen-WG?': 'Regenbogen-WG',
    'Welche Städte arbeiten mit Rainbow Refugees zusammen?': 'Rainbow Refugees',
    'Wo sind Seniorenlotsen im Einsatz?': 'Seniorenlotsen',
    'Welche Städte nutzen Freifunk in den Unterkünften?': 'Freifunk',
    'Wo gibt es einen Nothilfefonds für internationale Studierende?': 'Nothilfefonds',
    'Welche Städte setzen Gründungslotsen ein?': 'Gründungslotsen',
    'Wo gibt es einen Ausbildungsverbund migrantischer Betriebe?': 'Ausbildungsverbund',
    'Wo findet ein Karneval der Kulturen statt?': 'Karneval der Kulturen',
    'Welche Städte haben einen Vereinsgutschein für Kinder?': 'Vereinsgutschein',
    'Wo gibt es Sendungen im Bürgerradio für Zugewanderte?': 'Bürgerradio',
    'Wo gab es ein Planspiel Kommunalpolitik?': 'Planspiel',
    'Wo gibt es eine Gewaltambulanz?': 'Gewaltambulanz',
    'In welchen Städten konnten Menschen ohne deutschen Pass bei einer Probewahl abstimmen?': 'Probewahl',
    'Which cities run Midnight Sports for young people?': 'Midnight Sports',
    'Which cities have a WhatsApp channel for migrants?': 'WhatsApp-Kanal',
    'Welche Städet haben eine Handysprechstunde?': 'Handysprechstunde',
    # blind-v
    'Welche Städte nutzen die Integreat-App?': 'Integreat',
    'Wo berät MigraNet?': 'MigraNet',
    'In welchen Städten gibt es eine Qualifizierungsbegleitung?': 'Qualifizierungsbegleitung',
    'Welche Städte haben eine Kooperationsvereinbarung mit dem Jobcenter geschlossen?': 'Kooperationsvereinbarung',
    'Wo gibt es Berufsintegrationsklassen?': 'Berufsintegrationsklasse',
    'Wer bietet eine Einstiegsqualifizierung an?': 'Einstiegsqualifizierung',
    'Wo laufen InteA-Klassen?': 'InteA',
    'Welche Städte haben ein Psychosoziales Zentrum?': 'Psychosoziale Zentrum',
    'Bietet irgendeine Stadt Kunsttherapie für geflüchtete Kinder an?': 'Kunsttherapie',
    'In welchen Städten kann man eine Mieterschule besuchen?': 'Mieterschule',
    'Welche Städte übernehmen eine Mietbürgschaft?': 'Mietbürgschaft',
    'Wo gibt es Jobpaten?': 'Jobpaten',
    'Welche Städte haben eine Nähwerkstatt?': 'Nähwerkstatt',
    'Wo laufen Kurse mit Kinderbeaufsichtigung?': 'Kinderbeaufsichtigung',
    'Welche Kommunen bieten Elternintegrationskurse an?': 'Elternintegrationskurs',
    'Wo gibt es eine Digitalsprechstunde?': 'Digitalsprechstunde',
    'Welche Städte setzen Geld aus dem AMIF ein?': 'AMIF',
    'Which cities publish a social atlas with migration data?': 'Sozialatlas',
    'Welche Stadt hat einen Chatbott für Zugewanderte?': 'Chatbot',
    # blind-w
    'Welche Stadt hat ein Testing auf dem Wohnungsmarkt durchgeführt?': 'Testing',
    'Wo gibt es eine Beschwerdestelle für Diskriminierung?': 'Beschwerdestelle',
    'Wo kann man antisemitische oder rassistische Vorfälle bei einer Meldestelle angeben?': 'Meldestelle',
    'Welche Kommunen haben eine eigene Partnerschaft für Demokratie?': 'Partnerschaft für Demokratie',
    'Wo werden Fahrten zu einer KZ-Gedenkstätte organisiert?': 'Gedenkstätte',
    'Wer zahlt seinen Beschäftigten eine Mehrsprachigkeitszulage?': 'Mehrsprachigkeitszulage',
    'Welche Städte machen anonymisierte Bewerbungsverfahren?': 'anonymisierte Bewerbungsverfahren',
    'Wer hat die Charta der Vielfalt unterschrieben?': 'Charta der Vielfalt',
    'Wo gibt es einen Rat der Religionen?': 'Rat der Religionen',
    'Welche Städte laden zum Fastenbrechen ein?': 'Fastenbrechen',
    'Wo gibt es Stützpunktvereine des Landessportbunds?': 'Stützpunktverein',
    'Wo gibt es Kulturlotsen?': 'Kulturlotsen',
    'Wo sind Stadtteilmütter unterwegs?': 'Stadtteilmütter',
    'Welche Städte haben einen Quartiersfonds für Bewohnerprojekte?': 'Quartiersfonds',
    'Wo können Vereine über eine Raumbörse kostenlos Räume bekommen?': 'Raumbörse',
    'In welchen Städten konnte man den Beirat per Briefwahl wählen?': 'Briefwahl',
    'Welche Städte bieten Videodolmetschen an?': 'Videodolmetschen',
    'Which cities hold a ceremony for newly naturalised citizens?': 'Einbürgerungsfeier',
    'wo gibts straßenfussball': 'Straßenfußball',
    # blind-y
    'Welche Städte haben ein Auszugsmanagement?': 'Auszugsmanagement',
    'Wo kann man einen Wohnungsführerschein machen?': 'Wohnungsführerschein',
    'Welche Ausländerbehörden haben eine Online-Terminvergabe?': 'Online-Terminvergabe',
    'Wo lädt die Stadt zu einer Einbürgerungsfeier ein?': 'Einbürgerungsfeier',
    'Gibt es irgendwo Einbürgerungslotsen?': 'Einbürgerungslotsen',
    'Wer informiert über StarthilfePlus?': 'StarthilfePlus',
    'Welche Städte arbeiten mit einem Vormundschaftsverein?': 'Vormundschaftsverein',
    'Wo wurden ukrainische Geflüchtete in Gastfamilien aufgenommen?': 'Gastfamilien',
    'Wo gibt es einen Gewaltschutzkoordinator?': 'Gewaltschutzkoordinator',
    'Welche Städte haben einen Bewohnerbeirat?': 'Bewohnerbeirat',
    'Welche Städte haben einen Sprachmittlerpool?': 'Sprachmittlerpool',
    'In welchen Städten wird bei der Beratung Videodolmetschen eingesetzt?': 'Videodolmetschen',
    'Wo gibt es für Asylsuchende noch Behandlungsscheine statt Karte?': 'Behandlungsschein',
    'Welche Städte haben eine Traumaambulanz?': 'Traumaambulanz',
    'Wo gibt es eine Refugee Law Clinic?': 'Refugee Law Clinic',
    'Wo sind Helferkreise aktiv?': 'Helferkreis',
    'Welche Städte bieten Supervision für Ehrenamtliche an?': 'Supervision',
    'Which cities run a clearing house for unaccompanied minors?': 'Clearinghaus',
    'wo gibts leichtbauhalen für notfälle': 'Leichtbauhallen',
}

def load(path):
    cells = {}  # aspect -> city -> text
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if "\t" not in line:
            continue
        aspect, cell = line.split("\t", 1)
        parts = re.split(r"<u>([^<]*?)(?: z\.B\.)?:</u>", cell)
        per = {}
        for i in range(1, len(parts), 2):
            text = re.sub(r"<[^>]+>", " ", parts[i + 1])
            per[parts[i].strip()] = html.unescape(" ".join(text.split()))
        cells[aspect.strip()] = per
    return cells

def main():
    cells = load(sys.argv[1])
    cities = sorted({c for per in cells.values() for c in per})
    problems = []
    ids = set()
    for line in open(sys.argv[2], encoding="utf-8"):
        if not line.strip():
            continue
        case = json.loads(line)
        cid = case["id"]
        if cid in ids:
            problems.append(f"{cid}: duplicate id")
        ids.add(cid)
        for c in case["cities"]:
            if c not in cities:
                problems.append(f"{cid}: unknown city label {c}")
        groups = [case["aspects"]] + (case.get("altAspects") or [])
        for g in groups:
            for a in g:
                if a not in cells:
                    problems.append(f"{cid}: unknown aspect label {a}")
        if case["intent"] == "Query":
            for g in groups:
                for a in g:
                    for c in case["cities"]:
                        if a in cells and c not in cells[a]:
                            problems.append(f"{cid}: no entry for ({c}, {a})")
        if case["intent"] == "Search":
            q = case["turns"][-1]
            term = HIT_TERMS.get(q)
            if term is None:
                problems.append(f"{cid}: no hit term recorded for {q!r}")
                continue
            having = sorted({c for per in cells.values() for c, t in per.items() if term.casefold() in t.casefold()})
            if having != sorted(case["hits"]):
                problems.append(f"{cid}: term {term!r} occurs in {having}, hits are {sorted(case['hits'])}")
            for g in case.get("altAspects") or []:
                for a in g:
                    for c in case["hits"]:
                        if c not in cells.get(a, {}):
                            problems.append(f"{cid}: altAspect {a} has no entry for hit city {c}")
    for p in problems:
        print(p)
    print(f"{len(ids)} cases, {len(problems)} problems")
    sys.exit(1 if problems else 0)

main()
