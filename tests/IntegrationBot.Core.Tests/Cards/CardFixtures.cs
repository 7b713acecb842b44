using System.Text.Json.Nodes;
using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Cards.Templating;
using IntegrationBot.Core.Search;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Synopsis;
using IntegrationBot.Core.Understanding;
using Moq;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>The real templates (copied to the test output from cards/) and the real seed synopsis.</summary>
internal static class CardFixtures
{
    private static readonly Lazy<CardTemplates> LazyTemplates = new(() => CardTemplates.Load(TemplateDirectory));

    public static string TemplateDirectory => Path.Combine(AppContext.BaseDirectory, "cards");

    public static CardTemplates Templates => LazyTemplates.Value;

    public static ISynopsisRepository Seed { get; } = new InMemorySynopsisRepository(SeedData.Document);

    /// <summary>The real recognizer with the shipped lexicon, on the seed.</summary>
    public static IRecognizer Recognizer => IntegrationBot.Core.Tests.Understanding.Seed.Recognizer;

    public static RecognitionResult Recognize(string text) => Recognizer.Recognize(text, ConversationContext.Empty, DateTimeOffset.UnixEpoch);

    private static readonly AsyncLocal<List<(string Template, JsonObject Data)>?> Recorded = new();

    /// <summary>Every expansion, with the data as the composer built it; recorded while <see cref="Record"/> is active.</summary>
    public static CardRenderer Renderer => new(Templates, (template, data) => Recorded.Value?.Add((template, (JsonObject)data.DeepClone())));

    /// <summary>Records the template data of every card rendered in the current flow into <paramref name="sink"/>.</summary>
    public static void Record(List<(string Template, JsonObject Data)> sink) => Recorded.Value = sink;

    /// <summary>An answer service whose recognizer (the boundary to the understanding component) returns <paramref name="recognition"/>.</summary>
    public static AnswerService ServiceReturning(RecognitionResult recognition, ISynopsisRepository? synopsis = null)
    {
        var recognizer = new Mock<IRecognizer>();
        recognizer.Setup(r => r.Recognize(It.IsAny<string>(), It.IsAny<ConversationContext>(), It.IsAny<DateTimeOffset>())).Returns(recognition);
        return new AnswerService(recognizer.Object, synopsis ?? Seed, Renderer);
    }

    public static Reply Answer(RecognitionResult recognition, ISynopsisRepository? synopsis = null) =>
        ServiceReturning(recognition, synopsis).Answer(recognition.Text, ConversationContext.Empty, DateTimeOffset.UnixEpoch).Reply;

    /// <summary>A recognition in the trace contract's terms, resolved against <paramref name="synopsis"/>.</summary>
    public static RecognitionResult Recognized(
        Intent intent,
        string[]? cities = null,
        string[]? aspects = null,
        string[]? unknown = null,
        ISynopsisRepository? synopsis = null,
        string[]? fromContext = null)
    {
        var repo = synopsis ?? Seed;
        return new RecognitionResult
        {
            Intent = intent,
            Score = 0.9,
            Cities = [.. (cities ?? []).Select(c => repo.FindCity(c) ?? throw new ArgumentException($"Stadt {c} fehlt"))],
            Aspects = [.. (aspects ?? []).Select(a => repo.FindAspect(a) ?? throw new ArgumentException($"Aspekt {a} fehlt"))],
            UnknownCities = unknown ?? [],
            FromContext = fromContext ?? [],
            Text = intent.ToString(),
        };
    }

    public static RecognitionResult Searched(string[] terms, params (string City, string Aspect, string Snippet, string[] Words)[] hits) => new()
    {
        Intent = Intent.Search,
        Score = 0.8,
        SearchTerms = terms,
        Results = [.. hits.Select((h, i) => new SearchHit(new City(h.City), new Aspect(h.Aspect, 0), 1.0 - (i * 0.1), h.Snippet, h.Words))],
        Text = string.Join(" ", terms),
    };
}
