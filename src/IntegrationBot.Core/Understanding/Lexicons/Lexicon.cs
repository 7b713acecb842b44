using System.Collections.Frozen;
using IntegrationBot.Core.Understanding.Language;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Lexicons;

/// <summary>
/// The language knowledge of the recognizer, loaded from data files (data/lexicon/*.txt|tsv) so that wording can be
/// improved without a code change. Cities and aspects themselves always come from the synopsis; the lexicon only adds
/// synonyms, question patterns, small talk and the gazetteer of places the synopsis does not cover.
/// </summary>
public sealed class Lexicon
{
    public const string AspectsFile = "aspects.txt";
    public const string IntentsFile = "intents.txt";
    public const string CitiesFile = "cities.tsv";

    /// <summary>German towns from GeoNames (scripts/update-places.sh): names only, to notice towns a synopsis lacks.</summary>
    public const string GeneralPlacesFile = "places-de.tsv";
    public const string OrganisationsFile = "organisations.txt";
    public const string StopWordsFile = "stopwords.txt";
    public const string PicksFile = "picks.txt";
    public const string GlossaryFile = "glossary.txt";

    /// <summary>Pick target meaning "every offered reading" ("beide").</summary>
    public const int PickAll = 0;

    /// <summary>Pick target meaning "the last offered reading".</summary>
    public const int PickLast = -1;

    private Lexicon(
        IReadOnlyList<KeyValuePair<string, LexiconPhrase>> aspectSynonyms,
        IReadOnlyDictionary<CueKind, IReadOnlyList<LexiconPhrase>> cues,
        IReadOnlyList<GazetteerPlace> places,
        IReadOnlyList<KeyValuePair<string, LexiconPhrase>> organisations,
        IReadOnlySet<string> stopWords,
        IReadOnlyList<KeyValuePair<int, LexiconPhrase>> picks,
        FieldGlossary fieldGlossary)
    {
        AspectSynonyms = aspectSynonyms;
        Cues = cues;
        Places = places;
        Organisations = organisations;
        StopWords = stopWords;
        Picks = picks;
        FieldGlossary = fieldGlossary;
        Glossary = EnglishToGerman(fieldGlossary);
    }

    /// <summary>Aspect title (as in the data) → synonym phrase.</summary>
    public IReadOnlyList<KeyValuePair<string, LexiconPhrase>> AspectSynonyms { get; }

    public IReadOnlyDictionary<CueKind, IReadOnlyList<LexiconPhrase>> Cues { get; }

    public IReadOnlyList<GazetteerPlace> Places { get; }

    /// <summary>City name → organisation name that stands for it.</summary>
    public IReadOnlyList<KeyValuePair<string, LexiconPhrase>> Organisations { get; }

    public IReadOnlySet<string> StopWords { get; }

    /// <summary>Position (1-based, <see cref="PickLast"/> or <see cref="PickAll"/>) → word that picks it.</summary>
    public IReadOnlyList<KeyValuePair<int, LexiconPhrase>> Picks { get; }

    /// <summary>English search word → the usual German word of each of its concepts (derived from <see cref="FieldGlossary"/>).</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Glossary { get; }

    /// <summary>The field's glossary (glossary.txt): German word groups with their English words.</summary>
    public FieldGlossary FieldGlossary { get; }

    /// <summary>The lexicon folder inside an application's output: data/lexicon.</summary>
    public static string DefaultDirectory(string applicationDirectory) => Path.Combine(applicationDirectory, "data", "lexicon");

    /// <summary>Reads and validates every lexicon file of <paramref name="directory"/>.</summary>
    /// <exception cref="LexiconFormatException">A file is missing or malformed (names file and line).</exception>
    public static Lexicon Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return new Lexicon(
            ReadKeyed(LexiconFile.Read(directory, AspectsFile)),
            ReadCues(LexiconFile.Read(directory, IntentsFile)),
            WithGeneralPlaces(ReadPlaces(LexiconFile.Read(directory, CitiesFile)), LexiconFile.Read(directory, GeneralPlacesFile)),
            ReadKeyed(LexiconFile.Read(directory, OrganisationsFile)),
            ReadStopWords(LexiconFile.Read(directory, StopWordsFile)),
            ReadPicks(LexiconFile.Read(directory, PicksFile)),
            FieldGlossary.Load(directory))
        {
            Thesaurus = Thesaurus.Load(directory),
            Dictionary = EnglishDictionary.Load(directory),
            Scores = RuleScores.Load(directory),
            Weights = WeightsFile.Load(directory),
        };
    }

    /// <summary>The calibrated score of each decision rule (scores.tsv).</summary>
    public RuleScores Scores { get; init; } = RuleScores.Empty;

    /// <summary>The same lexicon with other rule scores (calibration measures the rules without the scores they replace).</summary>
    public Lexicon WithScores(RuleScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return Copy(scores, Weights);
    }

    /// <summary>The fitted weights of ranking and decision (weights.tsv); the defaults when none were fitted.</summary>
    public RecognitionWeights Weights { get; init; } = RecognitionWeights.Default;

    /// <summary>The same lexicon with other weights (the fit measures candidates this way).</summary>
    public Lexicon WithWeights(RecognitionWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return Copy(Scores, weights);
    }

    private Lexicon Copy(RuleScores scores, RecognitionWeights weights) =>
        new(AspectSynonyms, Cues, Places, Organisations, StopWords, Picks, FieldGlossary) { Thesaurus = Thesaurus, Dictionary = Dictionary, Scores = scores, Weights = weights };

    /// <summary>General German synonyms (thesaurus.txt); the recognizer uses them as related words and known vocabulary.</summary>
    public Thesaurus Thesaurus { get; init; } = Thesaurus.Empty;

    /// <summary>General English → German words (dictionary-en-de.txt) for English questions beyond the field glossary.</summary>
    public EnglishDictionary Dictionary { get; init; } = EnglishDictionary.Empty;

    private static List<KeyValuePair<string, LexiconPhrase>> ReadKeyed(LexiconFile file)
    {
        var result = new List<KeyValuePair<string, LexiconPhrase>>();
        foreach (var (number, text) in file.Lines())
        {
            var (key, phrases) = file.KeyAndPhrases(number, text);
            result.AddRange(phrases.Select(p => KeyValuePair.Create(key, p)));
        }

        return result;
    }

    private static FrozenDictionary<CueKind, IReadOnlyList<LexiconPhrase>> ReadCues(LexiconFile file)
    {
        var cues = new Dictionary<CueKind, List<LexiconPhrase>>();
        foreach (var (number, text) in file.Lines())
        {
            var (key, phrases) = file.KeyAndPhrases(number, text);
            if (!Enum.TryParse<CueKind>(key, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
            {
                throw file.Error(number, $"Unbekannter Hinweis \"{key}\" (erlaubt: {string.Join(", ", Enum.GetNames<CueKind>())}).");
            }

            if (!cues.TryGetValue(kind, out var list))
            {
                cues[kind] = list = [];
            }

            list.AddRange(phrases);
        }

        return Enum.GetValues<CueKind>().ToFrozenDictionary(
            static k => k,
            k => (IReadOnlyList<LexiconPhrase>)(cues.TryGetValue(k, out var list) ? list : []));
    }

    private static List<GazetteerPlace> ReadPlaces(LexiconFile file)
    {
        var places = new List<GazetteerPlace>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, text) in file.Lines())
        {
            var columns = text.Split('\t');
            if (columns.Length is < 1 or > 4)
            {
                throw file.Error(number, "Erwartet bis zu vier durch Tabulatoren getrennte Spalten: Name, Aliasse, Einwohnerbezeichnungen, Merkmale.");
            }

            var name = columns[0].Trim();
            if (name.Length == 0)
            {
                throw file.Error(number, "Der Ortsname (erste Spalte) ist leer.");
            }

            if (!names.Add(name))
            {
                throw file.Error(number, $"Der Ort \"{name}\" steht mehrfach im Verzeichnis.");
            }

            var flags = Column(columns, 3);
            foreach (var flag in flags)
            {
                if (flag is not ("ambiguous" or "region"))
                {
                    throw file.Error(number, $"Unbekanntes Merkmal \"{flag}\" (erlaubt: ambiguous, region).");
                }
            }

            places.Add(new GazetteerPlace(name, Column(columns, 1), Column(columns, 2), flags.Contains("ambiguous"), flags.Contains("region")));
        }

        if (places.Count == 0)
        {
            throw file.Error(1, "Das Ortsverzeichnis enthält keinen Ort.");
        }

        return places;
    }

    /// <summary>
    /// Adds the towns of the general list that the gazetteer does not hold under any name or alias. The gazetteer wins
    /// because its rows carry aliases, demonyms and ambiguity flags that a bare list of names cannot. A listed name that
    /// begins with a gazetteer name is a district or the long form of that city ("Halle Neustadt", "Marburg an der Lahn")
    /// and would otherwise take the words of a covered city.
    /// </summary>
    private static List<GazetteerPlace> WithGeneralPlaces(List<GazetteerPlace> places, LexiconFile file)
    {
        var known = places.SelectMany(static p => p.Aliases.Prepend(p.Name)).Select(PlaceKey).ToHashSet(StringComparer.Ordinal);
        foreach (var (number, text) in file.Lines())
        {
            var columns = text.Split('\t');
            if (columns.Length != 2 || columns[0].Trim().Length == 0 || !int.TryParse(columns[1], out var inhabitants) || inhabitants <= 0)
            {
                throw file.Error(number, "Erwartet zwei durch einen Tabulator getrennte Spalten: Ortsname und Einwohnerzahl.");
            }

            var name = columns[0].Trim();
            var key = PlaceKey(name);
            if (!known.Any(k => key.StartsWith(k + ' ', StringComparison.Ordinal)) && known.Add(key))
            {
                places.Add(new GazetteerPlace(name, [], [], Ambiguous: false, Region: false) { General = true });
            }
        }

        return places;
    }

    private static string PlaceKey(string name) => string.Join(' ', Tokenizer.Keys(name));

    private static string[] Column(string[] columns, int index) =>
        index < columns.Length
            ? columns[index].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    private static FrozenSet<string> ReadStopWords(LexiconFile file)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, text) in file.Lines())
        {
            foreach (var word in text.Split([' ', ';', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    private static List<KeyValuePair<int, LexiconPhrase>> ReadPicks(LexiconFile file)
    {
        var picks = new List<KeyValuePair<int, LexiconPhrase>>();
        foreach (var (number, text) in file.Lines())
        {
            var (key, phrases) = file.KeyAndPhrases(number, text);
            int position;
            if (key == "all")
            {
                position = PickAll;
            }
            else if (!int.TryParse(key, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out position)
                     || position == 0 || position < PickLast)
            {
                throw file.Error(number, $"Ungültige Position \"{key}\" (erlaubt: 1, 2, 3 …, -1 für die letzte, all für alle).");
            }

            picks.AddRange(phrases.Select(p => KeyValuePair.Create(position, p)));
        }

        return picks;
    }

    /// <summary>
    /// English word → the usual German word (the first of the line) of every concept that lists it. The full concept
    /// stays available through <see cref="FieldGlossary"/>: a search for "refugee counselling" looks for
    /// "Flüchtlingsberatung", not for every word the field uses around it.
    /// </summary>
    private static List<KeyValuePair<string, IReadOnlyList<string>>> EnglishToGerman(FieldGlossary glossary)
    {
        var result = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var concept in glossary.Concepts)
        {
            foreach (var english in concept.English)
            {
                var key = LanguageKey.Of(english);
                if (!index.TryGetValue(key, out var german))
                {
                    index[key] = german = [];
                    result.Add(KeyValuePair.Create(english, (IReadOnlyList<string>)german));
                }

                if (!german.Contains(concept.German[0], StringComparer.Ordinal))
                {
                    german.Add(concept.German[0]);
                }
            }
        }

        return result;
    }
}
