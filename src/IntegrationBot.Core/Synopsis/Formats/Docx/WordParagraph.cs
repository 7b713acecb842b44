namespace IntegrationBot.Core.Synopsis.Formats.Docx;

/// <summary>One Word paragraph as the synopsis sees it: runs of text with their emphasis, and its role.</summary>
/// <param name="Runs">Text pieces in order; <c>Emphasised</c> is underline or bold (how offices mark cities and headings).</param>
/// <param name="IsListItem">A numbered or bulleted paragraph (Word numbering or a list style).</param>
/// <param name="IsHeading">A paragraph in a heading style ("Heading 2", "Überschrift 2").</param>
internal sealed record WordParagraph(IReadOnlyList<WordRun> Runs, bool IsListItem, bool IsHeading)
{
    public string Text { get; } = SynopsisText.Normalize(string.Concat(Runs.Select(static r => r.Text)));

    /// <summary>Every visible character is emphasised: a stand-alone heading such as "Zusammenfassung".</summary>
    public bool IsEmphasised => Runs.Any(static r => r.Emphasised && !string.IsNullOrWhiteSpace(r.Text))
        && Runs.All(static r => r.Emphasised || string.IsNullOrWhiteSpace(r.Text));
}

/// <summary>A run of text and whether it is underlined or bold.</summary>
internal sealed record WordRun(string Text, bool Emphasised);
