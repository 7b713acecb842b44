using IntegrationBot.Core.Answers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationBot.Tests.Hosting;

/// <summary>
/// The real host (Program.cs) in memory. Optionally with configuration overrides, and with a substitute answer
/// service where a test needs to control it (null = the real one from IntegrationBot.Core).
/// </summary>
internal sealed class BotApplicationFactory(IAnswerService? answers = null, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (settings is not null)
        {
            builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        }

        if (answers is not null)
        {
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<IAnswerService>();
                services.AddSingleton(answers);
            });
        }
    }
}
