namespace IntegrationBot.Core.Cards;

/// <summary>
/// How much of each entry a card shows. <see cref="CollapseAfterChars"/>: the rest of a long entry sits behind
/// "Mehr anzeigen". <see cref="MaxCharsPerEntry"/>: hard cut so the whole activity stays under Teams' size limit;
/// the renderer tightens it step by step only when a card would be too big.
/// </summary>
public sealed record ContentBudget(int CollapseAfterChars, int? MaxCharsPerEntry)
{
    public static ContentBudget Generous { get; } = new(600, null);

    /// <summary>Ever tighter budgets, tried in order until the reply fits.</summary>
    public static IReadOnlyList<ContentBudget> Steps { get; } =
    [
        Generous,
        new(600, 6000),
        new(500, 3000),
        new(400, 1500),
        new(300, 700),
        new(200, 300),
    ];
}
