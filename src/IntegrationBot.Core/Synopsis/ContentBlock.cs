namespace IntegrationBot.Core.Synopsis;

/// <summary>One readable block of an entry. Entries never carry HTML: the parser turns cells into these blocks.</summary>
public abstract record ContentBlock;

/// <summary>A paragraph of running text.</summary>
public sealed record Paragraph(string Text) : ContentBlock;

/// <summary>A sub-heading inside a city's entry, such as "Zusammenfassung".</summary>
public sealed record Subheading(string Text) : ContentBlock;

/// <summary>A bulleted list.</summary>
public sealed record BulletList(IReadOnlyList<string> Items) : ContentBlock;
