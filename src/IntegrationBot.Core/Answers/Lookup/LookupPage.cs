namespace IntegrationBot.Core.Answers.Lookup;

/// <summary>
/// One page of lookup results. <see cref="Total"/> counts all results, so the host can tell whether more pages exist.
/// With no results, <see cref="Message"/> says so in German.
/// </summary>
public sealed record LookupPage(IReadOnlyList<LookupItem> Items, int Total, string? Message)
{
    public static LookupPage Empty(string message) => new([], 0, message);
}
