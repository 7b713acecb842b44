using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Tests.WebChat;

/// <summary>
/// A local stand-in for the Direct Line token service on a real Kestrel port: it answers
/// POST /v3/directline/tokens/generate like the service does and records what the bot sent it.
/// </summary>
internal sealed class TokenServiceStandIn : IAsyncDisposable
{
    public const string IssuedToken = "stand-in-conversation-token";
    public const string IssuedConversation = "stand-in-conversation";

    private readonly WebApplication _app;

    private TokenServiceStandIn(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The status code the service answers with; anything but 200 simulates an outage.</summary>
    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    public ConcurrentQueue<(string? Authorization, JsonObject? Body)> Requests { get; } = new();

    public static async Task<TokenServiceStandIn> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        TokenServiceStandIn? self = null;
        app.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
        {
            var body = await request.ReadFromJsonAsync<JsonObject>();
            self!.Requests.Enqueue((request.Headers.Authorization.ToString(), body));
            return self.StatusCode == StatusCodes.Status200OK
                ? Results.Json(new JsonObject { ["conversationId"] = IssuedConversation, ["token"] = IssuedToken, ["expires_in"] = 3600 })
                : Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "ServiceError" } }, statusCode: self.StatusCode);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new TokenServiceStandIn(app, new Uri(address));
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
