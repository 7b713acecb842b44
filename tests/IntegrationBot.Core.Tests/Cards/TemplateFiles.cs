using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>The template files and their sample data as JSON, read from the test output copy of cards/.</summary>
internal static class TemplateFiles
{
    public static IReadOnlyList<string> Names =>
        [.. Directory.EnumerateFiles(CardFixtures.TemplateDirectory, "*.json")
            .Where(p => !p.EndsWith(".data.json", StringComparison.Ordinal))
            .Select(p => Path.GetFileNameWithoutExtension(p)!)
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> TheoryNames => [.. Names];

    public static JsonNode Template(string name) => Read($"{name}.json");

    public static JsonNode SampleData(string name) => Read($"{name}.data.json");

    public static bool HasSampleData(string name) => File.Exists(Path.Combine(CardFixtures.TemplateDirectory, $"{name}.data.json"));

    private static JsonNode Read(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(CardFixtures.TemplateDirectory, file))) ?? throw new InvalidDataException(file);
}
