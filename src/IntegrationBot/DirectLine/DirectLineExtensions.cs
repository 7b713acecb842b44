using IntegrationBot.DirectLine.Azure;
using IntegrationBot.DirectLine.Local;
using IntegrationBot.Health;
using IntegrationBot.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace IntegrationBot.DirectLine;

/// <summary>Wires the Web Chat page and its Direct Line (local or Azure) into the host: one line each in Program.cs.</summary>
public static class DirectLineExtensions
{
    /// <summary>Registers the options ("DirectLine" section), the local Direct Line and the Azure token client.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddOptions<WebChatPageOptions>()
            .Bind(configuration.GetSection(WebChatPageOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebChatPageOptions>, WebChatPageOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BotSecurityOptions>().Bind(configuration.GetSection(BotSecurityOptions.SectionName));
        services.AddSingleton<DirectLineAccess>();
        services.AddSingleton<DirectLineAdmission>();
        services.AddHealthChecks().AddCheck<DirectLineHealthCheck>("directline", tags: [HealthEndpointRouteBuilderExtensions.ReadyTag]);

        services.AddSingleton<LocalConversationStore>();
        services.AddSingleton<LocalBotTurnDispatcher>();
        services.AddSingleton<LocalDirectLine>();

        services.AddHttpClient<DirectLineTokenClient>((provider, http) =>
            http.Timeout = provider.GetRequiredService<IOptionsMonitor<DirectLineOptions>>().CurrentValue.TokenRequestTimeout);
        return services;
    }

    /// <summary>Maps POST /api/directline/token and, in Local mode only, the Direct Line 3.0 endpoints under /v3/directline.</summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        WebChatTokenEndpoint.Map(endpoints);
        WebChatSettingsEndpoint.Map(endpoints);
        var access = endpoints.ServiceProvider.GetRequiredService<DirectLineAccess>();
        if (access.LocalServed)
        {
            LocalDirectLineEndpoints.Map(endpoints);
        }
        else if (endpoints.ServiceProvider.GetRequiredService<IOptions<DirectLineOptions>>().Value.Mode == DirectLineMode.Local)
        {
            WebChatPageLog.LocalDirectLineOff(endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineExtensions)));
        }

        return endpoints;
    }

    /// <summary>
    /// Serves the Web Chat page at / from the wwwroot folder next to the application (never the working directory),
    /// so `dotnet run` and a published folder behave the same.
    /// </summary>
    public static IApplicationBuilder UseWebChatPage(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!Directory.Exists(root))
        {
            // The bot's channels (Teams, Emulator) must keep working even if a broken build lost the page.
            WebChatPageLog.FolderMissing(app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineExtensions)), root);
            return app;
        }

        var bundle = Path.Combine(root, WebChatBundleFile.RelativePath);
        if (!File.Exists(bundle))
        {
            // Said once at startup, where operators look; the page names the fix to its visitors too.
            WebChatPageLog.BundleMissing(app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineExtensions)), bundle, WebChatBundleFile.Fix);
        }

        var services = app.ApplicationServices;
        var page = services.GetRequiredService<IOptions<WebChatPageOptions>>().Value;
        var missing = new[] { (page.PrivacyPolicyUrl, "Datenschutzerklärung"), (page.ImprintUrl, "Impressum") }.Where(link => link.Item1 is null).Select(link => link.Item2).ToList();
        if (missing.Count > 0)
        {
            WebChatPageLog.LegalLinksMissing(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineExtensions)), string.Join(" and no ", missing));
        }

        var headers = new WebChatPageHeaders(WebChatContentSecurityPolicy.For(services.GetRequiredService<IOptions<DirectLineOptions>>().Value, page));
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => headers.Apply(context.Context.Response, context.File.Name),
        });
        return app;
    }
}
