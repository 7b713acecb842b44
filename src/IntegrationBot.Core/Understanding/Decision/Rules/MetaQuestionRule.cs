using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Understanding.Decision.Rules;

/// <summary>
/// Questions about the bot and small talk: which cities or aspects, help, greetings, thanks, goodbye (in this order of
/// precedence). "Welche Stadt hat einen Zoo?" is no list question but a topic outside the field.
/// </summary>
internal sealed class MetaQuestionRule : IDecisionRule
{
    private static readonly CueKind[] MetaCues =
        [CueKind.ListCities, CueKind.ListAspects, CueKind.Help, CueKind.Goodbye, CueKind.Thanks, CueKind.Greeting];

    public string Name => "meta";

    private static bool IsSmallTalk(CueKind cue) => cue is CueKind.Greeting or CueKind.Thanks or CueKind.Goodbye;

    public RecognitionResult? TryDecide(DecisionInput input)
    {
        foreach (var cue in MetaCues)
        {
            if (!input.Has(cue))
            {
                continue;
            }

            if (IsSmallTalk(cue) && input.Aspects.Count > 0)
            {
                // "… den ganzen Tag?", "… in einer eigenen Klasse?": a greeting or thanks word beside evidence for an aspect
                // is a word of the question; "Hallo, gibt es in Kiel …?" wants the answer, not a greeting back.
                continue;
            }

            if (cue == CueKind.ListCities && input.SearchShaped && input.SearchWords.Count > 0 && !input.SearchWords.Any(input.Model.IsDomainWord))
            {
                return input.Results.Result(Intent.None, 0.7, "outside-field") with { SearchTerms = input.SearchWords };
            }

            return input.Results.Meta(cue, input.Analysis.Residual.Count == 0 ? 0.95 : 0.75);
        }

        return null;
    }
}
