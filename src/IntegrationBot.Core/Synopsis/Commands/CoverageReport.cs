using System.Globalization;

namespace IntegrationBot.Core.Synopsis.Commands;

/// <summary>A text table of cities × aspects: which city has an entry for which aspect ("synopsis stats").</summary>
internal sealed class CoverageReport(SynopsisDocument document)
{
    private const string Filled = "●";
    private const string Examples = "z";
    private const string Missing = "·";

    public void Write(TextWriter output)
    {
        var entries = document.Entries.ToDictionary(static e => (e.City.Name, e.Aspect.Title));
        var fields = document.Cities.Count * document.Aspects.Count;
        var percent = fields == 0 ? 0 : 100.0 * document.Entries.Count / fields;
        output.WriteLine($"Synopse: {document.Title}");
        output.WriteLine(string.Create(CultureInfo.GetCultureInfo("de-DE"), $"{document.Cities.Count} Städte × {document.Aspects.Count} Aspekte: {document.Entries.Count} von {fields} Feldern belegt ({percent:0} %), davon {document.Entries.Count(static e => e.ExamplesOnly)} mit „z.B.“."));
        output.WriteLine();
        output.WriteLine("Aspekte:");
        var labels = document.Aspects.Select(static (a, i) => $"A{i + 1}").ToArray();
        for (var i = 0; i < labels.Length; i++)
        {
            output.WriteLine($"  {labels[i],-4} {document.Aspects[i].Title}");
        }

        output.WriteLine();
        var nameWidth = Math.Max(10, document.Cities.Select(static c => c.Name.Length).DefaultIfEmpty(0).Max());
        var columnWidth = Math.Max(3, labels.Select(static l => l.Length + 1).DefaultIfEmpty(3).Max());
        output.WriteLine("Stadt".PadRight(nameWidth) + " " + string.Concat(labels.Select(l => l.PadRight(columnWidth))) + " Einträge");
        foreach (var city in document.Cities)
        {
            var marks = document.Aspects.Select(a => entries.TryGetValue((city.Name, a.Title), out var e) ? (e.ExamplesOnly ? Examples : Filled) : Missing);
            var count = document.Aspects.Count(a => entries.ContainsKey((city.Name, a.Title)));
            output.WriteLine(city.Name.PadRight(nameWidth) + " " + string.Concat(marks.Select(m => m.PadRight(columnWidth))) + $" {count}/{document.Aspects.Count}");
        }

        var perAspect = document.Aspects.Select(a => document.Cities.Count(c => entries.ContainsKey((c.Name, a.Title))).ToString(CultureInfo.InvariantCulture));
        output.WriteLine(("Je Aspekt".PadRight(nameWidth) + " " + string.Concat(perAspect.Select(n => n.PadRight(columnWidth)))).TrimEnd());
        output.WriteLine();
        output.WriteLine($"Legende: {Filled} Eintrag, {Examples} Eintrag mit „z.B.“ (nur Beispiele), {Missing} kein Eintrag");
    }
}
