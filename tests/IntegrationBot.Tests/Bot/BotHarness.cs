using System.Text.Json.Nodes;
using IntegrationBot.Bot;
using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace IntegrationBot.Tests.Bot;

/// <summary>
/// The real bot class and turn error handling on a TestAdapter, with state in MemoryStorage (which round-trips
/// through JSON like every real store), over a given answer service.
/// </summary>
internal sealed class BotHarness
{
    /// <summary>Generous: CI machines are loaded.</summary>
    public const uint ReplyTimeout = 30_000;

    public BotHarness(IAnswerService answers, string channelId = "test", IStorage? storage = null)
    {
        Memory = new ConversationMemory(storage ?? new MemoryStorage());
        Adapter = new TestAdapter(channelId, sendTraceActivity: true)
        {
            OnTurnError = new TurnErrorHandler(answers, Memory, NullLogger<TurnErrorHandler>.Instance).HandleAsync,
        };
        Bot = new SynopsisBot(answers, Memory, TimeProvider.System);
    }

    public ConversationMemory Memory { get; }

    public TestAdapter Adapter { get; }

    public SynopsisBot Bot { get; }

    public TestFlow Flow() => new(Adapter, Bot.OnTurnAsync);
}

/// <summary>Builds IAnswerService fakes: the host's boundary to IntegrationBot.Core.</summary>
internal static class FakeAnswers
{
    public static readonly Reply Welcome = new("Willkommen beim IntegrationBot!", "Willkommen!", new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" });
    public static readonly Reply Apology = new("Entschuldigung, da ist etwas schiefgegangen.", "Entschuldigung.", null);
    public static readonly Reply AskForQuestion = new("Bitte stellen Sie mir eine Frage, zum Beispiel: „Präambel in Musterstadt“", "Bitte eine Frage.", null);

    public static Mock<IAnswerService> Create()
    {
        var answers = new Mock<IAnswerService>(MockBehavior.Strict);
        answers.Setup(a => a.Welcome()).Returns(Welcome);
        answers.Setup(a => a.Error()).Returns(Apology);
        answers.Setup(a => a.AskForQuestion()).Returns(AskForQuestion);
        answers.Setup(a => a.Answer(It.IsAny<string>(), It.IsAny<ConversationContext>(), It.IsAny<DateTimeOffset>()))
            .Returns((string text, ConversationContext context, DateTimeOffset _) => Outcome(text, context));
        return answers;
    }

    /// <summary>An answer that echoes the question into the card and remembers it as the last city, so tests can see both.</summary>
    public static TurnOutcome Outcome(string text, ConversationContext context)
    {
        var recognition = new RecognitionResult
        {
            Intent = Intent.Query,
            Score = 0.9,
            Cities = [new City("Stuttgart")],
            Aspects = [new Aspect("Orga - Anbindung", 1)],
            FromContext = context.Cities.Count > 0 ? ["cities"] : [],
            Text = text,
        };
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = $"Antwort auf: {text}", ["wrap"] = true }),
        };
        var next = context with { LastIntent = Intent.Query, Cities = [.. context.Cities, $"Stadt {context.Cities.Count + 1}"], Aspects = ["Orga - Anbindung"] };
        return new TurnOutcome(recognition, new Reply($"Antwort auf: {text}", $"Antwort auf {text}", card), next);
    }
}
