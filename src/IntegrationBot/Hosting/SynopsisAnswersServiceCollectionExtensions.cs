using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Cards.Templating;
using IntegrationBot.Core.Export;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.Lexicons;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationBot.Hosting;

public static class SynopsisAnswersServiceCollectionExtensions
{
    /// <summary>
    /// How IntegrationBot.Core answers from a synopsis: the language lexicon (data/lexicon), the card templates (cards/)
    /// and <c>Func&lt;SynopsisDocument, IAnswerService&gt;</c>, which builds repository, recognizer and answer service for
    /// any synopsis. The <see cref="IAnswerService"/> itself is registered once, by
    /// <see cref="Data.DataServiceCollectionExtensions.AddSynopsisHotReload"/>, over whichever synopsis is current.
    /// Everything loads while the host starts: a broken file stops the start instead of failing the first question.
    /// </summary>
    public static IServiceCollection AddSynopsisAnswers(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(provider => Lexicon.Load(Lexicon.DefaultDirectory(ContentRoot(provider))));
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
        services.AddHostedService<AnswerServiceWarmUp>();
        return services;
    }

    private static string ContentRoot(IServiceProvider provider) =>
        provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
}
