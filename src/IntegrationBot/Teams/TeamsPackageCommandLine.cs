using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Loading;

namespace IntegrationBot.Teams;

/// <summary>
/// <c>teams package --bot-id GUID [--output FILE] [--manifest-dir DIR] [--synopsis FILE] [--previous ZIP]</c>: builds the
/// Teams app zip from appmanifest/ (copied next to the application) with the real bot id, and a command menu built from
/// the synopsis the bot answers from (the configured <c>Synopsis:Path(s)</c>, or <c>--synopsis</c>). The version is
/// bumped when the content differs from the last package (<c>--previous</c>, default: the zip being replaced).
/// </summary>
public static class TeamsPackageCommandLine
{
    public const string DefaultOutput = "IntegrationBot-teams-app.zip";

    public static string Usage =>
        "Usage: teams package --bot-id <Azure Bot app id (GUID)> [--output <zip file>] [--manifest-dir <folder with manifest.json and icons>] [--synopsis <synopsis file; default: the configured Synopsis:Path(s)>] [--previous <last package zip; default: the output zip>]";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count == 0 || args[0] != "package")
        {
            error.WriteLine(Usage);
            return 2;
        }

        var options = ParseOptions(args.Skip(1).ToList());
        if (options is null || !options.TryGetValue("--bot-id", out var botIdText) || !Guid.TryParse(botIdText, out var botId) || botId == Guid.Empty)
        {
            error.WriteLine("A valid --bot-id is required: the Azure Bot's Microsoft App ID, a GUID that is not all zeros.");
            error.WriteLine(Usage);
            return 2;
        }

        var manifestDirectory = options.GetValueOrDefault("--manifest-dir") ?? Path.Combine(AppContext.BaseDirectory, "appmanifest");
        var zipPath = Path.GetFullPath(options.GetValueOrDefault("--output") ?? DefaultOutput);
        SynopsisDocument synopsis;
        try
        {
            synopsis = LoadSynopsis(options.GetValueOrDefault("--synopsis"));
        }
        catch (SynopsisFormatException failure)
        {
            // The menu would advertise questions the bot cannot answer: fix the synopsis first ("synopsis validate").
            error.WriteLine($"Could not read the synopsis for the command menu: {failure.Message}");
            return 1;
        }

        try
        {
            var commands = TeamsCommandList.For(new InMemorySynopsisRepository(synopsis));
            var previous = options.GetValueOrDefault("--previous") is { } last ? Path.GetFullPath(last) : null;
            var files = TeamsAppPackage.Build(manifestDirectory, botId, zipPath, commands, previous);
            var version = (string?)PackageVersion.ManifestIn(zipPath)?["version"];
            output.WriteLine($"Teams app package {version} written to {zipPath} ({string.Join(", ", files)}), bot id {botId:D}.");
            output.WriteLine($"Command menu ({commands.Count}) from „{synopsis.Title}“: {string.Join(" | ", commands.Select(static c => c.Title))}");
            return 0;
        }
        catch (Exception failure) when (failure is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            error.WriteLine($"Could not build the Teams app package: {failure.Message}");
            return 1;
        }
    }

    /// <summary>
    /// The synopsis the deployed bot answers from: <c>--synopsis</c> (relative to the working directory, like the
    /// synopsis verbs), else <c>Synopsis:Path(s)</c> from appsettings.json and environment variables, relative to the
    /// application folder as the host resolves them.
    /// </summary>
    private static SynopsisDocument LoadSynopsis(string? file)
    {
        var loader = new SynopsisSourceLoader();
        if (file is not null)
        {
            return loader.Load([file], Directory.GetCurrentDirectory()).Document;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = new SynopsisOptions();
        configuration.GetSection(SynopsisOptions.SectionName).Bind(options);
        return loader.Load(options, AppContext.BaseDirectory);
    }

    private static Dictionary<string, string>? ParseOptions(List<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                return null;
            }

            options[name] = args[i + 1];
        }

        return options;
    }
}
