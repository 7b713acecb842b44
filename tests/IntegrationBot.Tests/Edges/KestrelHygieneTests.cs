using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using IntegrationBot.Tests.Hosting;
using IntegrationBot.Tests.Reliability.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Tests.Edges;

/// <summary>
/// The real host on a real Kestrel socket, spoken to in raw HTTP: malformed chunking, truncated and trickling bodies get
/// 400/408 and a warning, never 500 or an error-level log line; the connection limit holds.
/// </summary>
public sealed class KestrelHygieneTests : IAsyncLifetime
{
    private readonly CollectingLoggerProvider _logs = new();
    private WebApplicationFactory<Program> _factory = null!;
    private int _port;

    public Task InitializeAsync()
    {
        (_factory, _port) = Start(new Dictionary<string, string?>
        {
            ["Http:MinRequestBodyBytesPerSecond"] = "1024",
            ["Http:MinDataRateGracePeriod"] = "00:00:02",
            ["Http:RequestTimeout"] = "00:00:08",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("/api/messages")]
    [InlineData("/api/directline/token")]
    [InlineData("/v3/directline/conversations/abc/activities")]
    public async Task A_malformed_chunk_size_gets_400_and_a_warning_not_500(string path)
    {
        var raw = $"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer abc.def\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nffffffffffffffffffff\r\n{{}}\r\n0\r\n\r\n";

        var status = await SendAsync(raw);

        // 400 where the body is read; an endpoint that never reads it may answer normally. Never 5xx.
        Assert.Matches("^HTTP/1.1 [24]\\d\\d", status);
        Assert.True(!path.EndsWith("messages", StringComparison.Ordinal) || status.StartsWith("HTTP/1.1 400", StringComparison.Ordinal), status);
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task A_truncated_body_gets_400_not_500()
    {
        using var client = await ConnectAsync();
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"type\":\"message\""));
        client.Client.Shutdown(SocketShutdown.Send);

        var status = await ReadStatusAsync(stream);

        Assert.True(status.Length == 0 || status.StartsWith("HTTP/1.1 400", StringComparison.Ordinal), status);
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task A_body_trickling_at_300_bytes_a_second_is_ended_with_408()
    {
        using var client = await ConnectAsync();
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"));
        var watch = Stopwatch.StartNew();
        var trickle = Task.Run(async () =>
        {
            try
            {
                while (watch.Elapsed < TimeSpan.FromSeconds(40))
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(new string(' ', 30)));
                    await Task.Delay(100);
                }
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException)
            {
                // The server closed the connection: exactly what should happen.
            }
        });

        var status = await ReadStatusAsync(stream);
        watch.Stop();

        Assert.StartsWith("HTTP/1.1 408", status, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"the slow body was held for {watch.Elapsed}");
        AssertNoErrorLogged();
        client.Close();
        await trickle;
    }

    [Fact]
    public async Task The_connection_limit_refuses_connections_beyond_it_and_frees_up_again()
    {
        var (factory, port) = Start(new Dictionary<string, string?> { ["Http:MaxConcurrentConnections"] = "2" });
        await using var limited = factory;
        using var first = new TcpClient();
        using var second = new TcpClient();
        await first.ConnectAsync(IPAddress.Loopback, port);
        await second.ConnectAsync(IPAddress.Loopback, port);
        await Task.Delay(300);

        var beyond = await SendAsync("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", port);
        first.Close();
        second.Close();
        await Task.Delay(500);
        var after = await SendAsync("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", port);

        Assert.DoesNotContain("200", beyond, StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 200", after, StringComparison.Ordinal);
    }

    private (WebApplicationFactory<Program> Factory, int Port) Start(Dictionary<string, string?> settings)
    {
        // A free loopback port, never the bot's default 3978 (the machine is shared).
        var factory = new BotApplicationFactory(settings: settings).WithWebHostBuilder(builder => builder
            .UseUrls("http://127.0.0.1:0")
            .ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(_logs)));
        factory.UseKestrel();
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (factory, new Uri(address).Port);
    }

    private void AssertNoErrorLogged()
    {
        var errors = _logs.Lines.Where(line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private async Task<TcpClient> ConnectAsync()
    {
        var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _port);
        return client;
    }

    private async Task<string> SendAsync(string raw, int? port = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port ?? _port);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(raw));
        }
        catch (IOException)
        {
            return string.Empty;
        }

        return await ReadStatusAsync(stream);
    }

    private static async Task<string> ReadStatusAsync(NetworkStream stream)
    {
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, read);
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}
