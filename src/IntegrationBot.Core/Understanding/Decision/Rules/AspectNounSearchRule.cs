using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Understanding.Decision.Rules;

/// <summary>
/// "Welche Stadt hat ein Organigramm?": the noun is an aspect cue, but the question asks which city has that thing and no
/// entry mentions it; "nothing found" is honest, a whole aspect for all cities is not.
/// </summary>
internal sealed class AspectNounSearchRule : IDecisionRule
{
    public string Name => "search.aspect-noun";

    public RecognitionResult? TryDecide(DecisionInput input)
    {
        if (!input.SearchShaped || input.SearchWords.Count > 0 || input.OutOfScope || !input.HasStrong(CueKind.Search))
        {
            return null;
        }

        var asked = input.UnmentionedAspectNouns();
        return asked.Count > 0 ? input.Results.Search(asked, asked, [], 0.8) : null;
    }
}
