using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Evaluation;

/// <summary>
/// Runs labelled conversations through a recognizer the way the bot does (context carried from turn to turn with
/// <see cref="ConversationContext.After"/>, a few seconds apart) and judges the last turn with <see cref="NluJudge"/>.
/// </summary>
public sealed class NluEvaluator
{
    private static readonly TimeSpan TurnGap = TimeSpan.FromSeconds(5);

    private readonly IRecognizer _recognizer;

    public NluEvaluator(IRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _recognizer = recognizer;
    }

    public NluReport Evaluate(IEnumerable<NluCase> cases, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var outcomes = new List<NluCaseOutcome>();
        foreach (var c in cases)
        {
            var context = ConversationContext.Empty;
            var now = start;
            RecognitionResult? last = null;
            foreach (var turn in c.Turns)
            {
                last = _recognizer.Recognize(turn, context, now);
                context = context.After(last, now);
                now += TurnGap;
            }

            last ??= RecognitionResult.NoneFor(string.Empty);
            var (correct, reason) = NluJudge.Judge(c, last);
            outcomes.Add(new NluCaseOutcome(c, last, correct, reason));
        }

        return new NluReport(outcomes);
    }
}
