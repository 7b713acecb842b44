using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Answers;

/// <summary>The result of answering one message: the understanding (for the trace), the reply, and the context to store.</summary>
public sealed record TurnOutcome(RecognitionResult Recognition, Reply Reply, ConversationContext Context)
{
    /// <summary>
    /// Further parts of a message that asked two things („Welche Städte haben Angaben zur Präambel, und was steht bei
    /// Bielefeld dazu?“): each answered with its own reply, sent after <see cref="Reply"/> in the same turn.
    /// </summary>
    public IReadOnlyList<AnswerPart> MoreParts { get; init; } = [];
}

/// <summary>One further answered part of a message.</summary>
public sealed record AnswerPart(RecognitionResult Recognition, Reply Reply);
