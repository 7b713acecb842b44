using System.Net;
using System.Net.Sockets;
using System.Text;
using IntegrationBot.Tests.Hosting;
using IntegrationBot.Tests.Reliability.Support;

namespace IntegrationBot.Tests.Reliability;

/// <summary>The guards over a real Kestrel socket: real client addresses, Kestrel's own body limit, raw HTTP.</summary>
public sealed class KestrelRequestGuardTests : IAsyncLifetime
{
    private BotApplicationFactory _bot = null!;

    public Task InitializeAsync()
    {
        _bot = new BotApplicationFactory
        {
            Settings = new Dictionary<string, string?> { ["Security:MaxRequestBodyBytes"] = "65536" },
            Bot = new EchoBot(),
            RealSockets = true,
        }.Started();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Answers_a_loopback_client_in_anonymous_mode()
    {
        using var response = await _bot.Client.SendAsync(Activities.Post(Activities.Message("Hallo")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_chunked_body_beyond_the_limit_with_413_and_keeps_answering()
    {
        var chunked = "POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        var chunk = new string('a', 16 * 1024);
        var request = new StringBuilder(chunked);
        for (var i = 0; i < 8; i++)
        {
            request.Append(chunk.Length.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append("\r\n").Append(chunk).Append("\r\n");
        }

        request.Append("0\r\n\r\n");

        var status = await SendRawAsync(request.ToString());

        Assert.StartsWith("HTTP/1.1 413", status, StringComparison.Ordinal);
        using var still = await _bot.Client.SendAsync(Activities.Post(Activities.Message("Noch da?")));
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Theory]
    [InlineData("GET /api/messages HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")]
    [InlineData("POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{\"a\":")]
    [InlineData("POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json; charset=utf-16\r\nContent-Length: 4\r\nConnection: close\r\n\r\n\u00ff\u00fe{\u0000")]
    public async Task Answers_raw_oddities_with_4xx(string raw)
    {
        var status = await SendRawAsync(raw);

        Assert.Matches("^HTTP/1.1 4\\d\\d", status);
    }

    private async Task<string> SendRawAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_bot.Client.BaseAddress!.Host, _bot.Client.BaseAddress.Port);
        await using var stream = client.GetStream();
        var bytes = Encoding.Latin1.GetBytes(request);
        try
        {
            await stream.WriteAsync(bytes);
        }
        catch (IOException)
        {
            // The server may answer and close before the whole oversized body is written.
        }

        using var reader = new StreamReader(stream, Encoding.Latin1);
        return await reader.ReadLineAsync() ?? string.Empty;
    }
}
