using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Loading;
using IntegrationBot.TestSupport;
using IntegrationBot.Tests.Hosting;

namespace IntegrationBot.Tests.Office;

/// <summary>
/// The office's workflow: the bot answers from an Excel file; the office saves a bigger version (new cities, a new
/// aspect) and the running bot answers from it, without a restart.
/// </summary>
public sealed class ExcelSynopsisReloadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("office-reload-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task A_saved_bigger_Excel_synopsis_is_answered_without_a_restart()
    {
        var path = Path.Combine(_directory.FullName, "Synopse.xlsx");
        var before = SyntheticSynopsis.Generate(cities: 50, aspects: 20, seed: 31);
        var after = SyntheticSynopsis.Generate(cities: 55, aspects: 21, seed: 32);
        Save(before, path);
        await using var factory = new BotApplicationFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Synopsis:Path"] = path,
                ["Synopsis:Reload:DebounceMilliseconds"] = "100",
            },
        };
        using var client = factory.CreateClient();
        Assert.Contains($"{before.Cities.Count} Städte", await CityListTextAsync(client), StringComparison.Ordinal);

        Save(after, path);

        var deadline = DateTime.UtcNow + Patience;
        while (!(await CityListTextAsync(client)).Contains($"{after.Cities.Count} Städte", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "The saved Excel file was not picked up in time.");
            await Task.Delay(200);
        }

        var newCity = after.Cities[^1];
        var newAspect = after.Aspects[^1];
        var replies = await EmulatorActivities.PostExpectingRepliesAsync(
            client, EmulatorActivities.Message($"office-{Guid.NewGuid():N}", $"{newAspect.Title} in {newCity.Name}"));
        var trace = replies.Single(r => (string?)r!["type"] == "trace")!["value"]!;
        Assert.Equal("Query", (string?)trace["intent"]);
        Assert.Equal([newCity.Name], trace["cities"]!.AsArray().Select(c => (string?)c));
        Assert.Equal([newAspect.Title], trace["aspects"]!.AsArray().Select(a => (string?)a));
    }

    private static async Task<string> CityListTextAsync(HttpClient client)
    {
        var replies = await EmulatorActivities.PostExpectingRepliesAsync(
            client, EmulatorActivities.Message($"office-{Guid.NewGuid():N}", "Welche Städte gibt es?"));
        return replies.Last(r => (string?)r!["type"] == "message")!["attachments"]![0]!["content"]!.ToJsonString(EmulatorActivities.Readable);
    }

    // Like Excel saving: the new workbook is written elsewhere and replaces the file in one move.
    private void Save(SynopsisDocument document, string path)
    {
        var temporary = Path.Combine(_directory.FullName, $"~{Guid.NewGuid():N}.xlsx");
        SynopsisFormats.WriterFor(temporary)!.Write(document, temporary);
        File.Move(temporary, path, overwrite: true);
    }
}
