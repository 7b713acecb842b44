namespace IntegrationBot.Core.Export;

/// <summary>
/// What an export link asks for: a card kind and the canonical city names and aspect titles of the synopsis, nothing
/// else (no user, no conversation, no question text), so the file can be rebuilt from the link alone.
/// </summary>
public sealed record ExportRequest(ExportKind Kind, IReadOnlyList<string> Cities, IReadOnlyList<string> Aspects)
{
    /// <summary>The form that is signed: kind, cities and aspects, each list in the card's order, unambiguously joined.</summary>
    public string Canonical(ExportFormat format) =>
        string.Join("\n", new[] { format.ToString(), Kind.ToString() }.Concat(Cities.Select(static c => "c:" + c)).Concat(Aspects.Select(static a => "a:" + a)));
}
