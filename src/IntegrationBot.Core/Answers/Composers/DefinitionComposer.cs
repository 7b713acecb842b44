using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding.DataQuestions;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>
/// A term from the synopsis' glossary and its definition. A term the glossary lacks is said plainly, with a search for
/// it (and the aspect the question named, if any) offered instead.
/// </summary>
public sealed class DefinitionComposer(CardRenderer renderer) : IAnswerComposer
{
    public AnswerKind Kind => AnswerKind.Definition;

    public IReadOnlyList<string> Templates => [FactsCard.TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (recognition, synopsis) = (request.Recognition, request.Synopsis);
        var asked = recognition.Term ?? string.Empty;
        var known = new GlossaryLookup(synopsis.Document.Glossary).Exact(asked);
        var source = CardSource.Of(synopsis.Document);
        FactsCard card;
        if (known is not null)
        {
            card = new FactsCard(known.Term, source) { Speak = $"{known.Term}: {known.Definition}" };
            card.Lines.Add(known.Definition);
            card.Lines.Add("Aus dem Glossar der Synopse.");
            card.Actions.Add(new FollowUp($"Wo kommt {known.Term} vor?", $"Welche Städte haben {known.Term}?"));
        }
        else
        {
            var shown = asked.Length > 0 ? $"„{asked}“" : "diesen Begriff";
            card = new FactsCard($"{(asked.Length > 0 ? asked : "Begriff")}: nicht im Glossar", source);
            card.Lines.Add(synopsis.Document.Glossary.Count == 0
                ? $"Die Synopse hat kein Glossar; was {shown} bedeutet, kann ich daraus nicht sagen."
                : $"Das Glossar der Synopse erklärt {shown} nicht. Es erklärt: {FollowUpQuestions.JoinGerman([.. synopsis.Document.Glossary.Take(8).Select(static t => t.Term)])}{(synopsis.Document.Glossary.Count > 8 ? " …" : string.Empty)}.");
            if (asked.Length > 0 && Mentions(synopsis, asked))
            {
                card.Actions.Add(new FollowUp($"„{asked}“ in der Synopse suchen", $"Welche Städte erwähnen {asked}?"));
            }
            else if (asked.Length > 0)
            {
                card.Lines.Add($"Auch in den Einträgen der Städte kommt {shown} nicht vor.");
            }

            card.Actions.AddRange(recognition.Aspects.Take(1).Select(FollowUpQuestions.AllCitiesNamed));
            card.Actions.Add(FollowUpQuestions.Help);
        }

        return renderer.Render(FactsCard.TemplateName, card.Build);
    }

    /// <summary>Whether some entry has the term as a whole word: only then is a search for it worth a button.</summary>
    private static bool Mentions(Synopsis.ISynopsisRepository synopsis, string term) =>
        synopsis.Document.Entries.Any(e => System.Text.RegularExpressions.Regex.IsMatch(
            e.PlainText, $@"(?<!\w){System.Text.RegularExpressions.Regex.Escape(term)}(?!\w)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant));
}
