namespace IntegrationBot.Core.Cards;

/// <summary>
/// How much a card shows. <see cref="CollapseAfterChars"/>: the rest of a long entry sits behind "Mehr anzeigen".
/// <see cref="MaxCharsPerEntry"/>: hard cut of each entry. <see cref="MaxItems"/>: at most this many entries (or list
/// rows) on one card; the rest are named in a line. The renderer tightens the budget step by step only when a reply
/// would exceed Teams' size limit, so the seed synopsis always shows everything and a synopsis of 60 cities still fits.
/// </summary>
public sealed record ContentBudget(int CollapseAfterChars, int? MaxCharsPerEntry, int? MaxItems = null)
{
    public static ContentBudget Generous { get; } = new(600, null);

    /// <summary>Ever tighter budgets, tried in order until the reply fits.</summary>
    public static IReadOnlyList<ContentBudget> Steps { get; } =
    [
        Generous,
        new(600, 6000),
        new(500, 3000, 30),
        new(400, 1500, 20),
        new(300, 700, 12),
        new(200, 300, 8),
        new(150, 200, 5),
    ];

    /// <summary>Splits <paramref name="items"/> into what is shown and what is only named.</summary>
    public (IReadOnlyList<T> Shown, IReadOnlyList<T> Omitted) Take<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return MaxItems is { } max && items.Count > max ? ([.. items.Take(max)], [.. items.Skip(max)]) : (items, []);
    }

    /// <summary>"Aus Platzgründen nicht gezeigt: A, B und 12 weitere." or empty.</summary>
    public static string OmittedNote(IReadOnlyList<string> names, string hint)
    {
        ArgumentNullException.ThrowIfNull(names);
        const int MaxNamed = 15;
        if (names.Count == 0)
        {
            return string.Empty;
        }

        var named = names.Take(MaxNamed).ToList();
        var list = names.Count > MaxNamed
            ? string.Join(", ", named) + $" und {names.Count - MaxNamed} weitere"
            : FollowUpQuestions.JoinGerman(named);
        return $"Aus Platzgründen nicht gezeigt: {list}. {hint}";
    }
}
