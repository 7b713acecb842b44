using IntegrationBot.DirectLine;
using IntegrationBot.Hosting;

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

// Bot Framework authentication: anonymous without MicrosoftAppId, the SDK's real authentication with it (validated on start).
builder.Services.AddBotAuthentication(builder.Configuration);

// Conversation state, and the one place that chooses its storage (in memory for now).
builder.Services.AddConversationStorage();

// The synopsis, the recognizer and the cards behind IAnswerService (IntegrationBot.Core), loaded while the host starts.
builder.Services.AddSynopsisAnswers(builder.Configuration);

// The CloudAdapter with our turn error handling, and the bot.
builder.Services.AddSynopsisBot();

// Direct Line for the Web Chat page: served by the bot itself (Local) or exchanged for an Azure token (Azure).
builder.Services.AddDirectLine(builder.Configuration);

var app = builder.Build();

// The Web Chat page at / (wwwroot), with its security headers.
app.UseWebChatPage();

// POST /api/messages: Teams, the Emulator and Direct Line deliver activities here.
app.MapBotMessages();

// The Direct Line endpoints the page talks to (local mode) and the token exchange (both modes).
app.MapDirectLine();

app.Run();
return 0;

/// <summary>Entry point; public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;
