using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationBot.Teams;

/// <summary>
/// Builds the Teams app package (the zip that is uploaded to Teams): appmanifest/manifest.json with the real bot id
/// in place of the all-zero placeholder, plus the two icons, all at the root of the zip as Teams requires.
/// The package version follows the content (<see cref="PackageVersion"/>): a tenant admin can only update an app whose
/// version went up, so a rebuilt command menu must bump it.
/// </summary>
public static class TeamsAppPackage
{
    public const string ManifestFileName = "manifest.json";
    public static readonly Guid PlaceholderBotId = Guid.Empty;

    // Umlauts stay readable in the packaged manifest; it is never embedded in HTML.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The manifest with <paramref name="botId"/> as the id of every bot it declares.</summary>
    public static JsonObject ManifestFor(string manifestJson, Guid botId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(manifestJson);
        if (botId == PlaceholderBotId)
        {
            throw new ArgumentException("The bot id is the all-zero placeholder; pass the Azure Bot's app (client) id.", nameof(botId));
        }

        var manifest = JsonNode.Parse(manifestJson) as JsonObject
            ?? throw new InvalidDataException($"{ManifestFileName} is not a JSON object.");
        var bots = manifest["bots"] as JsonArray;
        if (bots is null || bots.Count == 0)
        {
            throw new InvalidDataException($"{ManifestFileName} declares no bots.");
        }

        foreach (var bot in bots.OfType<JsonObject>())
        {
            bot["botId"] = botId.ToString("D");
        }

        // The search message extension is served by the same bot.
        foreach (var extension in (manifest["composeExtensions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            extension["botId"] = botId.ToString("D");
        }

        return manifest;
    }

    /// <summary>
    /// Replaces the commands of every command list of every bot with <paramref name="commands"/> (a bot without command
    /// lists gets one for its scopes). The lists' scopes stay as the committed manifest declares them.
    /// </summary>
    public static JsonObject WithCommands(JsonObject manifest, IReadOnlyList<TeamsCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(commands);
        if (commands.Count is 0 or > TeamsCommandList.MaxCommands || commands.Any(static c => !c.FitsTeams))
        {
            throw new ArgumentException($"Teams needs 1 to {TeamsCommandList.MaxCommands} commands, each within its length limits.", nameof(commands));
        }

        foreach (var bot in (manifest["bots"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (bot["commandLists"] is not JsonArray { Count: > 0 } lists)
            {
                var scopes = (bot["scopes"] as JsonArray ?? []).Select(static s => s?.GetValue<string>())
                    .Where(static s => s is "personal" or "team" or "groupChat")
                    .Select(static s => (JsonNode?)JsonValue.Create(s));
                lists = [new JsonObject { ["scopes"] = new JsonArray([.. scopes]) }];
                bot["commandLists"] = lists;
            }

            foreach (var list in lists.OfType<JsonObject>())
            {
                list["commands"] = new JsonArray([.. commands.Select(static c => (JsonNode)c.ToJson())]);
            }
        }

        return manifest;
    }

    /// <summary>
    /// Writes the package to <paramref name="zipPath"/> (replacing it) and returns the files it contains. With
    /// <paramref name="commands"/> (built from the loaded synopsis) the command menu reflects the data; without, the
    /// committed manifest's commands are kept.
    /// </summary>
    /// <param name="previousZip">The last package built (default: the one at <paramref name="zipPath"/>, if any): its
    /// version is kept when nothing changed and bumped when anything did.</param>
    public static IReadOnlyList<string> Build(string manifestDirectory, Guid botId, string zipPath, IReadOnlyList<TeamsCommand>? commands = null, string? previousZip = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(manifestDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(zipPath);
        var manifestPath = Path.Combine(manifestDirectory, ManifestFileName);
        var manifest = ManifestFor(File.ReadAllText(manifestPath), botId);
        if (commands is not null)
        {
            WithCommands(manifest, commands);
        }

        manifest["version"] = PackageVersion.For(manifest, PackageVersion.ManifestIn(previousZip ?? zipPath));
        var icons = IconFiles(manifest).ToList();
        foreach (var icon in icons.Where(icon => !File.Exists(Path.Combine(manifestDirectory, icon))))
        {
            throw new FileNotFoundException($"The manifest names the icon '{icon}', which is not in {manifestDirectory}.", icon);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(zipPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.Delete(zipPath);
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry(ManifestFileName, CompressionLevel.Optimal);
            using (var stream = entry.Open())
            {
                JsonSerializer.Serialize(stream, manifest, Indented);
            }

            foreach (var icon in icons)
            {
                zip.CreateEntryFromFile(Path.Combine(manifestDirectory, icon), icon, CompressionLevel.Optimal);
            }
        }

        return [ManifestFileName, .. icons];
    }

    private static IEnumerable<string> IconFiles(JsonObject manifest)
    {
        var icons = manifest["icons"] as JsonObject
            ?? throw new InvalidDataException($"{ManifestFileName} has no icons.");
        return icons.Select(icon => icon.Value?.GetValue<string>())
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
    }
}
