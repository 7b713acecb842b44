namespace IntegrationBot.Core.Understanding.Decision;

/// <summary>
/// One named rule of the decision: it reads the prepared message and either decides (a result) or passes (null) to the
/// next rule in <see cref="DecisionRules.Ordered"/>. Its name is the result's <see cref="RecognitionResult.Rule"/>, under
/// which the score is calibrated (docs/understanding.md).
/// </summary>
internal interface IDecisionRule
{
    string Name { get; }

    RecognitionResult? TryDecide(DecisionInput input);
}
