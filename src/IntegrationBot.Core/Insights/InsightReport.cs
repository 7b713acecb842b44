using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Insights;

/// <summary>
/// The editors' report: unknown cities first („Köln: 14 Anfragen“), then search terms without hits, unknown terms,
/// aspects asked for, unanswered questions and turns per intent; as text or as JSON.
/// </summary>
public static class InsightReport
{
    private static readonly (InsightCategory Category, string Heading)[] Sections =
    [
        (InsightCategory.UnknownCity, "Gefragte Städte, die die Synopse nicht enthält"),
        (InsightCategory.SearchWithoutHits, "Suchbegriffe ohne Treffer"),
        (InsightCategory.UnknownTerm, "Gefragte Begriffe, die das Glossar nicht erklärt"),
        (InsightCategory.Aspect, "Gefragte Aspekte"),
        (InsightCategory.Unanswered, "Nicht oder unsicher beantwortete Fragen (nach erkannter Absicht)"),
        (InsightCategory.Intent, "Fragen nach Absicht"),
    ];

    public static void WriteText(InsightSnapshot snapshot, TextWriter output, int maxPerSection = 20)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Insights {Day(snapshot.From)} bis {Day(snapshot.To)}");
        foreach (var (category, heading) in Sections)
        {
            var top = snapshot.Top(category);
            output.WriteLine();
            output.WriteLine(heading + ":");
            if (top.Count == 0)
            {
                output.WriteLine("  (keine)");
                continue;
            }

            foreach (var (value, count) in top.Take(maxPerSection))
            {
                output.WriteLine($"  {value}: {Requests(count)}");
            }

            if (top.Count > maxPerSection)
            {
                output.WriteLine($"  … und {(top.Count - maxPerSection).ToString(CultureInfo.InvariantCulture)} weitere");
            }
        }

        if (snapshot.Questions.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Wortlaut unbeantworteter Fragen (gekürzt):");
            foreach (var question in snapshot.Questions.Take(maxPerSection))
            {
                output.WriteLine("  " + question);
            }
        }
    }

    public static string ToJson(InsightSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var json = new JsonObject { ["from"] = Iso(snapshot.From), ["to"] = Iso(snapshot.To) };
        foreach (var (category, _) in Sections)
        {
            json[JsonNamingPolicy.CamelCase.ConvertName(category.ToString())] = new JsonArray([.. snapshot.Top(category)
                .Select(static t => (JsonNode)new JsonObject { ["value"] = t.Value, ["count"] = t.Count })]);
        }

        json["questions"] = new JsonArray([.. snapshot.Questions.Select(static q => (JsonNode)JsonValue.Create(q)!)]);
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Requests(long count) => count == 1 ? "1 Anfrage" : $"{count.ToString(CultureInfo.InvariantCulture)} Anfragen";

    private static string Day(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses "--since": "30d", "12w", "6m" (months of 30 days) or a plain number of days.</summary>
    public static int? ParseDays(string? since)
    {
        if (string.IsNullOrWhiteSpace(since))
        {
            return null;
        }

        var text = since.Trim().ToLowerInvariant();
        var factor = text[^1] switch { 'd' => 1, 'w' => 7, 'm' => 30, _ => 0 };
        var number = factor == 0 ? text : text[..^1];
        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 3650 ? n * Math.Max(factor, 1) : null;
    }

    /// <summary>Stable text form of a counter key for stores: "UnknownCity|Köln".</summary>
    public static string KeyText(InsightKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Category + "|" + key.Value;
    }

    public static InsightKey? ParseKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 && Enum.TryParse<InsightCategory>(text[..bar], out var category) ? new InsightKey(category, text[(bar + 1)..]) : null;
    }

}
