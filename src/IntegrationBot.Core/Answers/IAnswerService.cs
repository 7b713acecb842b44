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

    /// <summary>
    /// The prompt for a message without a question (no text, only an attachment, an unknown card click), with an
    /// example question built from the loaded synopsis.
    /// </summary>
    Reply AskForQuestion();
}
