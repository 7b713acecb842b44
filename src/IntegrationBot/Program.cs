using IntegrationBot.Authentication;
using IntegrationBot.Data;
using IntegrationBot.DirectLine;
using IntegrationBot.Export;
using IntegrationBot.Health;
using IntegrationBot.Hosting;
using IntegrationBot.Insights;
using IntegrationBot.Network;
using IntegrationBot.Resilience;
using IntegrationBot.Security;
using IntegrationBot.State;

// Command-line verbs (synopsis, evaluate, teams package) run and exit before any web host starts.
if (CommandLineVerbs.TryRun(args, Console.Out, Console.Error, out var exitCode))
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // data/, cards/ and appsettings.json are copied next to IntegrationBot.dll: the same folder for `dotnet run`
    // and for a publish folder, whatever the working directory.
    ContentRootPath = AppContext.BaseDirectory,
});

// http://localhost:3978 unless ASPNETCORE_URLS, --urls, container ports or Kestrel endpoints say otherwise.
builder.UseDefaultAddressUnlessConfigured();

// Kestrel limits (minimum data rate, header and request timeouts, connection cap), X-Forwarded-For from configured
// trusted proxies only, malformed requests answered 4xx.
builder.Services.AddHttpHygiene(builder.Configuration);

// No "Server: Kestrel": it tells an attacker what to try and nobody else needs it.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

// Replies to the channel retry 429/5xx with exponential backoff and jitter, honouring Retry-After.
builder.Services.AddResilientChannelReplies(builder.Configuration);

// Request guards and rate limits ("Security"); anonymous (loopback only) without MicrosoftAppId.
builder.Services.AddBotSecurity(builder.Configuration);

// How a request is authenticated: settings validated on start, the SDK's token validation failing closed (401), and
// the SDK's per-turn client costs avoided (cached connector clients, user-token client built only when used).
builder.Services.AddBotRequestAuthentication(builder.Configuration);

// Conversation state on a bounded in-memory store or on Redis ("State:Provider").
builder.Services.AddConversationStorage(builder.Configuration);

// The synopsis: validated at start (a broken file stops the start), watched, hot-reloaded, last good kept on a broken edit.
builder.Services.AddSynopsisHotReload(builder.Configuration);

// Download links on comparison, profile and overview cards (signed, stateless), "Export:*".
builder.Services.AddCardExport(builder.Configuration);

// The recognizer and the cards (IntegrationBot.Core) that answer from whichever synopsis is current.
builder.Services.AddSynopsisAnswers();

// Anonymous counters of what was asked, for the synopsis editors; off unless "Insights:Enabled" (docs/privacy.md).
builder.Services.AddInsights(builder.Configuration);

// The CloudAdapter with our turn error handling, and the bot.
builder.Services.AddSynopsisBot();

// Direct Line for the Web Chat page: served by the bot itself (Local) or exchanged for an Azure token (Azure).
builder.Services.AddDirectLine(builder.Configuration);

var app = builder.Build();

// Invalid settings stop the start here, before the host runs: a host whose start fails is disposed by Run while a test
// host (WebApplicationFactory) may still be reading its services, which surfaced as an ObjectDisposedException.
app.Services.ValidateSettingsOnStart();

// First: the trusted client address, malformed or slow requests as 400/408 (never 500), the request timeout.
app.UseHttpHygiene();

// The Web Chat page at / (wwwroot), with its security headers.
app.UseWebChatPage();

// Body size, content type and shape checks (413/415/400), loopback-only in anonymous mode, rate limits (429).
app.UseBotRequestGuards();

// POST /api/messages: Teams, the Emulator and Direct Line deliver activities here.
app.MapBotMessages();

// The Direct Line endpoints the page talks to (local mode) and the token exchange (both modes).
app.MapDirectLine();

// GET /api/export/{xlsx|docx}: the card's table rebuilt from its signed link.
app.MapExport();

// /healthz (the process is alive) and /readyz (the synopsis is loaded, the state store reachable).
app.MapHealthEndpoints();

app.Run();
return 0;

/// <summary>Entry point; public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;
