using System.Text.RegularExpressions;

namespace IntegrationBot.Core.Understanding.DataQuestions;

/// <summary>
/// One named cue of a question about the data (not about a city's content). <see cref="Pattern"/> is matched against
/// the message's folded words joined by single spaces (lower case, umlauts folded: „Städte“ = "stadte").
/// </summary>
/// <param name="Intent">About, Coverage or Define.</param>
/// <param name="Coverage">For Coverage cues that fix the kind of question (most/fewest, has/lacks); null when the slots decide.</param>
/// <param name="Weight">The confidence the cue gives; when several match, the highest wins.</param>
public sealed record DataQuestionRule(string Name, Intent Intent, CoverageQuestion? Coverage, double Weight, Regex Pattern)
{
    public bool Matches(string foldedSentence) => Pattern.IsMatch(foldedSentence);
}
