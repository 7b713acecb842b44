using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Answers;

/// <summary>The result of answering one message: the understanding (for the trace), the reply, and the context to store.</summary>
public sealed record TurnOutcome(RecognitionResult Recognition, Reply Reply, ConversationContext Context);
