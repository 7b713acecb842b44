namespace IntegrationBot.Security;

/// <summary>
/// The few fields of an incoming activity that the request guards need (type, conversation, channel), read once
/// from the validated body and kept as an HTTP feature so the per-conversation rate limiter can partition on it.
/// </summary>
public sealed record InboundActivity(string Type, string ConversationId, string? ChannelId, Uri ServiceUrl, string? DeliveryMode = null)
{
    /// <summary>Rate-limit partition: conversation ids are only unique within a channel.</summary>
    public string ConversationKey => $"{ChannelId}|{ConversationId}";
}
