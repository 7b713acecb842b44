using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Cards.Templating;
using IntegrationBot.Core.Export;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Loading;
using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.Lexicons;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationBot.Hosting;

public static class SynopsisAnswersServiceCollectionExtensions
{
    /// <summary>
    /// IntegrationBot.Core's answer service over the synopsis ("Synopsis:Path(s)", relative to the content root), the
    /// language lexicon (data/lexicon) and the card templates (cards/). Registers
    /// <c>Func&lt;SynopsisDocument, IAnswerService&gt;</c> (how to answer from any synopsis, for a reloading provider)
    /// and, unless one is registered already, an <see cref="IAnswerService"/> over the synopsis loaded once at start.
    /// Everything loads while the host starts: a broken file stops the start instead of failing the first question.
    /// </summary>
    public static IServiceCollection AddSynopsisAnswers(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SynopsisOptions>().Bind(configuration.GetSection(SynopsisOptions.SectionName));
        services.TryAddSingleton(provider => Lexicon.Load(RecognizerFactory.DefaultLexiconDirectory(ContentRoot(provider))));
        services.TryAddSingleton(provider => CardTemplates.Load(Path.Combine(ContentRoot(provider), "cards")));
        services.TryAddSingleton(provider => new CardRenderer(provider.GetRequiredService<CardTemplates>()));
        services.TryAddSingleton<Func<SynopsisDocument, IAnswerService>>(provider =>
        {
            var lexicon = provider.GetRequiredService<Lexicon>();
            var renderer = provider.GetRequiredService<CardRenderer>();
            return document =>
            {
                var repository = new InMemorySynopsisRepository(document);
                return new AnswerService(RecognitionStages.Create(repository, lexicon), repository, renderer, provider.GetService<IExportLinks>());
            };
        });
        services.TryAddSingleton<IAnswerService>(provider =>
        {
            var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SynopsisOptions>>().Value;
            var document = new SynopsisSourceLoader().Load(options, ContentRoot(provider));
            return provider.GetRequiredService<Func<SynopsisDocument, IAnswerService>>()(document);
        });
        services.AddHostedService<AnswerServiceWarmUp>();
        return services;
    }

    private static string ContentRoot(IServiceProvider provider) =>
        provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
}
