using IntegrationBot.Core.Search;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding.Lexicons;
using IntegrationBot.Core.Understanding.Model;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding;

/// <summary>
/// The offline recognizer: normalises the message, finds places, aspects and question cues (lexicon + synopsis),
/// decides the intent, applies the conversation context and, when unsure, offers the closest readings. Immutable and
/// thread-safe: one model per synopsis; a reloaded synopsis gets a new recognizer.
/// </summary>
public sealed class Recognizer : IRecognizer
{
    private readonly State _state;

    /// <summary>A recognizer for the repository's current document; a reload builds a new recognizer (ReloadingAnswerService).</summary>
    public Recognizer(ISynopsisRepository repository, Lexicon lexicon)
        : this((repository ?? throw new ArgumentNullException(nameof(repository))).Document, lexicon)
    {
    }

    public Recognizer(SynopsisDocument synopsis, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(synopsis);
        ArgumentNullException.ThrowIfNull(lexicon);
        _state = new State(new RecognitionModel(synopsis, lexicon));
    }

    /// <summary>The precomputed model of the current synopsis (also the search index the answers use).</summary>
    public RecognitionModel Model => _state.Model;

    public RecognitionResult Recognize(string text, ConversationContext context, DateTimeOffset now)
    {
        var clean = TextSanitizer.Clean(text);
        try
        {
            return Recognize(_state, clean, context ?? ConversationContext.Empty, now, allowPick: true);
        }
#pragma warning disable CA1031 // Understanding must never break a turn: an unexpected failure reads as "not understood".
        catch (Exception)
#pragma warning restore CA1031
        {
            return RecognitionResult.NoneFor(clean);
        }
    }

    private static RecognitionResult Recognize(State state, string text, ConversationContext context, DateTimeOffset now, bool allowPick)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            // "?", "...", "😀": no word at all is someone who does not know what to ask — show what the bot can do.
            return new RecognitionResult { Intent = Intent.Help, Score = 0.6, Text = text };
        }

        var fresh = !context.IsExpiredAt(now);
        if (allowPick && fresh && context.OfferedQuestions.Count > 0
            && state.Picker.TryPick(text, tokens, context.OfferedQuestions.Count) is { } picked)
        {
            return Pick(state, text, context, now, picked);
        }

        var analysis = state.Analyzer.Analyze(tokens);
        return new RecognitionDecision(state.Model, analysis, text, fresh ? context : ConversationContext.Empty).Decide();
    }

    private static RecognitionResult Pick(State state, string text, ConversationContext context, DateTimeOffset now, IReadOnlyList<int> picked)
    {
        var slotsOnly = context with { OfferedQuestions = [] };
        var results = picked.Select(i => Recognize(state, context.OfferedQuestions[i], slotsOnly, now, allowPick: false)).ToList();
        var first = results[0];
        var merged = results.Count == 1 || results.Any(r => r.Intent != first.Intent)
            ? first
            : first with
            {
                Cities = results.SelectMany(static r => r.Cities).Distinct().ToList(),
                Aspects = results.SelectMany(static r => r.Aspects).Distinct().OrderBy(static a => a.Order).ToList(),
                UnknownCities = results.SelectMany(static r => r.UnknownCities).Distinct().ToList(),
                SearchTerms = results.SelectMany(static r => r.SearchTerms).Distinct().ToList(),
                AskedWords = results.SelectMany(static r => r.AskedWords).Distinct().ToList(),
                Results = results.SelectMany(static r => r.Results).OrderByDescending(static h => h.Score).ToList(),
            };
        var fromContext = new List<string>();
        if (merged.Cities.Count > 0 || merged.UnknownCities.Count > 0)
        {
            fromContext.Add("cities");
        }

        if (merged.Aspects.Count > 0)
        {
            fromContext.Add("aspects");
        }

        var rule = "pick/" + (merged.Rule ?? "unnamed");
        return merged with { Text = text, FromContext = fromContext, Alternatives = [], Rule = rule, Score = state.Model.Lexicon.Scores.For(rule, Math.Max(merged.Score, 0.9)) };
    }

    private sealed class State(RecognitionModel model)
    {
        public RecognitionModel Model { get; } = model;

        public MessageAnalyzer Analyzer { get; } = new(model);

        public OfferedQuestionPicker Picker { get; } = new(model);
    }
}
