using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationBot.Core.Evaluation;

/// <summary>
/// One labelled conversation of an evaluation set (JSONL, format in docs/understanding.md): the turns are
/// sent in order and the last one is scored.
/// </summary>
public sealed record NluCase
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    [JsonPropertyName("turns")]
    public IReadOnlyList<string> Turns { get; init; } = [];

    [JsonPropertyName("intent")]
    public string Intent { get; init; } = string.Empty;

    [JsonPropertyName("cities")]
    public IReadOnlyList<string> Cities { get; init; } = [];

    [JsonPropertyName("aspects")]
    public IReadOnlyList<string> Aspects { get; init; } = [];

    [JsonPropertyName("unknownCities")]
    public IReadOnlyList<string> UnknownCities { get; init; } = [];

    /// <summary>Other aspect sets that also count as right (and, for a search, a query on them).</summary>
    [JsonPropertyName("altAspects")]
    public IReadOnlyList<IReadOnlyList<string>> AltAspects { get; init; } = [];

    /// <summary>For a search: cities that must be among the top three distinct result cities.</summary>
    [JsonPropertyName("hits")]
    public IReadOnlyList<string> Hits { get; init; } = [];

    [JsonPropertyName("tag")]
    public string Tag { get; init; } = string.Empty;

    /// <summary>Reads a JSONL file; blank lines are skipped, a malformed line is reported with its number.</summary>
    public static IReadOnlyList<NluCase> ReadJsonLines(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var cases = new List<NluCase>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            NluCase? parsed;
            try
            {
                parsed = JsonSerializer.Deserialize<NluCase>(line, Options);
            }
            catch (JsonException e)
            {
                throw new FormatException($"{sourceName}, Zeile {number}: kein gültiges JSON ({e.Message}).", e);
            }

            if (parsed is null || parsed.Turns is null || parsed.Turns.Count == 0 || string.IsNullOrWhiteSpace(parsed.Intent))
            {
                throw new FormatException($"{sourceName}, Zeile {number}: \"turns\" und \"intent\" sind Pflicht.");
            }

            // A search case is judged by its hits, so it must say which (an empty list: a search that finds nothing); the
            // shared scorer stops at a search case without them.
            if (string.Equals(parsed.Intent, "Search", StringComparison.Ordinal) && !HasList(line, "hits"))
            {
                throw new FormatException($"{sourceName}, Zeile {number}: eine Suche braucht \"hits\" (leer, wenn sie nichts finden soll).");
            }

            // JSON null for a list means "none" (docs/understanding.md).
            cases.Add(parsed with
            {
                Cities = parsed.Cities ?? [],
                Aspects = parsed.Aspects ?? [],
                UnknownCities = parsed.UnknownCities ?? [],
                AltAspects = parsed.AltAspects ?? [],
                Hits = parsed.Hits ?? [],
                Tag = parsed.Tag ?? string.Empty,
                Id = parsed.Id ?? $"line {number}",
            });
        }

        return cases;
    }

    private static bool HasList(string line, string name)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array;
    }
}
