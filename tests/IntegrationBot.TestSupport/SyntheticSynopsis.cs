using System.Globalization;
using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.TestSupport;

/// <summary>
/// Generates a realistic, larger synopsis for tests and benchmarks: real German city names, plausible aspect titles,
/// and varied entries (paragraphs, sub-headings, lists, "z.B." entries, empty cells, umlauts). Deterministic per seed.
/// </summary>
public static class SyntheticSynopsis
{
    private static readonly string[] CityNames =
    [
        "Aachen", "Augsburg", "Bamberg", "Bergisch Gladbach", "Berlin", "Bochum", "Bonn", "Braunschweig", "Bremen", "Bremerhaven",
        "Chemnitz", "Cottbus", "Darmstadt", "Dortmund", "Dresden", "Duisburg", "Düsseldorf", "Erfurt", "Erlangen", "Essen",
        "Freiburg im Breisgau", "Fürth", "Gelsenkirchen", "Gera", "Göttingen", "Gütersloh", "Hagen", "Halle (Saale)", "Hamburg", "Hamm",
        "Hannover", "Heidelberg", "Heilbronn", "Hildesheim", "Ingolstadt", "Iserlohn", "Jena", "Karlsruhe", "Kassel", "Kiel",
        "Koblenz", "Köln", "Krefeld", "Leipzig", "Leverkusen", "Lübeck", "Ludwigshafen am Rhein", "Magdeburg", "Mainz", "Mannheim",
        "Moers", "Mönchengladbach", "Mülheim an der Ruhr", "Neuss", "Nürnberg", "Oberhausen", "Offenbach am Main", "Oldenburg", "Osnabrück", "Paderborn",
        "Pforzheim", "Potsdam", "Recklinghausen", "Regensburg", "Remscheid", "Reutlingen", "Rostock", "Saarbrücken", "Salzgitter", "Schwerin",
        "Siegen", "Solingen", "Trier", "Ulm", "Wiesbaden", "Witten", "Wolfsburg", "Wuppertal", "Würzburg", "Zwickau",
    ];

    private static readonly string[] AspectTitles =
    [
        "Orga - Anbindung", "Orga-Struktur", "Präambel zur Integrationspolitik", "Aufgaben und Arbeitsweise der zuständigen Dienststelle",
        "Integrationsbeirat", "Sprachförderung", "Flüchtlingsberatung", "Interkulturelle Öffnung der Verwaltung", "Monitoring und Berichterstattung",
        "Finanzierung", "Personalausstattung", "Ehrenamt und bürgerschaftliches Engagement", "Antidiskriminierungsarbeit", "Einbürgerung",
        "Arbeitsmarktintegration", "Bildung und Schule", "Wohnen und Quartier", "Gesundheit", "Kooperation mit Migrantenorganisationen",
        "Leitbild", "Zielgruppen", "Beteiligung und Partizipation", "Öffentlichkeitsarbeit", "Netzwerke und Gremien", "Evaluation",
        "Kultur und Sport", "Frühe Hilfen", "Willkommenskultur",
    ];

    private static readonly string[] Districts = ["Nord", "Süd", "Ost", "West", "Mitte"];

    private static readonly string[] Subjects =
    [
        "Die Stabsstelle Integration", "Das Amt für multikulturelle Angelegenheiten", "Der Integrationsbeirat", "Die Koordinierungsstelle",
        "Das Dezernat für Soziales", "Die Abteilung Zuwanderung", "Das Kommunale Integrationszentrum", "Die Geschäftsstelle",
    ];

    private static readonly string[] Verbs =
    [
        "koordiniert", "berät", "fördert", "begleitet", "bündelt", "unterstützt", "entwickelt", "vernetzt",
    ];

    private static readonly string[] Objects =
    [
        "die Sprachkurse für Zugewanderte", "die interkulturelle Öffnung der Ämter", "Projekte freier Träger", "die Flüchtlingsberatung",
        "die Einbürgerungsfeiern", "Netzwerke mit Migrantenorganisationen", "die Arbeitsmarktintegration", "die Elternarbeit an Schulen",
        "Angebote für geflüchtete Frauen", "das jährliche Integrationsmonitoring",
    ];

    private static readonly string[] Additions =
    [
        "in enger Abstimmung mit dem Oberbürgermeister", "gemeinsam mit den Wohlfahrtsverbänden", "über ein ämterübergreifendes Gremium",
        "mit eigenem Budget", "im Rahmen des städtischen Leitbilds", "für alle Stadtteile",
    ];

    private static readonly string[] ListItems =
    [
        "Interkulturelle Büros", "Sprachförderung bzw. sprachliche Bildung", "Flüchtlingsberatung", "Staatsangehörigkeitsangelegenheiten/Einbürgerungen",
        "Antidiskriminierungsstelle", "Ehrenamtskoordination", "Integrationskurse nach dem Aufenthaltsgesetz", "Migrationsberatung für Erwachsene",
        "Jugendmigrationsdienst", "Quartiersmanagement", "Dolmetscherpool", "Fortbildungen zur interkulturellen Kompetenz",
        "Förderprogramm für Vereine", "Gesundheitslotsen", "Welcome Center für Fachkräfte",
    ];

    private static readonly string[] Headings = ["Zusammenfassung", "Schwerpunkte", "Ziele", "Angebote"];

    public static SynopsisDocument Generate(int cities, int aspects, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cities);
        ArgumentOutOfRangeException.ThrowIfNegative(aspects);
#pragma warning disable CA5394 // Deterministic test data, not security.
        var random = new Random(seed);
        var cityList = Names(CityNames, cities, (name, round) => $"{name}-{Districts[(round - 1) % Districts.Length]}{(round > Districts.Length ? (round / Districts.Length).ToString(CultureInfo.InvariantCulture) : string.Empty)}")
            .Select(static n => new City(n)).ToArray();
        var aspectList = Names(AspectTitles, aspects, (title, round) => $"{title} ({round + 1})")
            .Select(static (t, i) => new Aspect(t, i)).ToArray();
        var entries = new List<Entry>();
        foreach (var aspect in aspectList)
        {
            foreach (var city in cityList)
            {
                if (random.NextDouble() < 0.15)
                {
                    continue;
                }

                entries.Add(new Entry(aspect, city, random.NextDouble() < 0.15, Blocks(random, city)));
            }
        }
#pragma warning restore CA5394

        return new SynopsisDocument($"Synoptische Darstellung kommunaler Integrationsarbeit ({cities} Städte)", aspectList, cityList, entries);
    }

    /// <summary>The first <paramref name="count"/> names, repeating the list with a variant suffix when it runs out.</summary>
    private static IEnumerable<string> Names(string[] names, int count, Func<string, int, string> variant) =>
        Enumerable.Range(0, count).Select(i => i < names.Length ? names[i] : variant(names[i % names.Length], i / names.Length));

#pragma warning disable CA5394 // Deterministic test data, not security.
    private static ContentBlock[] Blocks(Random random, City city)
    {
        var blocks = new List<ContentBlock>();
        switch (random.Next(4))
        {
            case 0:
                blocks.Add(new Paragraph(Sentence(random, city)));
                break;
            case 1:
                blocks.Add(new Paragraph(Sentence(random, city) + " " + Sentence(random, city)));
                blocks.Add(new Subheading(Pick(random, Headings)));
                blocks.Add(List(random, 2 + random.Next(5)));
                break;
            case 2:
                blocks.Add(List(random, 1 + random.Next(3)));
                break;
            default:
                blocks.Add(new Paragraph(Sentence(random, city)));
                blocks.Add(List(random, 3 + random.Next(10)));
                blocks.Add(new Paragraph(Sentence(random, city)));
                break;
        }

        return [.. blocks];
    }

    private static string Sentence(Random random, City city) =>
        $"{Pick(random, Subjects)} in {city.Name} {Pick(random, Verbs)} {Pick(random, Objects)} {Pick(random, Additions)}.";

    private static BulletList List(Random random, int count) =>
        new([.. Enumerable.Range(0, count).Select(i => i < ListItems.Length ? ListItems[(i + random.Next(ListItems.Length)) % ListItems.Length] : $"Weitere Maßnahme {i + 1}").Distinct()]);

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
#pragma warning restore CA5394
}
