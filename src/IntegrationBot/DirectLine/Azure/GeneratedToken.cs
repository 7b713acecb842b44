using System.Text.Json.Serialization;

namespace IntegrationBot.DirectLine.Azure;

/// <summary>The token service's answer (Direct Line's Conversation object without a stream).</summary>
internal sealed record GeneratedToken(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
