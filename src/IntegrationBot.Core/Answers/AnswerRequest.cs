using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Answers;

/// <summary>Everything a composer needs to answer one recognised message.</summary>
public sealed record AnswerRequest(RecognitionResult Recognition, ISynopsisRepository Synopsis);
