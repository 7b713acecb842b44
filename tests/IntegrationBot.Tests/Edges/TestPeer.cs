using System.Net;
using IntegrationBot.Tests.Hosting;
using IntegrationBot.Tests.Reliability.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Tests.Edges;

/// <summary>
/// Poses the in-memory test server's TCP peer: the header <see cref="Header"/> sets the connection's remote address
/// before anything of Program.cs runs, exactly where Kestrel would have put the socket's peer. Forwarded headers are
/// then judged by the host's own pipeline.
/// </summary>
internal static class TestPeer
{
    public const string Header = "X-Test-Peer";

    public static WebApplicationFactory<Program> Host(IReadOnlyDictionary<string, string?> settings, CollectingLoggerProvider? logs = null) =>
        new BotApplicationFactory(settings: settings).WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            // First of all startup filters, so it runs outermost: before any forwarded-headers filter the framework adds.
            services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter, PeerFilter>());
            if (logs is not null)
            {
                services.AddSingleton<ILoggerProvider>(logs);
            }
        }));

    public static HttpRequestMessage Post(string path, string? peer, string? forwardedFor = null, string? origin = null, string? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body ?? "{}", System.Text.Encoding.UTF8, "application/json") };
        if (peer is not null)
        {
            request.Headers.Add(Header, peer);
        }

        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }

    private sealed class PeerFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                    context.Request.Headers.Remove(Header);
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
