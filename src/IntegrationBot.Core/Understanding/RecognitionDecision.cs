using IntegrationBot.Core.Understanding.Decision;
using IntegrationBot.Core.Understanding.Model;

namespace IntegrationBot.Core.Understanding;

/// <summary>
/// The decision for one analysed message: the named rules of <see cref="DecisionRules.Ordered"/> are asked in order and
/// the first that decides wins. The result carries the rule's name and, as its score, the rule's calibrated precision
/// (<see cref="RuleScores"/>; docs/understanding.md has the intent meanings and how the scores were fitted).
/// </summary>
internal sealed class RecognitionDecision(RecognitionModel model, MessageAnalysis analysis, string text, ConversationContext context)
{
    public RecognitionResult Decide()
    {
        var input = new DecisionInput(model, analysis, text, context);
        foreach (var rule in DecisionRules.Ordered)
        {
            if (rule.TryDecide(input) is { } result)
            {
                var name = result.Rule is null ? rule.Name : rule.Name + "/" + result.Rule;
                return result with { Rule = name, Score = model.Lexicon.Scores.For(name, result.Score) };
            }
        }

        // The last rule always decides; an empty rule list would be a programming error.
        throw new InvalidOperationException("No decision rule decided.");
    }
}
