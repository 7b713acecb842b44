using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;
using IntegrationBot.TestSupport;
using static IntegrationBot.Core.Tests.Cards.CardFixtures;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>
/// A battery of answers, one per kind of question and per hard case (1/2/3/5 cities, missing entries, z.B.,
/// very long and hostile text). Each is a named recognition (what the recognizer would return) plus the synopsis.
/// </summary>
internal static class AnswerScenarios
{
    public const string Anbindung = "Orga - Anbindung";
    public const string Struktur = "Orga-Struktur";
    public const string Praeambel = "Präambel zur Integrationspolitik";
    public const string Aufgaben = "Aufgaben und Arbeitsweise der zuständigen Dienststelle";

    public const string HostileLink = "[Hier klicken](javascript:alert(1))";
    public const string HostileTemplate = "${evil} ${$root.title}";
    public const string HostileScript = "<script>alert('x')</script>";
    public const string RtlOverride = "\u202Eadnagaporp";

    private static readonly Lazy<ISynopsisRepository> LazyHostile = new(BuildHostile);
    private static readonly Lazy<ISynopsisRepository> LazyLong = new(BuildLong);
    private static readonly Lazy<ISynopsisRepository> LazyBig = new(() => new InMemorySynopsisRepository(SyntheticSynopsis.Generate(60, 25, 7)));
    private static readonly Lazy<ISynopsisRepository> LazyHuge = new(() => new InMemorySynopsisRepository(SyntheticSynopsis.Generate(50, 40, 11)));

    /// <summary>100 times the seed (5 cities × 4 aspects): 50 cities × 40 aspects, 2,000 cells.</summary>
    public static ISynopsisRepository Huge => LazyHuge.Value;

    /// <summary>A synthetic 60 cities × 25 aspects synopsis: the cards must still fit and stay readable.</summary>
    public static ISynopsisRepository Big => LazyBig.Value;

    /// <summary>The seed with every entry's text repeated many times: realistic long entries that must collapse.</summary>
    public static ISynopsisRepository Long => LazyLong.Value;

    public static ISynopsisRepository Hostile => LazyHostile.Value;

    public static IReadOnlyDictionary<string, Func<Reply>> All { get; } = new Dictionary<string, Func<Reply>>
    {
        ["query-stuttgart-anbindung"] = () => Answer(Recognized(Intent.Query, ["Stuttgart"], [Anbindung])),
        ["query-muenchen-anbindung-missing"] = () => Answer(Recognized(Intent.Query, ["München"], [Anbindung])),
        ["compare-2-praeambel"] = () => Answer(Recognized(Intent.Query, ["München", "Stuttgart"], [Praeambel])),
        ["compare-3-anbindung"] = () => Answer(Recognized(Intent.Query, ["Bielefeld", "Frankfurt", "Stuttgart"], [Anbindung])),
        ["compare-3-aufgaben-missing-examples"] = () => Answer(Recognized(Intent.Query, ["München", "Frankfurt", "Bielefeld"], [Aufgaben])),
        ["long-entries-collapse"] = () => Answer(Recognized(Intent.Query, ["Stuttgart", "München"], [Praeambel], synopsis: Long), Long),
        ["compare-5-aufgaben"] = () => Answer(Recognized(Intent.Query, ["Bielefeld", "Frankfurt", "Stuttgart", "München", "Münster"], [Aufgaben])),
        ["compare-2-all-aspects"] = () => Answer(Recognized(Intent.Query, ["Bielefeld", "München"])),
        ["query-stuttgart-2-aspects"] = () => Answer(Recognized(Intent.Query, ["Stuttgart"], [Anbindung, Aufgaben])),
        ["query-with-unknown-city"] = () => Answer(Recognized(Intent.Query, ["Bielefeld"], [Anbindung], ["Bremen"])),
        ["followup-from-context"] = () => Answer(Recognized(Intent.Query, ["Frankfurt"], [Anbindung], fromContext: ["aspects"])),
        ["profile-bielefeld"] = () => Answer(Recognized(Intent.Query, ["Bielefeld"])),
        ["overview-praeambel"] = () => Answer(Recognized(Intent.Query, aspects: [Praeambel])),
        ["profile-with-unknown-city"] = () => Answer(Recognized(Intent.Query, ["Münster"], unknown: ["Hannover"])),
        ["overview-2-aspects"] = () => Answer(Recognized(Intent.Query, aspects: [Anbindung, Struktur])),
        ["unknown-city-koeln-anbindung"] = () => Answer(Recognized(Intent.Query, aspects: [Anbindung], unknown: ["Köln"])),
        ["unknown-city-essen"] = () => Answer(Recognized(Intent.Query, unknown: ["Essen"])),
        ["search-fluechtlingsberatung"] = () => Answer(Searched(["Flüchtlingsberatung"],
            ("Bielefeld", Struktur, "Interkulturellen Büros, RAA, Sprachförderung bzw. sprachliche Bildung, Flüchtlingsberatung", ["Flüchtlingsberatung"]),
            ("Frankfurt", Aufgaben, "Das AmkA vermittelt bei Konflikten mit Nachbarn, Behörden und der Polizei", ["vermittelt"]))),
        ["search-no-hits"] = () => Answer(Searched(["Gewerbesteuer"])),
        ["list-cities"] = () => Answer(Recognized(Intent.ListCities)),
        ["list-aspects-coverage"] = () => Answer(Recognized(Intent.ListAspects)),
        ["help"] = () => Answer(Recognized(Intent.Help)),
        ["greeting"] = () => Answer(Recognized(Intent.Greeting)),
        ["thanks"] = () => Answer(Recognized(Intent.Thanks)),
        ["goodbye"] = () => Answer(Recognized(Intent.Goodbye)),
        ["none"] = () => Answer(Recognized(Intent.None)),
        ["disambiguation"] = () => Answer(new RecognitionResult
        {
            Intent = Intent.None,
            Alternatives =
            [
                new Alternative("Präambel in Stuttgart", "Was sagt die Präambel in Stuttgart?", 0.5),
                new Alternative("Aufgaben in Stuttgart", "Welche Aufgaben hat die Dienststelle in Stuttgart?", 0.4),
            ],
        }),
        ["welcome"] = () => ServiceReturning(Recognized(Intent.Help)).Welcome(),
        ["error"] = () => ServiceReturning(Recognized(Intent.Help)).Error(),
        ["big-overview-60-cities"] = () => Answer(new RecognitionResult { Intent = Intent.Query, Aspects = [Big.Aspects[0]] }, Big),
        ["big-compare-all-aspects"] = () => Answer(new RecognitionResult { Intent = Intent.Query, Cities = [.. Big.Cities.Take(3)] }, Big),
        ["big-compare-8-cities-3-aspects"] = () => Answer(new RecognitionResult { Intent = Intent.Query, Cities = [.. Big.Cities.Take(8)], Aspects = [.. Big.Aspects.Take(3)] }, Big),
        ["big-profile"] = () => Answer(new RecognitionResult { Intent = Intent.Query, Cities = [Big.Cities[5]] }, Big),
        ["big-coverage"] = () => Answer(new RecognitionResult { Intent = Intent.ListAspects }, Big),
        ["big-city-list"] = () => Answer(new RecognitionResult { Intent = Intent.ListCities }, Big),
        ["big-help"] = () => Answer(new RecognitionResult { Intent = Intent.Help }, Big),
        ["big-none"] = () => Answer(new RecognitionResult { Intent = Intent.None }, Big),
        ["huge-compare-all-aspects"] = () => Answer(new RecognitionResult { Intent = Intent.Query, Cities = [.. Huge.Cities.Take(3)] }, Huge),
        ["huge-compare-5-cities-all-aspects"] = () => Answer(new RecognitionResult { Intent = Intent.Query, Cities = [.. Huge.Cities.Take(5)] }, Huge),
        ["huge-overview"] = () => Answer(new RecognitionResult { Intent = Intent.Query, Aspects = [Huge.Aspects[1]] }, Huge),
        ["huge-profile"] = () => Answer(new RecognitionResult { Intent = Intent.Query, Cities = [Huge.Cities[7]] }, Huge),
        ["huge-coverage"] = () => Answer(new RecognitionResult { Intent = Intent.ListAspects }, Huge),
        ["huge-help"] = () => Answer(new RecognitionResult { Intent = Intent.Help }, Huge),
        ["hostile-compare"] = () => Answer(Recognized(Intent.Query, [HostileLink, HostileTemplate, "Köln 🏙️👩‍👩‍👧"], ["Lang*_`~"], synopsis: Hostile), Hostile),
        ["hostile-profile"] = () => Answer(Recognized(Intent.Query, [HostileScript + RtlOverride], synopsis: Hostile), Hostile),
        ["hostile-long-overview"] = () => Answer(Recognized(Intent.Query, aspects: ["Lang*_`~"], synopsis: Hostile), Hostile),
        ["hostile-unknown-city"] = () => Answer(Recognized(Intent.Query, unknown: [HostileLink, HostileTemplate, RtlOverride, HostileScript])),
        ["hostile-search"] = () => Answer(Searched([HostileTemplate, HostileLink],
            (HostileScript, "# Überschrift", "**fett** [x](javascript:alert(1)) ${evil} \u202Etxet", ["fett", "${evil}"]))),
        ["hostile-help"] = () => Answer(Recognized(Intent.Help, synopsis: Hostile), Hostile),
        ["hostile-coverage"] = () => Answer(Recognized(Intent.ListAspects, synopsis: Hostile), Hostile),
        ["hostile-city-list"] = () => Answer(Recognized(Intent.ListCities, synopsis: Hostile), Hostile),
        ["hostile-about"] = () => Answer(Recognized(Intent.About, synopsis: Hostile), Hostile),
        ["hostile-define"] = () => Answer(Recognized(Intent.Define, synopsis: Hostile) with { Term = "*RAA*" }, Hostile),
        ["hostile-define-unknown"] = () => Answer(Recognized(Intent.Define, synopsis: Hostile) with { Term = HostileLink }, Hostile),
        ["hostile-coverage-lacks"] = () => Answer(Recognized(Intent.Coverage, aspects: ["# Kurz"], synopsis: Hostile) with { Coverage = CoverageQuestion.Lacks }, Hostile),
        ["about"] = () => Answer(Recognized(Intent.About, synopsis: Office), Office),
        ["about-without-provenance"] = () => Answer(Recognized(Intent.About)),
        ["define-glossary-term"] = () => Answer(Recognized(Intent.Define, synopsis: Office) with { Term = "RAA" }, Office),
        ["define-unknown-term"] = () => Answer(Recognized(Intent.Define) with { Term = "IKÖ" }),
        ["coverage-lacks-praeambel"] = () => Answer(Recognized(Intent.Coverage, aspects: [Praeambel]) with { Coverage = CoverageQuestion.Lacks }),
        ["coverage-has-2-aspects"] = () => Answer(Recognized(Intent.Coverage, aspects: [Praeambel, Anbindung]) with { Coverage = CoverageQuestion.Has }),
        ["coverage-most"] = () => Answer(Recognized(Intent.Coverage) with { Coverage = CoverageQuestion.Most }),
        ["coverage-fewest"] = () => Answer(Recognized(Intent.Coverage) with { Coverage = CoverageQuestion.Fewest }),
        ["coverage-city-muenster"] = () => Answer(Recognized(Intent.Coverage, ["Münster"]) with { Coverage = CoverageQuestion.City }),
        ["coverage-without-slots-table"] = () => Answer(Recognized(Intent.Coverage) with { Coverage = CoverageQuestion.Lacks }),
        ["compare-with-downloads"] = () => new AnswerService(Fixed(Recognized(Intent.Query, ["Stuttgart", "Bielefeld"], [Anbindung])), Seed, Renderer, new SampleLinks())
            .Answer("Vergleich", ConversationContext.Empty, DateTimeOffset.UnixEpoch).Reply,
        ["big-coverage-most"] = () => Answer(new RecognitionResult { Intent = Intent.Coverage, Coverage = CoverageQuestion.Most }, Big),
        ["big-coverage-lacks"] = () => Answer(new RecognitionResult { Intent = Intent.Coverage, Coverage = CoverageQuestion.Lacks, Aspects = [Big.Aspects[3]] }, Big),
        ["big-coverage-city"] = () => Answer(new RecognitionResult { Intent = Intent.Coverage, Coverage = CoverageQuestion.City, Cities = [Big.Cities[7]] }, Big),
    };

    /// <summary>The seed with provenance and a glossary, as an office's file carries them.</summary>
    public static ISynopsisRepository Office => IntegrationBot.Core.Tests.DataQuestions.OfficeData.Repository;

    private static IRecognizer Fixed(RecognitionResult recognition)
    {
        var recognizer = new Moq.Mock<IRecognizer>();
        recognizer.Setup(r => r.Recognize(Moq.It.IsAny<string>(), Moq.It.IsAny<ConversationContext>(), Moq.It.IsAny<DateTimeOffset>())).Returns(recognition);
        return recognizer.Object;
    }

    private sealed class SampleLinks : IntegrationBot.Core.Export.IExportLinks
    {
        public Uri? For(IntegrationBot.Core.Export.ExportRequest request, IntegrationBot.Core.Export.ExportFormat format) =>
            new($"https://bot.example.org/api/export/{format.ToString().ToLowerInvariant()}?k={request.Kind}&s=sample");
    }

    public static TheoryData<string> Names => [.. All.Keys];

    /// <summary>Scenarios answered from the seed synopsis (the others use the hostile, long or big synthetic one).</summary>
    public static bool UsesSeed(string scenario) =>
        !scenario.StartsWith("hostile", StringComparison.Ordinal) && !scenario.StartsWith("big", StringComparison.Ordinal) && !scenario.StartsWith("huge", StringComparison.Ordinal) && !scenario.StartsWith("long", StringComparison.Ordinal)
        && scenario is not ("about" or "define-glossary-term");

    private static ISynopsisRepository BuildLong()
    {
        var seed = Seed.Document;
        var entries = seed.Entries.Select(e => e with
        {
            Blocks = [.. Enumerable.Range(0, 6).SelectMany(_ => e.Blocks)],
        }).ToList();
        return new InMemorySynopsisRepository(new SynopsisDocument(seed.Title, seed.Aspects, seed.Cities, entries));
    }

    /// <summary>A synopsis with hostile names and text and one huge entry: the card must escape, collapse and fit.</summary>
    private static ISynopsisRepository BuildHostile()
    {
        var cities = new[] { HostileLink, HostileTemplate, "Köln 🏙️👩‍👩‍👧", HostileScript + RtlOverride }.Select(n => new City(n)).ToList();
        var huge = new Aspect("Lang*_`~", 0);
        var small = new Aspect("# Kurz", 1);
        string Sentence(int i) => $"Satz {i}: Die Stadt fördert **Teilhabe** und [Vielfalt](javascript:alert({i})) – ${{evil}} <b>fett</b> \u202Eeis ös thcin 🎉. ";
        var entries = new List<Entry>
        {
            new(huge, cities[0], false, [new Paragraph(string.Concat(Enumerable.Range(0, 400).Select(Sentence)))]),
            new(huge, cities[1], true, [new Subheading("Zusammenfassung"), new BulletList([.. Enumerable.Range(0, 300).Select(Sentence)])]),
            new(huge, cities[2], false, [.. Enumerable.Range(0, 40).Select(i => (ContentBlock)new Paragraph(Sentence(i)))]),
            new(small, cities[3], false, [new Paragraph(HostileScript + " " + HostileLink + " " + HostileTemplate)]),
            new(small, cities[2], true, [new BulletList(["1. erstens", "- zweitens", "> drittens", "# viertens"])]),
        };
        var provenance = new SynopsisProvenance(HostileScript + RtlOverride, HostileLink + " " + HostileTemplate, new DateOnly(2026, 3, 12), false, new Uri("https://example.org/a(b)[c]*d?x=${evil}"));
        GlossaryTerm[] glossary = [new("*RAA*", HostileLink + " " + HostileScript)];
        return new InMemorySynopsisRepository(new SynopsisDocument("Synopse *mit* [Link](http://example.org) ${title}", [huge, small], cities, entries, provenance, glossary));
    }
}
