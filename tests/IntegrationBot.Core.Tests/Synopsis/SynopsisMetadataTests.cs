using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Loading;
using static IntegrationBot.Core.Tests.Synopsis.OfficeFiles;

namespace IntegrationBot.Core.Tests.Synopsis;

/// <summary>
/// Keywords per aspect, provenance and glossary: read from every format, written by every writer so that a conversion
/// keeps them, and the file's modification date stands in when no date is stated.
/// </summary>
public sealed class SynopsisMetadataTests : IDisposable
{
    private static readonly string WithMetadataPath = Path.Combine(AppContext.BaseDirectory, "Synopsis", "Data", "synopsis-with-metadata.tsv");

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Formats => [".tsv", ".docx", ".xlsx", ".csv"];

    private static SynopsisDocument WithMetadata => new SynopsisSourceLoader().LoadFile(WithMetadataPath).Document;

    [Fact]
    public void Seed_copy_with_metadata_has_keywords_provenance_and_glossary_and_the_seed_entries()
    {
        var document = WithMetadata;

        Assert.Equal(["Leitbild", "Integrationskonzept", "Grundsätze"], document.Aspects.Single(a => a.Title == "Präambel zur Integrationspolitik").Keywords);
        Assert.All(document.Aspects, static a => Assert.NotEmpty(a.Keywords));
        Assert.Equal(new DateOnly(2026, 3, 12), document.Provenance.Date);
        Assert.False(document.Provenance.DateFromFileModification);
        Assert.Equal("Testredaktion Integrationsbot", document.Provenance.Editor);
        Assert.Equal("Amt für Integration (Testdaten)", document.Provenance.Organisation);
        Assert.Equal(new Uri("https://example.org/synopse/integration-2026.pdf"), document.Provenance.SourceUrl);
        Assert.Equal(["AmkA", "RAA", "MSO"], document.Glossary.Select(static t => t.Term));
        Assert.Equal("Migrantenselbstorganisation", document.Glossary[2].Definition);

        // The optional lines add to the seed; they take nothing away from the table.
        Assert.Equal(SeedData.Document.Entries.Select(static e => (e.City.Name, e.Aspect.Title, e.PlainText)), document.Entries.Select(static e => (e.City.Name, e.Aspect.Title, e.PlainText)));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Keywords_provenance_and_glossary_survive_conversion_to_every_format(string extension)
    {
        var path = _temp.File("meta" + extension);

        SynopsisFormats.WriterFor(path)!.Write(WithMetadata, path);
        var reloaded = new SynopsisSourceLoader().LoadFile(path).Document;

        Assert.Empty(SynopsisComparison.Differences(WithMetadata, reloaded));
        Assert.Equal(3, reloaded.Glossary.Count);
        Assert.Equal("12.03.2026", reloaded.Provenance.DateText);
    }

    [Fact]
    public void Metadata_survives_a_chain_of_conversions_through_every_format()
    {
        var document = WithMetadata;
        foreach (var extension in new[] { ".docx", ".xlsx", ".csv", ".tsv", ".xlsx", ".docx" })
        {
            var path = _temp.File(Guid.NewGuid().ToString("N") + extension);
            SynopsisFormats.WriterFor(path)!.Write(document, path);
            document = new SynopsisSourceLoader().LoadFile(path).Document;
        }

        Assert.Empty(SynopsisComparison.Differences(WithMetadata, document));
    }

    [Theory]
    [InlineData("März 2026", "März 2026", 2026, 3, DatePrecision.Month)]
    [InlineData("Oktober 2025", "Oktober 2025", 2025, 10, DatePrecision.Month)]
    [InlineData("03/2026", "März 2026", 2026, 3, DatePrecision.Month)]
    [InlineData("3.2026", "März 2026", 2026, 3, DatePrecision.Month)]
    [InlineData("2026-11", "November 2026", 2026, 11, DatePrecision.Month)]
    [InlineData("2026", "2026", 2026, 1, DatePrecision.Year)]
    [InlineData("Okt. 2026", "Oktober 2026", 2026, 10, DatePrecision.Month)]
    [InlineData("Okt 2026", "Oktober 2026", 2026, 10, DatePrecision.Month)]
    [InlineData("Sept. 2026", "September 2026", 2026, 9, DatePrecision.Month)]
    [InlineData("12. März 2026", "12.03.2026", 2026, 3, DatePrecision.Day)]
    public void A_stand_given_as_month_or_year_loads_and_is_repeated_as_exactly_as_the_file_says(string stand, string shown, int year, int month, DatePrecision precision)
    {
        var path = Text(_temp.File("month.tsv"), "\nTitel\n# Stand: " + stand + "\nAspekt\t<p><u>Kiel:</u> Text</p>\n");

        var provenance = new SynopsisSourceLoader().LoadFile(path).Document.Provenance;

        Assert.Equal(precision, provenance.DatePrecision);
        Assert.Equal((year, month), (provenance.Date!.Value.Year, provenance.Date.Value.Month));
        Assert.Equal(shown, provenance.DateText);
        Assert.False(provenance.DateFromFileModification);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_month_stand_survives_conversion_to_every_format_without_gaining_a_day(string extension)
    {
        var source = WithMetadata;
        var month = new SynopsisDocument(source.Title, source.Aspects, source.Cities, source.Entries, source.Provenance with { Date = new DateOnly(2026, 3, 1), DatePrecision = DatePrecision.Month }, source.Glossary);
        var path = _temp.File("month" + extension);

        SynopsisFormats.WriterFor(path)!.Write(month, path);
        var reloaded = new SynopsisSourceLoader().LoadFile(path).Document;

        Assert.Equal("März 2026", reloaded.Provenance.DateText);
        Assert.Empty(SynopsisComparison.Differences(month, reloaded));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_file_without_a_date_is_dated_by_its_modification_time_and_says_so(string extension)
    {
        var path = _temp.File("nodate" + extension);
        SynopsisFormats.WriterFor(path)!.Write(SeedData.Document, path);
        File.SetLastWriteTime(path, new DateTime(2025, 1, 2, 10, 0, 0, DateTimeKind.Local));

        var provenance = new SynopsisSourceLoader().LoadFile(path).Document.Provenance;

        Assert.Equal(new DateOnly(2025, 1, 2), provenance.Date);
        Assert.True(provenance.DateFromFileModification);
        Assert.Null(provenance.Editor);
        Assert.Null(provenance.SourceUrl);
    }

    [Fact]
    public void Comparison_reports_lost_keywords_glossary_and_provenance()
    {
        var plain = new SynopsisDocument(WithMetadata.Title, [.. WithMetadata.Aspects.Select(static a => new Aspect(a.Title, a.Order))], WithMetadata.Cities, [.. WithMetadata.Entries.Select(e => e with { Aspect = new Aspect(e.Aspect.Title, e.Aspect.Order) })]);

        var differences = SynopsisComparison.Differences(WithMetadata, plain);

        Assert.Contains(differences, static d => d.StartsWith("Stichworte zu „Orga - Anbindung“", StringComparison.Ordinal));
        Assert.Contains(differences, static d => d.StartsWith("Glossar", StringComparison.Ordinal));
        Assert.Contains(differences, static d => d.StartsWith("Stand", StringComparison.Ordinal));
        Assert.Contains(differences, static d => d.StartsWith("Quelle", StringComparison.Ordinal));
    }

    [Fact]
    public void Written_office_files_with_metadata_are_valid_open_xml()
    {
        var docx = _temp.File("meta.docx");
        var xlsx = _temp.File("meta.xlsx");
        SynopsisFormats.WriterFor(docx)!.Write(WithMetadata, docx);
        SynopsisFormats.WriterFor(xlsx)!.Write(WithMetadata, xlsx);
        var validator = new OpenXmlValidator();

        using (var word = WordprocessingDocument.Open(docx, false))
        {
            Assert.Empty(validator.Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        }

        using var excel = SpreadsheetDocument.Open(xlsx, false);
        Assert.Empty(validator.Validate(excel).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal(["Synopse", "Metadaten", "Glossar"], excel.WorkbookPart!.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(static s => s.Name!.Value));
    }

    [Fact]
    public void Excel_metadata_sheet_accepts_a_typed_date_and_a_glossary_sheet_may_come_first()
    {
        var path = Workbook(
            _temp.File("office.xlsx"),
            ("Glossar", new Dictionary<string, object> { ["A1"] = "Abkürzung", ["B1"] = "Erklärung", ["A2"] = "MSO", ["B2"] = "Migrantenselbstorganisation" }),
            ("Synopse", new Dictionary<string, object>
            {
                ["A1"] = "Aspekt", ["B1"] = "Stichworte", ["C1"] = "Kiel", ["D1"] = "Jena",
                ["A2"] = "Sprache", ["B2"] = "Sprachkurs; Deutschkurs\n- Integrationskurs", ["C2"] = "Kurse der VHS", ["D2"] = "Sprachcafé",
                ["A3"] = "Beratung", ["C3"] = "Migrationsberatung",
            }),
            ("Metadaten", new Dictionary<string, object> { ["A1"] = "Angabe", ["B1"] = "Wert", ["A2"] = "Stand", ["B2"] = 46093d, ["A3"] = "Herausgeber", ["B3"] = "Stadt Kiel" }));

        var document = new SynopsisSourceLoader().LoadFile(path).Document;

        Assert.Equal(["Kiel", "Jena"], document.Cities.Select(static c => c.Name));
        Assert.Equal(["Sprachkurs", "Deutschkurs", "Integrationskurs"], document.Aspects[0].Keywords);
        Assert.Empty(document.Aspects[1].Keywords);
        Assert.Equal(new DateOnly(2026, 3, 12), document.Provenance.Date);
        Assert.Equal("Stadt Kiel", document.Provenance.Organisation);
        Assert.Equal("MSO", Assert.Single(document.Glossary).Term);
    }

    [Fact]
    public void Word_reads_paragraphs_above_the_table_custom_properties_keyword_rows_and_a_glossary_table()
    {
        var path = DocxBody(
            _temp.File("office.docx"),
            new Dictionary<string, string> { ["Quelle"] = "https://example.org/original.docx" },
            "Stand: 01.02.2026",
            "Synopse Integration",
            "Bearbeitung: Sachgebiet 3",
            new[]
            {
                Row(Cell("Aspekt"), Cell("Kiel"), Cell("Jena")),
                Row(Cell("Sprache"), Cell("Kurse"), Cell("Café")),
                Row(Cell("Stichworte:"), Cell("Sprachkurs; Deutschkurs"), Cell(string.Empty)),
            },
            "Stand: dieser Absatz unter der Tabelle ist freier Text",
            new[]
            {
                Row(Cell("Begriff"), Cell("Bedeutung")),
                Row(Cell("RAA"), Cell("Regionale Arbeitsstellen")),
            });

        var document = new SynopsisSourceLoader().LoadFile(path).Document;

        Assert.Equal("Synopse Integration", document.Title);
        Assert.Equal(["Sprachkurs", "Deutschkurs"], Assert.Single(document.Aspects).Keywords);
        Assert.Equal(new DateOnly(2026, 2, 1), document.Provenance.Date);
        Assert.Equal("Sachgebiet 3", document.Provenance.Editor);
        Assert.Equal(new Uri("https://example.org/original.docx"), document.Provenance.SourceUrl);
        Assert.Equal(new GlossaryTerm("RAA", "Regionale Arbeitsstellen"), Assert.Single(document.Glossary));
        Assert.Equal(2, document.Entries.Count);
    }

    [Fact]
    public void Csv_in_the_marked_cell_shape_reads_provenance_rows_keyword_rows_and_the_glossary_block()
    {
        var path = Text(_temp.File("office.csv"), string.Join("\r\n",
            "Synopse Nord",
            "Stand:;12.3.2026",
            "Quelle: https://example.org/nord.pdf",
            "Sprache;\"Kiel: Kurse der VHS\nJena: Sprachcafé\"",
            "Stichworte: Sprachkurs, Deutschkurs;",
            "Glossar;Bedeutung",
            "VHS;Volkshochschule",
            string.Empty));

        var document = new SynopsisSourceLoader().LoadFile(path).Document;

        Assert.Equal("Synopse Nord", document.Title);
        Assert.Equal(["Kiel", "Jena"], document.Cities.Select(static c => c.Name));
        Assert.Equal(["Sprachkurs", "Deutschkurs"], Assert.Single(document.Aspects).Keywords);
        Assert.Equal(new DateOnly(2026, 3, 12), document.Provenance.Date);
        Assert.Equal("https://example.org/nord.pdf", document.Provenance.SourceUrl!.OriginalString);
        Assert.Equal(new GlossaryTerm("VHS", "Volkshochschule"), Assert.Single(document.Glossary));
    }

    [Theory]
    [InlineData("# Stand: Frühjahr 2026", 3, null, "kein Datum")]
    [InlineData("# Stand: 31.02.2026", 3, null, "kein Datum")]
    [InlineData("# Stand: 13/2026", 3, null, "kein Datum")]
    [InlineData("# Stand: Ma 2026", 3, null, "kein Datum")]
    [InlineData("# Quelle: Städtetag", 3, null, "kein vollständiger Link")]
    [InlineData("# Quelle: ftp://example.org/x", 3, null, "kein vollständiger Link")]
    [InlineData("# Stichworte: Leitbild", 3, null, "vor der ersten Aspektzeile")]
    [InlineData("# Stnad: 12.03.2026", 3, null, "Unbekannte Angabe „Stnad:“")]
    [InlineData("# Glossar: RAA Regionale Arbeitsstellen", 3, null, "„=“")]
    [InlineData("# Glossar: = Regionale Arbeitsstellen", 3, null, "fehlt der Begriff")]
    [InlineData("# Stand: 12.03.2026\n# Stand: 13.03.2026", 4, null, "doppelt")]
    [InlineData("# Glossar: RAA = eins\n# Glossar: raa = zwei", 4, null, "zweimal im Glossar")]
    public void Malformed_tsv_metadata_is_reported_with_its_line(string lines, int row, string? column, string reason)
    {
        var path = Text(_temp.File("bad.tsv"), "\nTitel\n" + lines + "\nAspekt\t<p><u>Kiel:</u> Text</p>\n");

        var error = Assert.Throws<SynopsisFormatException>(() => new SynopsisSourceLoader().LoadFile(path));

        Assert.Equal(row, error.Row);
        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Titel\r\nStand:;12.03.2026;13.03.2026\r\nAspekt;Kiel\r\nA;x\r\n", 2, "CSV, Spalte 3", "mehr als einen Wert")]
    [InlineData("Titel\r\nAspekt;Kiel\r\nA;x\r\nGlossar\r\nRAA;\r\n", 5, "CSV, Spalte 2", "fehlt die Erklärung zu „RAA“")]
    [InlineData("Titel\r\nAspekt;Kiel\r\nA;x\r\nGlossar\r\nRAA;Regionale;Arbeitsstellen\r\n", 5, "CSV, Spalte 3", "nur zwei Spalten")]
    [InlineData("Titel\r\nAspekt;Stichworte;Kiel;Stichworte\r\nA;a;x;b\r\n", 2, "CSV, Spalte 4", "doppelt")]
    [InlineData("Titel\r\nStichworte:;a\r\nAspekt;Kiel\r\nA;x\r\n", 2, "CSV, Spalte 1", "vor der ersten Aspektzeile")]
    [InlineData("Titel\r\nDatum:;gestern\r\nAspekt;Kiel\r\nA;x\r\n", 2, "CSV, Spalte 2", "kein Datum")]
    public void Malformed_csv_metadata_is_reported_with_row_and_column(string content, int row, string column, string reason)
    {
        var path = Text(_temp.File("bad.csv"), content);

        var error = Assert.Throws<SynopsisFormatException>(() => new SynopsisSourceLoader().LoadFile(path));

        Assert.Equal(row, error.Row);
        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Excel_metadata_sheet_with_an_unknown_label_names_sheet_row_and_column()
    {
        var path = Workbook(
            _temp.File("bad.xlsx"),
            ("Synopse", new Dictionary<string, object> { ["A1"] = "Aspekt", ["B1"] = "Kiel", ["A2"] = "A", ["B2"] = "x" }),
            ("Metadaten", new Dictionary<string, object> { ["A1"] = "Stand", ["B1"] = "12.03.2026", ["A2"] = "Telefon", ["B2"] = "0431 123" }));

        var error = Assert.Throws<SynopsisFormatException>(() => new SynopsisSourceLoader().LoadFile(path));

        Assert.Equal(2, error.Row);
        Assert.Equal("Blatt „Metadaten“, Spalte A", error.Column);
        Assert.Contains("Unbekannte Angabe „Telefon“", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_paragraph_and_document_property_that_disagree_are_reported_with_both()
    {
        var path = DocxBody(
            _temp.File("bad.docx"),
            new Dictionary<string, string> { ["Stand"] = "2026-03-13" },
            "Titel",
            "Stand: 12.03.2026",
            new[] { Row(Cell("Aspekt"), Cell("Kiel")), Row(Cell("A"), Cell("x")) });

        var error = Assert.Throws<SynopsisFormatException>(() => new SynopsisSourceLoader().LoadFile(path));

        Assert.Equal("Dokumenteigenschaft „Stand“", error.Column);
        Assert.Contains("Absatz 2 über der Tabelle", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_aspect_whose_title_starts_like_a_label_stays_an_aspect()
    {
        var path = Text(_temp.File("label.csv"), "Titel\r\nAspekt;Kiel;Jena\r\nOrganisation: Aufbau;x;y\r\n");

        var document = new SynopsisSourceLoader().LoadFile(path).Document;

        Assert.Equal("Organisation: Aufbau", Assert.Single(document.Aspects).Title);
        Assert.Null(document.Provenance.Organisation);
    }

    [Fact]
    public void Merged_files_keep_every_glossary_term_and_take_a_stated_date_over_a_file_date()
    {
        var first = Text(_temp.File("a.tsv"), "\nTitel\nA\t<p><u>Kiel:</u> x</p>\n# Stichworte: eins\n# Glossar: RAA = Regionale Arbeitsstellen\n");
        var second = Text(_temp.File("b.tsv"), "\nTitel 2\n# Stand: 12.03.2026\nA\t<p><u>Jena:</u> y</p>\n# Stichworte: zwei\n# Glossar: MSO = Migrantenselbstorganisation\n");

        var document = new SynopsisSourceLoader().Load([first, second], _temp.Root).Document;

        Assert.Equal(["eins", "zwei"], Assert.Single(document.Aspects).Keywords);
        Assert.Equal(["RAA", "MSO"], document.Glossary.Select(static t => t.Term));
        Assert.Equal(new DateOnly(2026, 3, 12), document.Provenance.Date);
        Assert.False(document.Provenance.DateFromFileModification);
    }
}
