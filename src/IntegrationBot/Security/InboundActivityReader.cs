using System.Text.Json;

namespace IntegrationBot.Security;

/// <summary>
/// Structural validation of an activity body, before the Bot Framework deserialises it. The SDK answers a body it
/// cannot use with 500 or silently; this reader turns every such case into a precise 400 reason.
/// </summary>
public static class InboundActivityReader
{
    /// <summary>Deep enough for any real activity (Adaptive Card submits included), shallow enough to stop nesting bombs.</summary>
    public const int MaxJsonDepth = 64;

    /// <summary>Reads the activity envelope or says, in one sentence, why the body is not a usable activity.</summary>
    public static bool TryRead(ReadOnlyMemory<byte> body, out InboundActivity? activity, out string problem)
    {
        activity = null;
        if (body.IsEmpty)
        {
            problem = "The request body is empty.";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxJsonDepth });
            return TryRead(document.RootElement, out activity, out problem);
        }
        catch (JsonException)
        {
            problem = "The request body is not valid JSON.";
            return false;
        }
        catch (ArgumentException)
        {
            // Invalid UTF-8 surfaces as ArgumentException in some reader paths.
            problem = "The request body is not valid UTF-8 JSON.";
            return false;
        }
    }

    private static bool TryRead(JsonElement root, out InboundActivity? activity, out string problem)
    {
        activity = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = "The activity must be a JSON object.";
            return false;
        }

        var type = ReadString(root, "type");
        if (string.IsNullOrWhiteSpace(type))
        {
            problem = "The activity has no type.";
            return false;
        }

        var conversationId = root.TryGetProperty("conversation", out var conversation) && conversation.ValueKind == JsonValueKind.Object
            ? ReadString(conversation, "id")
            : null;
        if (string.IsNullOrWhiteSpace(conversationId))
        {
            problem = "The activity has no conversation id.";
            return false;
        }

        var serviceUrl = ReadString(root, "serviceUrl");
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var serviceUri) ||
            (serviceUri.Scheme != Uri.UriSchemeHttps && serviceUri.Scheme != Uri.UriSchemeHttp))
        {
            problem = "The activity has no absolute http(s) serviceUrl.";
            return false;
        }

        // The SDK keys conversation state by channel: without a channel id the turn can only fail inside the bot.
        var channelId = ReadString(root, "channelId");
        if (string.IsNullOrWhiteSpace(channelId))
        {
            problem = "The activity has no channelId.";
            return false;
        }

        activity = new InboundActivity(type, conversationId, channelId, serviceUri, ReadString(root, "deliveryMode"));
        problem = string.Empty;
        return true;
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
