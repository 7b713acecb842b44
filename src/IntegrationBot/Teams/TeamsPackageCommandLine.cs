namespace IntegrationBot.Teams;

/// <summary>
/// <c>teams package --bot-id GUID [--output FILE] [--manifest-dir DIR]</c>: builds the Teams app zip from
/// appmanifest/ (copied next to the application) with the real bot id.
/// </summary>
public static class TeamsPackageCommandLine
{
    public const string DefaultOutput = "IntegrationBot-teams-app.zip";

    public static string Usage =>
        "Usage: teams package --bot-id <Azure Bot app id (GUID)> [--output <zip file>] [--manifest-dir <folder with manifest.json and icons>]";

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
        try
        {
            var files = TeamsAppPackage.Build(manifestDirectory, botId, zipPath);
            output.WriteLine($"Teams app package written to {zipPath} ({string.Join(", ", files)}), bot id {botId:D}.");
            return 0;
        }
        catch (Exception failure) when (failure is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            error.WriteLine($"Could not build the Teams app package: {failure.Message}");
            return 1;
        }
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
