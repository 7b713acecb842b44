namespace IntegrationBot.Authentication;

/// <summary>Everything that makes two connector clients differ: the bot's app id (credentials), the channel's service URL and the token audience.</summary>
internal readonly record struct ConnectorClientKey(string? AppId, string ServiceUrl, string? Audience);
