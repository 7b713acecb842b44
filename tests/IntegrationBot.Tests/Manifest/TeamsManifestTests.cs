using System.IO.Compression;
using System.Text.Json.Nodes;
using IntegrationBot.Teams;

namespace IntegrationBot.Tests.Manifest;

[Trait("Category", "Node")]
public sealed class TeamsManifestTests
{
    private static readonly string ManifestDirectory = Path.Combine(NodeTooling.RepositoryRoot, "appmanifest");
    private static readonly string Validator = Path.Combine(NodeTooling.RepositoryRoot, "tests", "IntegrationBot.Tests", "Manifest", "validate-teams-manifest.js");

    [SkippableFact]
    public async Task Manifest_validates_offline_against_the_newest_bundled_schema()
    {
        NodeTooling.SkipUnlessInstalled("@microsoft/app-manifest");

        var result = await ValidateAsync(Path.Combine(ManifestDirectory, TeamsAppPackage.ManifestFileName));

        Assert.Empty(result["errors"]!.AsArray());
        Assert.Equal((string?)result["newestBundledVersion"], (string?)result["manifestVersion"]);
    }

    [SkippableFact]
    public async Task Package_holds_manifest_and_icons_at_its_root_and_validates_with_the_real_bot_id()
    {
        NodeTooling.SkipUnlessInstalled("@microsoft/app-manifest");
        var botId = Guid.NewGuid();
        var work = Directory.CreateTempSubdirectory("teams-package-");
        try
        {
            var zipPath = Path.Combine(work.FullName, "IntegrationBot.zip");
            TeamsAppPackage.Build(ManifestDirectory, botId, zipPath);

            using (var zip = ZipFile.OpenRead(zipPath))
            {
                Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal));
            }

            var extracted = Path.Combine(work.FullName, "extracted");
            ZipFile.ExtractToDirectory(zipPath, extracted);
            var result = await ValidateAsync(Path.Combine(extracted, TeamsAppPackage.ManifestFileName));
            Assert.Empty(result["errors"]!.AsArray());
            var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(extracted, TeamsAppPackage.ManifestFileName)))!;
            Assert.Equal(botId.ToString("D"), (string?)manifest["bots"]![0]!["botId"]);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void Manifest_is_German_with_the_placeholder_bot_id_all_scopes_and_example_commands_within_limits()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestDirectory, TeamsAppPackage.ManifestFileName)))!;

        Assert.Equal("de-de", (string?)manifest["localizationInfo"]!["defaultLanguageTag"]);
        Assert.Contains("Städte", (string?)manifest["description"]!["short"], StringComparison.Ordinal);
        var bot = manifest["bots"]!.AsArray().Single()!;
        Assert.Equal(Guid.Empty.ToString("D"), (string?)bot["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(scope => (string?)scope));
        var commandLists = bot["commandLists"]!.AsArray();
        Assert.InRange(commandLists.Count, 1, 3);
        foreach (var commands in commandLists.Select(list => list!["commands"]!.AsArray()))
        {
            Assert.InRange(commands.Count, 1, 12);
            // Teams clients cut command titles at 32 and descriptions at 128 characters.
            Assert.All(commands, command => Assert.InRange(((string?)command!["title"])!.Length, 1, 32));
            Assert.All(commands, command => Assert.InRange(((string?)command!["description"])!.Length, 1, 128));
        }
    }

    [Theory]
    [InlineData("color.png", 192, true)]
    [InlineData("outline.png", 32, true)]
    public void Icons_are_square_PNGs_of_the_size_Teams_requires(string file, int size, bool withAlpha)
    {
        var bytes = File.ReadAllBytes(Path.Combine(ManifestDirectory, file));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        const byte truecolorWithAlpha = 6;
        Assert.Equal(withAlpha, bytes[25] == truecolorWithAlpha);
    }

    internal static async Task<JsonNode> ValidateAsync(string manifestPath)
    {
        var (exitCode, output, error) = await NodeTooling.RunScriptAsync(Validator, manifestPath);
        Assert.True(exitCode == 0, $"validator failed ({exitCode}): {error}");
        return JsonNode.Parse(output) ?? throw new InvalidOperationException("validator printed nothing");
    }
}
