namespace IntegrationBot.Core.Synopsis;

/// <summary>What one city does for one aspect: one cell of the synopsis.</summary>
/// <param name="ExamplesOnly">The source marked the entry "z.B.": it lists examples, not the whole picture.</param>
public sealed record Entry(Aspect Aspect, City City, bool ExamplesOnly, IReadOnlyList<ContentBlock> Blocks)
{
    /// <summary>The entry as plain text, blocks separated by new lines, list items prefixed with "• ".</summary>
    public string PlainText => string.Join("\n", Blocks.Select(static b => b switch
    {
        Paragraph p => p.Text,
        Subheading s => s.Text,
        BulletList l => string.Join("\n", l.Items.Select(static i => "• " + i)),
        _ => string.Empty,
    }));
}
