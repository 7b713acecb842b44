using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding.Lexicons;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.DataQuestions;

/// <summary>
/// The stage that understands questions about the data itself (About, Coverage, Define), wrapped around the recognizer
/// of the synopsis' content. It never finds cities or aspects itself: for a coverage question it asks the inner
/// recognizer, and glossary terms it expands into their definition for the inner recognizer when that understood
/// nothing. Every other message gets the inner recognizer's answer unchanged.
/// </summary>
public sealed class DataQuestionRecognizer : IRecognizer
{
    /// <summary>Below this score an inner reading is weak enough to try again with glossary terms spelled out.</summary>
    public const double WeakScore = 0.5;

    /// <summary>Words of coverage questions themselves; the rest of the message names the aspect or city.</summary>
    private static readonly HashSet<string> CoverageWords = new(StringComparer.Ordinal)
    {
        "welche", "welcher", "welchen", "wer", "wo", "fur", "bei", "stadte", "stadt", "stadten", "kommunen", "haben", "hat", "gibt", "es",
        "keine", "keinen", "ohne", "fehlende", "fehlen", "fehlt", "nichts", "angabe", "angaben", "eintrag", "eintrage", "eintragungen",
        "information", "informationen", "infos", "daten", "inhalte", "aussagen", "eingetragen", "wie", "vollstandig", "luckenhaft", "sind",
        "leer", "leere", "leeren", "unbesetzt", "ist", "viele", "zu", "zur", "zum", "lucken", "lucke", "noch",
        "aspekten", "aspekte", "abdeckung", "which", "cities", "have", "no", "entry", "entries", "missing", "for",
    };

    private readonly IRecognizer _inner;
    private readonly ISynopsisRepository _synopsis;
    private readonly IReadOnlyList<DataQuestionRule> _rules;
    private readonly RuleScores _scores;
    private volatile Glossary _glossary;

    /// <param name="scores">Calibrated scores of the data-question rules (by rule name); their own weights when absent.</param>
    public DataQuestionRecognizer(IRecognizer inner, ISynopsisRepository synopsis, IReadOnlyList<DataQuestionRule>? rules = null, RuleScores? scores = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(synopsis);
        _scores = scores ?? RuleScores.Empty;
        _inner = inner;
        _synopsis = synopsis;
        _rules = rules ?? DataQuestionRules.All;
        _glossary = new Glossary(synopsis.Document);
    }

    public RecognitionResult Recognize(string text, ConversationContext context, DateTimeOffset now)
    {
        context ??= ConversationContext.Empty;
        var inner = _inner.Recognize(text, context, now);
        try
        {
            var refined = Refine(text ?? string.Empty, inner, context, now);
            return ReferenceEquals(refined, inner) || refined.Rule is null ? refined : refined with { Score = _scores.For(refined.Rule, refined.Score) };
        }
#pragma warning disable CA1031 // This stage must never break a turn: on any surprise the content recognizer's reading stands.
        catch (Exception)
#pragma warning restore CA1031
        {
            return inner;
        }
    }

    private RecognitionResult Refine(string text, RecognitionResult inner, ConversationContext context, DateTimeOffset now)
    {
        var tokens = Tokenizer.Tokenize(TextSanitizer.Clean(text));
        if (tokens.Count == 0)
        {
            return inner;
        }

        var folded = DataQuestionRules.Normalise(tokens);
        var matches = _rules.Where(r => r.Matches(folded)).ToList();
        var glossary = CurrentGlossary();

        // A coverage question names what is covered ("Für wie viele Städte gibt es Angaben zur Präambel?"); with such a
        // rule at least as strong, the question is about the entries for that, not about the size of the synopsis.
        if (Best(matches, Intent.About) is { } about && !(Best(matches, Intent.Coverage) is { Coverage: CoverageQuestion.Has or CoverageQuestion.Lacks } slotted && slotted.Weight >= about.Weight - 0.05))
        {
            // The question is about the data: no city or aspect, not even one carried from the previous turn.
            return new RecognitionResult { Intent = Intent.About, Score = about.Weight, Rule = about.Name, Text = inner.Text };
        }

        if (Best(matches, Intent.Define) is { } define && Definition(define, tokens, inner, glossary) is { } definition)
        {
            return definition;
        }

        if (Best(matches, Intent.Coverage) is { } coverage && Coverage(matches, coverage, tokens, inner, context, now) is { } covered)
        {
            return covered;
        }

        return WithGlossaryTerms(text, tokens, inner, context, now, glossary);
    }

    private static DataQuestionRule? Best(List<DataQuestionRule> matches, Intent intent) =>
        matches.Where(r => r.Intent == intent).OrderByDescending(static r => r.Weight).FirstOrDefault();

    private static RecognitionResult? Definition(DataQuestionRule rule, List<Token> tokens, RecognitionResult inner, Glossary glossary)
    {
        var term = DefinitionTerm.From(tokens);
        // A city named in so many words makes it a question about that city („Wofür steht die Integrationspolitik in
        // Stuttgart?“); a city the recognizer only inferred from an office's abbreviation („AmkA“) does not.
        if (term.Length == 0 || NamedInMessage(ExplicitCities(inner), tokens))
        {
            return null;
        }

        var known = glossary.Lookup.Exact(term);
        var weak = rule.Name == DataQuestionRules.WeakDefinitionRule;
        if (known is null && (weak || !(DefinitionTerm.LooksLikeAbbreviation(term) || inner.Intent is Intent.None or Intent.Search || inner.Aspects.Count == 0)))
        {
            // "Was ist die Präambel?" is a question for the aspect, not for a dictionary.
            return null;
        }

        return new RecognitionResult
        {
            Intent = Intent.Define,
            Score = known is null ? rule.Weight - 0.1 : Math.Max(rule.Weight, 0.95),
            Rule = rule.Name + (known is null ? "/unknown-term" : "/glossary-term"),
            Term = known?.Term ?? term,
            Aspects = known is null ? inner.Aspects.Where(_ => !inner.FromContext.Contains("aspects")).ToList() : [],
            Text = inner.Text,
        };
    }

    private RecognitionResult? Coverage(List<DataQuestionRule> matches, DataQuestionRule rule, List<Token> tokens, RecognitionResult inner, ConversationContext context, DateTimeOffset now)
    {
        var fixedKind = matches.Where(static r => r.Intent == Intent.Coverage && r.Coverage is CoverageQuestion.Most or CoverageQuestion.Fewest)
            .OrderByDescending(static r => r.Weight).FirstOrDefault()?.Coverage;
        if (fixedKind is not null && ExplicitAspects(inner).Count == 0)
        {
            return new RecognitionResult { Intent = Intent.Coverage, Coverage = fixedKind, Score = rule.Weight, Rule = rule.Name, Text = inner.Text };
        }

        // The slots come from the content recognizer: first on the whole message, then on what remains without the
        // coverage words ("keine Angaben zur Präambel" → "zur Präambel"), which it reads as a plain aspect or city.
        var slots = inner;
        if (slots.Aspects.Count == 0 && slots.Cities.Count == 0)
        {
            var rest = string.Join(" ", tokens.Where(t => !CoverageWords.Contains(t.Folded)).Select(static t => t.Surface));
            if (rest.Length > 0)
            {
                slots = _inner.Recognize(rest, context, now);
            }
        }

        var lacks = matches.Any(static r => r.Coverage == CoverageQuestion.Lacks);
        var aspects = slots.Aspects;
        var cities = ExplicitCities(slots);
        var askedForCities = tokens.Any(static t => t.Folded is "stadte" or "stadt" or "stadten" or "kommunen" or "wo" or "wer" or "cities");
        if (aspects.Count > 0 && (askedForCities || cities.Count == 0 || ExplicitAspects(slots).Count > 0))
        {
            return new RecognitionResult
            {
                Intent = Intent.Coverage,
                Coverage = lacks ? CoverageQuestion.Lacks : CoverageQuestion.Has,
                Score = rule.Weight,
                Rule = rule.Name,
                Aspects = aspects,
                Cities = askedForCities ? [] : cities,
                UnknownCities = slots.UnknownCities,
                FromContext = slots.FromContext.Contains("aspects") ? ["aspects"] : [],
                Text = inner.Text,
            };
        }

        if (cities.Count > 0 || slots.Cities.Count > 0)
        {
            return new RecognitionResult
            {
                Intent = Intent.Coverage,
                Coverage = CoverageQuestion.City,
                Score = rule.Weight,
                Rule = rule.Name,
                Cities = cities.Count > 0 ? cities : slots.Cities,
                FromContext = cities.Count > 0 ? [] : ["cities"],
                Text = inner.Text,
            };
        }

        if (slots.UnknownCities.Count > 0)
        {
            // A coverage question about a place the synopsis lacks is answered by saying so.
            return null;
        }

        return new RecognitionResult { Intent = Intent.Coverage, Coverage = lacks ? CoverageQuestion.Lacks : CoverageQuestion.Has, Score = rule.Weight - 0.1, Rule = rule.Name + "/without-slots", Text = inner.Text };
    }

    /// <summary>
    /// Glossary terms in an ordinary question: unless the content recognizer already points at entries, ask it again
    /// with each term followed by its definition, and keep that reading when it points at more of the synopsis — so that
    /// „Welche Städte haben eine RAA?“ finds what the definition's words find.
    /// </summary>
    private RecognitionResult WithGlossaryTerms(string text, List<Token> tokens, RecognitionResult inner, ConversationContext context, DateTimeOffset now, Glossary glossary)
    {
        if (glossary.Lookup.IsEmpty || Specificity(inner) == MostSpecific)
        {
            return inner;
        }

        var terms = glossary.Lookup.Mentioned(tokens);
        if (terms.Count == 0)
        {
            return inner;
        }

        var expanded = text + " (" + string.Join("; ", terms.Select(static t => $"{t.Term}: {t.Definition}")) + ")";
        var retry = _inner.Recognize(expanded, context, now);
        var weak = inner.Intent == Intent.None || inner.Score < WeakScore;
        var better = Specificity(retry) > Specificity(inner) || (weak && retry.Intent != Intent.None && retry.Score >= inner.Score && Specificity(retry) >= Specificity(inner));
        return better ? retry with { Text = inner.Text, Rule = "glossary-expanded/" + retry.Rule } : inner;
    }

    private const int MostSpecific = 2;

    /// <summary>How much of the synopsis a reading points at: an entry (query with slots) 2, search hits 1, anything else 0.</summary>
    private static int Specificity(RecognitionResult r) => r switch
    {
        { Intent: Intent.Query } when r.Aspects.Count > 0 || r.Cities.Count > 0 => MostSpecific,
        { Intent: Intent.Search } when r.Results.Count > 0 => 1,
        _ => 0,
    };

    private static bool NamedInMessage(IReadOnlyList<City> cities, List<Token> tokens)
    {
        var words = tokens.Select(static t => t.Folded).ToHashSet(StringComparer.Ordinal);
        return cities.Any(city => Tokenizer.Tokenize(city.Name).All(t => words.Contains(t.Folded)));
    }

    private static IReadOnlyList<City> ExplicitCities(RecognitionResult r) => r.FromContext.Contains("cities") ? [] : r.Cities;

    private static IReadOnlyList<Aspect> ExplicitAspects(RecognitionResult r) => r.FromContext.Contains("aspects") ? [] : r.Aspects;

    private Glossary CurrentGlossary()
    {
        var glossary = _glossary;
        var document = _synopsis.Document;
        if (!ReferenceEquals(glossary.Document, document))
        {
            glossary = new Glossary(document);
            _glossary = glossary;
        }

        return glossary;
    }

    private sealed class Glossary(SynopsisDocument document)
    {
        public SynopsisDocument Document { get; } = document;

        public GlossaryLookup Lookup { get; } = new(document.Glossary);
    }
}
