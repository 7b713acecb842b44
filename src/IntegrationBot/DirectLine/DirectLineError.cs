using System.Text.Json.Serialization;

namespace IntegrationBot.DirectLine;

/// <summary>The error body Direct Line 3.0 returns (<c>{"error":{"code":…,"message":…}}</c>); messages are German because the page shows them.</summary>
internal sealed record DirectLineError([property: JsonPropertyName("error")] DirectLineErrorDetail Error)
{
    public static IResult Result(int statusCode, string code, string message) =>
        Results.Json(new DirectLineError(new DirectLineErrorDetail(code, message)), statusCode: statusCode);
}

internal sealed record DirectLineErrorDetail(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
