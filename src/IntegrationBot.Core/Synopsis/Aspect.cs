namespace IntegrationBot.Core.Synopsis;

/// <summary>
/// A row of the synopsis; <see cref="Title"/> is exactly as in the data, <see cref="Order"/> its position in the file.
/// <see cref="Keywords"/> are the office's own keywords/synonyms for the row (optional in every format, see
/// docs/synopsis-format.md), in file order, trimmed, without duplicates.
/// </summary>
public sealed record Aspect(string Title, int Order)
{
    public Aspect(string title, int order, IReadOnlyList<string> keywords)
        : this(title, order)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        Keywords = keywords;
    }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    // Keywords are a list: compared by content so that a reloaded or converted synopsis equals the original.
    public bool Equals(Aspect? other) =>
        other is not null
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && Order == other.Order
        && Keywords.SequenceEqual(other.Keywords, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Title), Order);

    public override string ToString() => Title;
}
