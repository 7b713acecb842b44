using System.IO.Compression;
using System.Text.Json.Nodes;

namespace IntegrationBot.Teams;

/// <summary>
/// The Teams app package's version follows its content. Teams (and a tenant's app catalogue) only accept an update
/// whose version is higher, so a package whose manifest differs from the last one built — a new command menu from a
/// new synopsis, a changed description — gets the last version with its patch number bumped; an unchanged package
/// keeps its version. The committed manifest's version is the floor (raise it there for a major or minor release).
/// </summary>
public static class PackageVersion
{
    public static string For(JsonObject manifest, JsonObject? previous)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var committed = Parse((string?)manifest["version"]) ?? new Version(1, 0, 0);
        var last = previous is null ? null : Parse((string?)previous["version"]);
        if (previous is null || last is null)
        {
            return Format(committed);
        }

        if (last >= committed && SameContent(manifest, previous))
        {
            return Format(last);
        }

        return last >= committed ? Format(new Version(last.Major, last.Minor, last.Build + 1)) : Format(committed);
    }

    /// <summary>The manifest inside an earlier package; null when there is none or it cannot be read.</summary>
    public static JsonObject? ManifestIn(string? zipPath)
    {
        if (zipPath is null || !File.Exists(zipPath))
        {
            return null;
        }

        try
        {
            using var zip = ZipFile.OpenRead(zipPath);
            using var stream = zip.GetEntry(TeamsAppPackage.ManifestFileName)?.Open();
            return stream is null ? null : JsonNode.Parse(stream) as JsonObject;
        }
        catch (Exception failure) when (failure is InvalidDataException or IOException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static bool SameContent(JsonObject manifest, JsonObject previous) =>
        JsonNode.DeepEquals(WithoutVersion(manifest), WithoutVersion(previous));

    private static JsonObject WithoutVersion(JsonObject manifest)
    {
        var copy = (JsonObject)manifest.DeepClone();
        copy.Remove("version");
        return copy;
    }

    private static Version? Parse(string? version) =>
        Version.TryParse(version, out var parsed) && parsed.Build >= 0 && parsed.Revision < 0 ? parsed : null;

    private static string Format(Version version) => $"{version.Major}.{version.Minor}.{version.Build}";
}
