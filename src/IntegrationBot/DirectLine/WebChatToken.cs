using System.Text.Json.Serialization;

namespace IntegrationBot.DirectLine;

/// <summary>
/// What the Web Chat page receives from POST /api/directline/token: enough to open a Direct Line, never the secret.
/// Domain is the Direct Line service address in Azure mode (a regional one when configured); in local mode the page
/// uses the bot's own address.
/// </summary>
internal sealed record WebChatToken(
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("expiresIn")] int ExpiresIn,
    [property: JsonPropertyName("domain"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Domain = null);
