using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Data;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace IntegrationBot.DirectLine;

/// <summary>
/// GET /api/webchat/settings: the example questions of the synopsis in service (the same the bot offers in its help,
/// so they always have answers and follow a reloaded synopsis) and the configured legal links. Nothing here is
/// personal; the page asks once when it loads.
/// </summary>
internal static class WebChatSettingsEndpoint
{
    public const string Path = "/api/webchat/settings";

    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapGet(Path, Get);

    private static IResult Get(HttpContext http, IServiceProvider services, IOptionsMonitor<WebChatPageOptions> options)
    {
        http.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        var page = options.CurrentValue;
        // A host without a synopsis (the Direct Line test host) still serves the page, just without examples.
        var synopsis = services.GetService<ISynopsisProvider>();
        var examples = synopsis is null
            ? []
            : ExampleQuestions.For(new InMemorySynopsisRepository(synopsis.Current)).Select(example => new WebChatExample(example.Title, example.Question)).ToList();
        var links = new WebChatLinks(page.PrivacyPolicyUrl?.OriginalString, page.ImprintUrl?.OriginalString, page.AccessibilityStatementUrl?.OriginalString);
        return Results.Json(new WebChatPageSettings(examples, links, page.AccessibilityFeedbackContact));
    }
}
