using IntegrationBot.Core.Insights;
using IntegrationBot.State;

namespace IntegrationBot.Insights;

/// <summary>
/// <c>dotnet IntegrationBot.dll insights [--since 30d] [--json] [--Insights:Folder …]</c>: the editors' report over the
/// configured store (appsettings.json next to the program, environment variables, then the command line).
/// </summary>
public static class InsightsCommandLine
{
    public const string Verb = "insights";
    private const int DefaultDays = 30;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var json = false;
        var days = DefaultDays;
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--since" when i + 1 < args.Length && InsightReport.ParseDays(args[i + 1]) is { } parsed:
                    days = parsed;
                    i++;
                    break;
                case "--since":
                    error.WriteLine("--since erwartet einen Zeitraum wie 30d, 12w oder 6m.");
                    return 2;
                case "--help" or "-h":
                    output.WriteLine("Aufruf: insights [--since 30d] [--json]");
                    return 0;
                default:
                    settings.Add(args[i]);
                    break;
            }
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. settings])
            .Build();
        var options = configuration.GetSection(InsightsOptions.SectionName).Get<InsightsOptions>() ?? new InsightsOptions();
        var failures = new InsightsOptionsValidator().Validate(null, options);
        if (failures.Failed)
        {
            error.WriteLine(failures.FailureMessage);
            return 2;
        }

        var state = configuration.GetSection(StateOptions.SectionName).Get<StateOptions>() ?? new StateOptions();
        var store = InsightsServiceCollectionExtensions.CreateStore(options, state, AppContext.BaseDirectory, static () => null);
        var to = DateOnly.FromDateTime(DateTime.UtcNow);
        var snapshot = store.ReadAsync(to.AddDays(1 - days), to).GetAwaiter().GetResult();
        if (!options.Enabled && !json)
        {
            output.WriteLine("Hinweis: Insights:Enabled ist aus; es werden keine neuen Zahlen aufgezeichnet.");
        }

        if (json)
        {
            output.WriteLine(InsightReport.ToJson(snapshot));
        }
        else
        {
            InsightReport.WriteText(snapshot, output);
        }

        (store as IDisposable)?.Dispose();
        return 0;
    }
}
