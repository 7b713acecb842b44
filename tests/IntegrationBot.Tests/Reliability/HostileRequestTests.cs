using System.Net;
using System.Text.Json.Nodes;
using IntegrationBot.Tests.Hosting;
using IntegrationBot.Tests.Reliability.Support;

namespace IntegrationBot.Tests.Reliability;

/// <summary>Whatever arrives on /api/messages, the answer is a 2xx or a precise 4xx, never 500, and the bot keeps answering.</summary>
public sealed class HostileRequestTests : IAsyncLifetime
{
    private BotApplicationFactory _bot = null!;

    public Task InitializeAsync()
    {
        _bot = new BotApplicationFactory
        {
            Settings = new Dictionary<string, string?> { ["Security:MaxRequestBodyBytes"] = "65536" },
            Bot = new EchoBot(),
        }.Started();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    public static TheoryData<string, string, string?, int> MalformedBodies() => new()
    {
        { "empty body", string.Empty, "application/json", 400 },
        { "not JSON", "Hallo Bot", "application/json", 400 },
        { "truncated JSON", "{\"type\":\"message\",\"conversation\":{\"id\":", "application/json", 400 },
        { "JSON array", "[1,2,3]", "application/json", 400 },
        { "JSON string", "\"message\"", "application/json", 400 },
        { "JSON null", "null", "application/json", 400 },
        { "no type", "{\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"https://x.example/\"}", "application/json", 400 },
        { "type is a number", "{\"type\":7,\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"https://x.example/\"}", "application/json", 400 },
        { "no conversation", "{\"type\":\"message\",\"serviceUrl\":\"https://x.example/\"}", "application/json", 400 },
        { "conversation without id", "{\"type\":\"message\",\"conversation\":{},\"serviceUrl\":\"https://x.example/\"}", "application/json", 400 },
        { "conversation is a string", "{\"type\":\"message\",\"conversation\":\"c\",\"serviceUrl\":\"https://x.example/\"}", "application/json", 400 },
        { "no serviceUrl", "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"}}", "application/json", 400 },
        { "relative serviceUrl", "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"/relative\"}", "application/json", 400 },
        { "file serviceUrl", "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"file:///etc/passwd\"}", "application/json", 400 },
        { "no channelId", "{\"type\":\"message\",\"text\":\"Hallo\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"https://x.example/\"}", "application/json", 400 },
        { "empty channelId", "{\"type\":\"message\",\"text\":\"Hallo\",\"channelId\":\" \",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"https://x.example/\"}", "application/json", 400 },
        { "nesting bomb", new string('[', 5000) + new string(']', 5000), "application/json", 400 },
        { "plain text media type", "{\"type\":\"message\"}", "text/plain", 415 },
        { "form media type", "type=message", "application/x-www-form-urlencoded", 415 },
        { "no media type", "{\"type\":\"message\"}", null, 415 },
        { "too large", "{\"type\":\"message\",\"text\":\"" + new string('a', 70_000) + "\"}", "application/json", 413 },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Refuses_malformed_requests_with_a_precise_4xx(string kind, string body, string? contentType, int expected)
    {
        using var request = Activities.Post(body, contentType);
        using var response = await _bot.Client.SendAsync(request);

        Assert.True((int)response.StatusCode == expected, $"{kind}: expected {expected}, got {(int)response.StatusCode}");
        await AssertStillAnswersAsync();
    }

    [Theory]
    [InlineData("/api/messages/")]
    [InlineData("/API/Messages")]
    public async Task Guards_every_spelling_of_the_messages_path(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("{\"type\":\"message\"}") };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await _bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_invalid_utf8_with_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent([0x7B, 0xFF, 0xFE, 0x7D]) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await _bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_an_oversized_body_sent_without_a_content_length_with_413()
    {
        using var body = new NonSeekableStream(new byte[200_000]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StreamContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await _bot.Client.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertStillAnswersAsync();
    }

    public static TheoryData<string> UnknownActivityTypes() => new() { "futureType", "handoff", "x\u202Eevil", "🤖" };

    [Theory]
    [MemberData(nameof(UnknownActivityTypes))]
    public async Task Ignores_unknown_activity_types(string type)
    {
        var activity = Activities.Message("Hallo");
        activity["type"] = type;

        using var response = await _bot.Client.SendAsync(Activities.Post(activity));

        Assert.True(response.IsSuccessStatusCode, $"{type}: got {(int)response.StatusCode}");
        Assert.DoesNotContain("Echo", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public static TheoryData<string> OddlyShapedFields() => new()
    {
        "{\"value\":{\"action\":\"Frage\",\"nested\":{\"deep\":[1,{\"x\":null}]}}}",
        "{\"value\":\"just a string\"}",
        "{\"value\":[1,2,3]}",
        "{\"value\":12345678901234567890123456789}",
        "{\"from\":\"not an object\"}",
        "{\"timestamp\":\"not a date\"}",
        "{\"entities\":{\"not\":\"an array\"}}",
        "{\"attachments\":[{\"contentType\":\"application/vnd.microsoft.card.adaptive\",\"content\":\"${evil}\"}]}",
        "{\"text\":null}",
        "{\"text\":\"\\u0000\\u202E\\u200B 🤖 <script>alert(1)</script> **bold** ${name}\"}",
    };

    [Theory]
    [MemberData(nameof(OddlyShapedFields))]
    public async Task Answers_activities_with_oddly_shaped_fields_without_5xx(string overrides)
    {
        var activity = Activities.Message("Hallo");
        foreach (var (name, value) in JsonNode.Parse(overrides)!.AsObject())
        {
            activity[name] = value?.DeepClone();
        }

        using var response = await _bot.Client.SendAsync(Activities.Post(activity));

        Assert.True((int)response.StatusCode < 500, $"{overrides}: got {(int)response.StatusCode}");
        await AssertStillAnswersAsync();
    }

    private async Task AssertStillAnswersAsync()
    {
        using var response = await _bot.Client.SendAsync(Activities.Post(Activities.Message("Noch da?", conversationId: Guid.NewGuid().ToString())));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A body whose length nobody knows in advance (sent chunked).</summary>
    private sealed class NonSeekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
