using System.Text;
using AngleSharp.Html.Parser;
using IntegrationBot.Core.Synopsis.Loading;

namespace IntegrationBot.Core.Synopsis.Formats.Tsv;

/// <summary>
/// The seed format (data/synopsis.tsv): leading blank lines, one title line, then rows "ASPECT&lt;TAB&gt;HTML-CELL".
/// Blank lines between rows are ignored; two rows with the same aspect title add to the same aspect.
/// Optional lines starting with "#" (and holding no tab) carry what the table cannot: "# Stand: 12.03.2026",
/// "# Bearbeitung: …", "# Organisation: …", "# Quelle: https://…" anywhere, "# Stichworte: a; b" under an aspect
/// row (for that aspect) and "# Glossar: RAA = Regionale Arbeitsstellen …". Other "#" lines are comments; one that
/// starts like an unknown label ("# Stnad: …") is an error, so a misspelt date is never dropped silently.
/// Cells are parsed by <see cref="HtmlCellReader"/>. Every problem raises <see cref="SynopsisFormatException"/> with
/// the file, the 1-based line and a German reason.
/// </summary>
public sealed class TsvSynopsisParser : ISynopsisLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public IReadOnlyCollection<string> Extensions { get; } = [".tsv"];

    public LoadedSynopsis Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            return Parse(reader, path);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SynopsisFormatException(path, 0, "Die Datei ist kein gültiges UTF-8. Bitte als „UTF-8“ speichern.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SynopsisFormatException(path, 0, $"Die Datei kann nicht gelesen werden ({ex.GetType().Name}).", ex);
        }
    }

    public LoadedSynopsis Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Parse(reader, sourceName);
    }

    public LoadedSynopsis Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var builder = new SynopsisBuilder();
        var parser = new HtmlParser();
        var lineNumber = 0;
        var titleSeen = false;
        var titleLine = 0;
        Aspect? lastAspect = null;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var location = new SourceLocation(sourceName, lineNumber);
            if (IsHashLine(line))
            {
                ReadHashLine(line.TrimStart()[1..].Trim(), location, builder, lastAspect);
                continue;
            }

            if (!titleSeen)
            {
                if (line.Contains('\t', StringComparison.Ordinal))
                {
                    throw location.Error("Die Titelzeile fehlt: die erste nicht leere Zeile enthält schon einen Tabulator (Aspekt und Zelle). Erwartet wird zuerst eine Zeile mit dem Titel der Synopse.");
                }

                builder.SetTitle(line);
                titleSeen = true;
                titleLine = lineNumber;
                continue;
            }

            lastAspect = ReadRow(line, location, builder, parser);
        }

        if (!titleSeen)
        {
            throw new SynopsisFormatException(sourceName, 0, "Die Datei ist leer: erwartet werden eine Titelzeile und danach Zeilen „Aspekt<TAB>Zelle“.");
        }

        if (builder.AspectCount == 0)
        {
            throw new SynopsisFormatException(sourceName, titleLine, "Nach der Titelzeile folgt keine einzige Zeile „Aspekt<TAB>Zelle“.");
        }

        return builder.Build(sourceName);
    }

    /// <summary>A "#" line holds no tab: an aspect row whose title starts with "#" is still a row.</summary>
    private static bool IsHashLine(string line) =>
        line.TrimStart().StartsWith('#') && !line.Contains('\t', StringComparison.Ordinal);

    private static void ReadHashLine(string text, SourceLocation location, SynopsisBuilder builder, Aspect? lastAspect)
    {
        if (!MetadataLabels.TryParseLine(text, out var field, out var value))
        {
            if (MetadataLabels.LooksLikeLabel(text, out var label))
            {
                throw location.Error($"Unbekannte Angabe „{label}:“. Möglich sind: {MetadataLabels.KnownList}, Glossar. Ein Kommentar darf nicht mit „Wort:“ beginnen.");
            }

            return;
        }

        switch (field)
        {
            case MetadataField.Keywords when lastAspect is null:
                throw location.Error("„Stichworte:“ steht vor der ersten Aspektzeile. Die Zeile gehört direkt unter die Zeile des Aspekts, für den die Stichworte gelten.");
            case MetadataField.Keywords:
                builder.AddKeywords(lastAspect, value);
                break;
            case MetadataField.Glossary:
                ReadGlossaryLine(value, location, builder);
                break;
            default:
                builder.Provenance.Set(field, value, location);
                break;
        }
    }

    private static void ReadGlossaryLine(string value, SourceLocation location, SynopsisBuilder builder)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            throw location.Error($"Im Glossar fehlt das „=“ zwischen Begriff und Erklärung: „# Glossar: RAA = Regionale Arbeitsstellen …“, nicht „{value}“.");
        }

        builder.AddGlossaryTerm(value[..equals], value[(equals + 1)..], location);
    }

    private static Aspect ReadRow(string line, SourceLocation location, SynopsisBuilder builder, HtmlParser parser)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab < 0)
        {
            var excerpt = line.Length > 60 ? line[..60] + "…" : line;
            throw location.Error($"Tabulator fehlt: jede Zeile nach dem Titel hat die Form „Aspekt<TAB>Zelle“, diese nicht: „{excerpt.Trim()}“.");
        }

        var title = line[..tab].Trim();
        if (title.Length == 0)
        {
            throw (location with { Column = "Spalte 1 (Aspekt)" }).Error("Der Aspekt vor dem Tabulator ist leer.");
        }

        var cellLocation = location with { Column = "Spalte 2 (Zelle)" };
        var aspect = builder.AddAspect(title);
        builder.AddEntries(aspect, HtmlCellReader.Read(line[(tab + 1)..], cellLocation, parser), cellLocation);
        return aspect;
    }
}
