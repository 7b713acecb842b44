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
        WriteProvenance(document.Provenance, output);
        output.WriteLine();
        output.WriteLine("Aspekte:");
        var labels = document.Aspects.Select(static (a, i) => $"A{i + 1}").ToArray();
        for (var i = 0; i < labels.Length; i++)
        {
            output.WriteLine($"  {labels[i],-4} {document.Aspects[i].Title}");
            if (document.Aspects[i].Keywords.Count > 0)
            {
                output.WriteLine($"       Stichworte: {string.Join("; ", document.Aspects[i].Keywords)}");
            }
        }

        var withKeywords = document.Aspects.Count(static a => a.Keywords.Count > 0);
        output.WriteLine($"  Stichworte: {withKeywords} von {document.Aspects.Count} Aspekten, {document.Aspects.Sum(static a => a.Keywords.Count)} Stichworte.");

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
        output.WriteLine();
        output.WriteLine(document.Glossary.Count == 0
            ? "Glossar: keine Begriffe."
            : $"Glossar: {document.Glossary.Count} {(document.Glossary.Count == 1 ? "Begriff" : "Begriffe")} ({string.Join(", ", document.Glossary.Select(static t => t.Term))}).");
    }

    /// <summary>Stand, Bearbeitung, Organisation, Quelle – and says when the date is only the file's modification date.</summary>
    public static void WriteProvenance(SynopsisProvenance provenance, TextWriter output)
    {
        var date = provenance.DateText is not { } text
            ? "keine Angabe"
            : provenance.DateFromFileModification ? $"{text} (Änderungsdatum der Datei; die Datei nennt keinen Stand)" : text;
        output.WriteLine($"Stand: {date}");
        output.WriteLine($"Bearbeitung: {provenance.Editor ?? "keine Angabe"}");
        output.WriteLine($"Organisation: {provenance.Organisation ?? "keine Angabe"}");
        output.WriteLine($"Quelle: {provenance.SourceUrl?.OriginalString ?? "keine Angabe"}");
    }
}
