namespace IntegrationBot.Core.Answers.Lookup;

/// <summary>
/// One result of a compose-box lookup (Teams search message extension): a short preview for the result list and the
/// full card that is inserted into the message. <see cref="Key"/> names it again when Teams asks for the selected item.
/// </summary>
public sealed record LookupItem(string Key, string Title, string Preview, Reply Card);
