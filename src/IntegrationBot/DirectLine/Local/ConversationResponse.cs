using System.Text.Json.Serialization;

namespace IntegrationBot.DirectLine.Local;

/// <summary>Direct Line's Conversation object. streamUrl is null: this service offers polling only, no WebSocket.</summary>
internal sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? StreamUrl);
