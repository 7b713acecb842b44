using IntegrationBot.Core.Answers.Lookup;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Answers;

/// <summary>One turn, as plain C#: recognise the message in its context, answer from the synopsis, render the card.</summary>
public interface IAnswerService
{
    TurnOutcome Answer(string text, ConversationContext context, DateTimeOffset now);

    /// <summary>The welcome shown when the bot is added to a conversation.</summary>
    Reply Welcome();

    /// <summary>The apology shown when a turn failed; never contains exception details.</summary>
    Reply Error();

    /// <summary>A compose-box lookup (Teams search message extension): one page of results with insertable cards.</summary>
    LookupPage Lookup(string? query, int skip, int count, DateTimeOffset now);

    /// <summary>The inserted card for a result key of an earlier lookup; null when the synopsis no longer has it.</summary>
    LookupItem? LookupSelected(string? key, DateTimeOffset now);

    /// <summary>
    /// The prompt for a message without a question (no text, only an attachment, an unknown card click), with an
    /// example question built from the loaded synopsis.
    /// </summary>
    Reply AskForQuestion();
}
