using System.IO.Compression;
using System.Text.Json.Nodes;
using IntegrationBot.Hosting;
using IntegrationBot.Teams;
using IntegrationBot.Tests.Manifest;

namespace IntegrationBot.Tests.Teams;

public sealed class TeamsAppPackageTests
{
    private const string BotId = "6f1f4a8e-3d2c-4b7a-9e0f-1a2b3c4d5e6f";
    private static readonly string ManifestDirectory = Path.Combine(NodeTooling.RepositoryRoot, "appmanifest");

    [Fact]
    public void Replaces_the_placeholder_with_the_real_bot_id_and_keeps_everything_else()
    {
        var original = File.ReadAllText(Path.Combine(ManifestDirectory, TeamsAppPackage.ManifestFileName));

        var manifest = TeamsAppPackage.ManifestFor(original, Guid.Parse(BotId));

        Assert.Equal(BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(BotId, (string?)manifest["composeExtensions"]![0]!["botId"]);
        manifest["bots"]![0]!["botId"] = Guid.Empty.ToString("D");
        manifest["composeExtensions"]![0]!["botId"] = Guid.Empty.ToString("D");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), manifest));
    }

    [Fact]
    public void Manifest_declares_the_search_extension_and_channel_types_and_no_unused_permissions()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestDirectory, TeamsAppPackage.ManifestFileName)))!;

        Assert.Null(manifest["permissions"]);
        Assert.Equal(["sharedChannels", "privateChannels"], manifest["supportedChannelTypes"]!.AsArray().Select(t => (string?)t));
        var command = Assert.Single(manifest["composeExtensions"]!.AsArray().Single()!["commands"]!.AsArray())!;
        Assert.Equal("query", (string?)command["type"]);
        Assert.True((bool)command["initialRun"]!);
        Assert.Single(command["parameters"]!.AsArray());
    }

    [Fact]
    public void Package_version_stays_when_nothing_changed_and_is_bumped_when_the_command_menu_changes()
    {
        var work = Directory.CreateTempSubdirectory("teams-version-");
        try
        {
            var zipPath = Path.Combine(work.FullName, "app.zip");
            var committed = (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestDirectory, TeamsAppPackage.ManifestFileName)))!["version"];
            TeamsCommand[] menu = [new("Hilfe", "Was kann ich fragen?")];
            TeamsCommand[] otherMenu = [new("Hilfe", "Was kann ich fragen?"), new("Welche Städte gibt es?", "Alle Städte")];

            string Version() => (string)PackageVersion.ManifestIn(zipPath)!["version"]!;
            TeamsAppPackage.Build(ManifestDirectory, Guid.Parse(BotId), zipPath, menu);
            var first = Version();
            TeamsAppPackage.Build(ManifestDirectory, Guid.Parse(BotId), zipPath, menu);
            var unchanged = Version();
            TeamsAppPackage.Build(ManifestDirectory, Guid.Parse(BotId), zipPath, otherMenu);
            var changed = Version();
            TeamsAppPackage.Build(ManifestDirectory, Guid.Parse(BotId), zipPath, menu);
            var changedBack = Version();

            Assert.Equal(committed, first);
            Assert.Equal(first, unchanged);
            Assert.True(System.Version.Parse(changed) > System.Version.Parse(first), $"{changed} > {first}");
            Assert.True(System.Version.Parse(changedBack) > System.Version.Parse(changed), $"{changedBack} > {changed}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void Refuses_the_placeholder_as_bot_id()
    {
        var original = File.ReadAllText(Path.Combine(ManifestDirectory, TeamsAppPackage.ManifestFileName));

        Assert.Throws<ArgumentException>(() => TeamsAppPackage.ManifestFor(original, Guid.Empty));
    }

    [Fact]
    public void Command_line_verb_builds_the_zip_from_the_manifest_copied_next_to_the_app()
    {
        var work = Directory.CreateTempSubdirectory("teams-verb-");
        try
        {
            var zipPath = Path.Combine(work.FullName, "out", "app.zip");
            using var output = new StringWriter();
            using var error = new StringWriter();

            var handled = CommandLineVerbs.TryRun(["teams", "package", "--bot-id", BotId, "--output", zipPath], output, error, out var exitCode);

            Assert.True(handled);
            Assert.True(exitCode == 0, error.ToString());
            Assert.Contains(zipPath, output.ToString(), StringComparison.Ordinal);
            using var zip = ZipFile.OpenRead(zipPath);
            using var manifest = zip.GetEntry(TeamsAppPackage.ManifestFileName)!.Open();
            Assert.Equal(BotId, (string?)JsonNode.Parse(manifest)!["bots"]![0]!["botId"]);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("teams")]
    [InlineData("teams", "package")]
    [InlineData("teams", "package", "--bot-id")]
    [InlineData("teams", "package", "--bot-id", "not-a-guid")]
    [InlineData("teams", "package", "--bot-id", "00000000-0000-0000-0000-000000000000")]
    [InlineData("teams", "zip", "--bot-id", BotId)]
    public void Command_line_verb_explains_its_usage_on_bad_arguments(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var handled = CommandLineVerbs.TryRun(args, output, error, out var exitCode);

        Assert.True(handled);
        Assert.Equal(2, exitCode);
        Assert.Contains("Usage: teams package --bot-id", error.ToString(), StringComparison.Ordinal);
    }
}
