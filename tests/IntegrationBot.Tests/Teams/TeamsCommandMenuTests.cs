using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Loading;
using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.Lexicons;
using IntegrationBot.Hosting;
using IntegrationBot.Teams;
using IntegrationBot.TestSupport;
using IntegrationBot.Tests.Manifest;

namespace IntegrationBot.Tests.Teams;

/// <summary>The Teams command menu is built from the synopsis the bot answers from, and stays a valid manifest.</summary>
public sealed class TeamsCommandMenuTests : IDisposable
{
    private const string BotId = "0b7e3c1d-5a2f-4e8b-9c6d-7f1a2b3c4d5e";
    private static readonly string ManifestDirectory = Path.Combine(NodeTooling.RepositoryRoot, "appmanifest");
    private static readonly Lazy<Lexicon> SharedLexicon = new(() => Lexicon.Load(Lexicon.DefaultDirectory(AppContext.BaseDirectory)));

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("teams-menu-");

    public void Dispose() => _work.Delete(recursive: true);

    public static TheoryData<int, int, int> GeneratedSizes() => new()
    {
        { 60, 20, 5 },
        { 80, 30, 9 },
        { 3, 2, 1 },
    };

    [Theory]
    [MemberData(nameof(GeneratedSizes))]
    public void Commands_fit_Teams_and_name_cities_and_aspects_of_the_data(int cities, int aspects, int seed)
    {
        var document = SyntheticSynopsis.Generate(cities, aspects, seed);

        var commands = TeamsCommandList.For(new InMemorySynopsisRepository(document));

        Assert.InRange(commands.Count, 4, TeamsCommandList.MaxCommands);
        Assert.All(commands, command => Assert.InRange(command.Title.Length, 1, TeamsCommand.MaxTitleLength));
        Assert.All(commands, command => Assert.InRange(command.Description.Length, 1, TeamsCommand.MaxDescriptionLength));
        Assert.Equal(commands.Count, commands.Select(c => c.Title).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains(commands, command => document.Cities.Any(city => Names(command.Title, city.Name)));
        Assert.Contains(commands, command => document.Aspects.Any(aspect => command.Title.Contains(aspect.Title, StringComparison.Ordinal)));
        Assert.Contains($"{document.Cities.Count} Städte", string.Join("\n", commands.Select(c => c.Description)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(GeneratedSizes))]
    public void Every_command_is_a_question_the_bot_answers_about_what_it_names(int cities, int aspects, int seed) =>
        AssertEveryCommandIsUnderstood(SyntheticSynopsis.Generate(cities, aspects, seed));

    [Fact]
    public void Every_command_built_from_the_shipped_synopsis_is_understood() =>
        AssertEveryCommandIsUnderstood(new SynopsisSourceLoader().Load(new SynopsisOptions(), AppContext.BaseDirectory));

    private static void AssertEveryCommandIsUnderstood(SynopsisDocument document)
    {
        var repository = new InMemorySynopsisRepository(document);
        var recognizer = new Recognizer(repository, SharedLexicon.Value);

        foreach (var command in TeamsCommandList.For(repository))
        {
            var result = recognizer.Recognize(command.Title, ConversationContext.Empty, DateTimeOffset.UnixEpoch);

            Assert.True(result.Intent != Intent.None, $"„{command.Title}“ is not understood");
            var named = document.Cities.Where(city => Names(command.Title, city.Name)).ToList();
            Assert.All(named, city => Assert.Contains(city, result.Cities));
            var namedAspects = document.Aspects.Where(aspect => Names(command.Title, aspect.Title)).ToList();
            Assert.All(namedAspects, aspect => Assert.Contains(aspect, result.Aspects));
            if (named.Count == 1 && namedAspects.Count == 1)
            {
                Assert.NotNull(repository.Find(named[0], namedAspects[0]));
            }

            if (named.Count == 0 && namedAspects.Count == 1)
            {
                Assert.Equal(Intent.Query, result.Intent);
                Assert.Empty(result.Cities);
            }

            if (command.Title.StartsWith("Wo gibt es ", StringComparison.Ordinal))
            {
                Assert.Equal(Intent.Search, result.Intent);
                Assert.NotEmpty(result.Results);
            }
        }
    }

    [Trait("Category", "Node")]
    [SkippableFact]
    public async Task Package_built_from_a_generated_xlsx_names_its_cities_and_aspects_and_validates()
    {
        NodeTooling.SkipUnlessInstalled("@microsoft/app-manifest");
        var document = SyntheticSynopsis.Generate(cities: 60, aspects: 20, seed: 17);
        var synopsisPath = Path.Combine(_work.FullName, "Synopse.xlsx");
        SynopsisFormats.WriterFor(synopsisPath)!.Write(document, synopsisPath);
        var zipPath = Path.Combine(_work.FullName, "app.zip");

        var (exitCode, output, error) = Run("--output", zipPath, "--synopsis", synopsisPath);

        Assert.True(exitCode == 0, error);
        Assert.Contains(document.Title, output, StringComparison.Ordinal);
        var extracted = Path.Combine(_work.FullName, "extracted");
        ZipFile.ExtractToDirectory(zipPath, extracted);
        var manifestPath = Path.Combine(extracted, TeamsAppPackage.ManifestFileName);
        var validation = await TeamsManifestTests.ValidateAsync(manifestPath);
        Assert.Empty(validation["errors"]!.AsArray());
        var titles = Titles(JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!);
        Assert.Contains(titles, title => document.Cities.Any(city => Names(title, city.Name)));
        Assert.Contains(titles, title => document.Aspects.Any(aspect => title.Contains(aspect.Title, StringComparison.Ordinal)));
        Assert.Equal(TeamsCommandList.For(new InMemorySynopsisRepository(document)).Select(c => c.Title), titles);
    }

    [Fact]
    public void Without_a_synopsis_option_the_menu_comes_from_the_configured_synopsis()
    {
        var configured = new SynopsisSourceLoader().Load(new SynopsisOptions(), AppContext.BaseDirectory);
        var zipPath = Path.Combine(_work.FullName, "default.zip");

        var (exitCode, _, error) = Run("--output", zipPath);

        Assert.True(exitCode == 0, error);
        using var zip = ZipFile.OpenRead(zipPath);
        using var stream = zip.GetEntry(TeamsAppPackage.ManifestFileName)!.Open();
        var manifest = JsonNode.Parse(stream)!;
        Assert.Equal(TeamsCommandList.For(new InMemorySynopsisRepository(configured)).Select(c => c.Title), Titles(manifest));
        Assert.Contains(Titles(manifest), title => configured.Cities.Any(city => Names(title, city.Name)));
    }

    [Fact]
    public void Command_lists_keep_the_scopes_of_the_committed_manifest()
    {
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestDirectory, TeamsAppPackage.ManifestFileName)))!.AsObject();
        var scopes = original["bots"]![0]!["commandLists"]!.AsArray().Select(list => list!["scopes"]!.ToJsonString()).ToList();
        var commands = new[] { new TeamsCommand("Hilfe", "Beispiele") };

        var manifest = TeamsAppPackage.WithCommands(original.DeepClone().AsObject(), commands);

        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        Assert.Equal(scopes, lists.Select(list => list!["scopes"]!.ToJsonString()));
        Assert.All(lists, list => Assert.Equal(["Hilfe"], list!["commands"]!.AsArray().Select(c => (string?)c!["title"])));
    }

    [Fact]
    public void A_broken_synopsis_stops_the_package_with_a_readable_reason()
    {
        var broken = Path.Combine(_work.FullName, "kaputt.xlsx");
        File.WriteAllText(broken, "keine Excel-Datei");
        var zipPath = Path.Combine(_work.FullName, "broken.zip");

        var (exitCode, _, error) = Run("--output", zipPath, "--synopsis", broken);

        Assert.Equal(1, exitCode);
        Assert.Contains("kaputt.xlsx", error, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var handled = CommandLineVerbs.TryRun(["teams", "package", "--bot-id", BotId, .. options], output, error, out var exitCode);
        Assert.True(handled);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static List<string> Titles(JsonNode manifest) =>
        [.. manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string)c!["title"]!)];

    // Whole words, so "Halle (Saale)" or "Essen" are not found inside other words.
    private static bool Names(string text, string name) =>
        Regex.IsMatch(text, $@"(?<!\w){Regex.Escape(name)}(?!\w)");
}
