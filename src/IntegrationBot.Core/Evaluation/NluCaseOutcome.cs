using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Evaluation;

/// <summary>The judged result of one case: right or wrong, why, and what was recognised.</summary>
public sealed record NluCaseOutcome(NluCase Case, RecognitionResult Recognition, bool Correct, string Reason);
