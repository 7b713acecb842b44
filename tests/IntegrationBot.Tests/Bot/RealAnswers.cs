using IntegrationBot.Core.Answers;
using IntegrationBot.Hosting;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Loading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace IntegrationBot.Tests.Bot;

/// <summary>The real answer service, built by the host's own registration over the seed data copied to the test output.</summary>
internal static class RealAnswers
{
    private static readonly Lazy<IAnswerService> Shared = new(Create);

    public static IAnswerService Service => Shared.Value;

    private static IAnswerService Create()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = AppContext.BaseDirectory });
        services.AddSynopsisAnswers();
        var factory = services.BuildServiceProvider().GetRequiredService<Func<SynopsisDocument, IAnswerService>>();
        return factory(new SynopsisSourceLoader().Load(new SynopsisOptions(), AppContext.BaseDirectory));
    }
}
