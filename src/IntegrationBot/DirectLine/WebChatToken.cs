using System.Text.Json.Serialization;

namespace IntegrationBot.DirectLine;

/// <summary>What the Web Chat page receives from POST /api/directline/token: enough to open a Direct Line, never the secret.</summary>
internal sealed record WebChatToken(
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("expiresIn")] int ExpiresIn);
