using System.Text.Json.Nodes;
using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Cards;
using IntegrationBot.Core.Understanding;
using IntegrationBot.TestSupport;
using static IntegrationBot.Core.Tests.Cards.AnswerScenarios;
using static IntegrationBot.Core.Tests.Cards.CardFixtures;

namespace IntegrationBot.Core.Tests.Answers;

/// <summary>What each answer says and offers, from the real seed synopsis.</summary>
public sealed class AnswerServiceTests
{
    private static readonly string SourceTitle = Seed.Document.Title;

    [Fact]
    public void Seed_question_shows_Stuttgarts_entry_in_card_and_text_with_source()
    {
        var reply = All["query-stuttgart-anbindung"]();

        Assert.Contains("Geschäftskreis des Oberbürgermeisters", CardJson.TextRuns(reply.Card));
        Assert.Contains("Geschäftskreis des Oberbürgermeisters", reply.Text, StringComparison.Ordinal);
        Assert.Contains(CardJson.TextBlocks(reply.Card), t => t.StartsWith($"Quelle: {SourceTitle}, Stand: ", StringComparison.Ordinal));
        Assert.Contains("Stuttgart", reply.Speak, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData((object)new[] { "München", "Stuttgart" })]
    [InlineData((object)new[] { "Bielefeld", "Frankfurt", "Stuttgart" })]
    public void Compared_cities_are_stacked_one_section_each_in_the_asked_order(string[] cities)
    {
        var reply = Answer(Recognized(Intent.Query, cities, [Anbindung]));

        var sections = CardJson.OfType(reply.Card, "ColumnSet").Where(c => c["separator"] is not null).ToList();
        Assert.Equal(cities.Length, sections.Count);
        Assert.All(sections, s => Assert.Single(s["columns"]!.AsArray()));
        Assert.Equal(cities, sections.Select(s => s["columns"]![0]!["items"]![0]!["text"]!.GetValue<string>()));
    }

    [Fact]
    public void Five_cities_are_stacked_one_section_each()
    {
        var reply = All["compare-5-aufgaben"]();

        var sections = CardJson.OfType(reply.Card, "ColumnSet").Where(c => c["separator"] is not null).ToList();
        Assert.Equal(5, sections.Count);
        Assert.All(sections, s => Assert.Single(s["columns"]!.AsArray()));
    }

    [Fact]
    public void A_city_without_entry_says_so_in_card_and_text()
    {
        var reply = All["query-muenchen-anbindung-missing"]();

        Assert.Contains(EntryView.NoEntry, CardJson.TextBlocks(reply.Card));
        Assert.Contains(EntryView.NoEntry, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Examples_only_entries_are_marked_as_examples()
    {
        var reply = All["compare-3-aufgaben-missing-examples"]();

        Assert.Equal(2, CardJson.TextBlocks(reply.Card).Count(t => t == EntryView.ExamplesMarker));
        Assert.Contains("München (Beispiele):", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Bielefeld:\n" + EntryView.NoEntry, reply.Text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_and_subheadings_keep_their_structure()
    {
        var reply = All["profile-bielefeld"]();

        var bullets = CardJson.OfType(reply.Card, "ColumnSet").Where(c => c["columns"]![0]!["items"]![0]!["text"]?.GetValue<string>() == "•").ToList();
        Assert.Equal(5, bullets.Count);
        Assert.Contains(CardJson.OfType(reply.Card, "TextRun"), r => r["text"]!.GetValue<string>() == "Zusammenfassung" && r["weight"]!.GetValue<string>() == "Bolder");
        Assert.Contains("• Flüchtlingsberatung", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_answer_offers_other_aspects_a_comparison_and_all_cities()
    {
        var reply = All["query-stuttgart-anbindung"]();

        var buttons = CardJson.Buttons(reply.Card!["actions"]);
        Assert.Contains(("Andere Aspekte von Stuttgart", "Was weißt du über Stuttgart?"), buttons);
        Assert.Contains(buttons, b => b.Title.StartsWith("Mit ", StringComparison.Ordinal) && b.Question.StartsWith($"Vergleiche {Anbindung} von Stuttgart und ", StringComparison.Ordinal));
        Assert.Contains(("Alle Städte zu diesem Aspekt", $"{Anbindung} in allen Städten"), buttons);
    }

    [Fact]
    public void Buttons_carry_the_question_as_an_object_with_a_Teams_messageBack()
    {
        var reply = All["query-stuttgart-anbindung"]();

        var data = reply.Card!["actions"]![0]!["data"]!;

        var expected = JsonNode.Parse("""
            { "question": "Was weißt du über Stuttgart?",
              "msteams": { "type": "messageBack", "text": "Was weißt du über Stuttgart?", "displayText": "Was weißt du über Stuttgart?" } }
            """);
        Assert.True(JsonNode.DeepEquals(expected, data), data.ToJsonString());
    }

    [Fact]
    public void Unknown_city_is_named_and_covered_cities_are_offered()
    {
        var reply = All["unknown-city-koeln-anbindung"]();

        Assert.Equal("Zu Köln enthält die Synopse keine Angaben.", CardJson.TextBlocks(reply.Card)[0]);
        var offered = CardJson.Buttons(reply.Card).Select(b => b.Question).ToList();
        Assert.Equal(Seed.ForAspect(Seed.FindAspect(Anbindung)!).Select(e => $"{Anbindung} in {e.City.Name}"), offered.Take(3));
        Assert.StartsWith("Zu Köln enthält die Synopse keine Angaben.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_and_unknown_cities_together_answer_and_note_the_gap()
    {
        var reply = All["query-with-unknown-city"]();

        Assert.Contains("Dezernat des Oberbürgermeisters", CardJson.TextRuns(reply.Card));
        Assert.Contains("Zu Bremen enthält die Synopse keine Angaben.", CardJson.TextBlocks(reply.Card));
    }

    [Fact]
    public void Aspect_overview_shows_the_cities_with_entries_and_names_the_others_in_one_line()
    {
        var reply = All["overview-praeambel"]();

        var sections = CardJson.OfType(reply.Card, "ColumnSet").Where(c => c["separator"] is not null).ToList();
        Assert.Equal(2, sections.Count);
        Assert.Contains($"{EntryView.NoEntry}: Bielefeld, Frankfurt und Münster.", CardJson.TextBlocks(reply.Card));
        Assert.Contains($"{EntryView.NoEntry}: Bielefeld, Frankfurt und Münster.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_also_notes_an_uncovered_place_named_in_the_question()
    {
        var reply = All["profile-with-unknown-city"]();

        Assert.Contains("Zu Hannover enthält die Synopse keine Angaben.", CardJson.TextBlocks(reply.Card));
        Assert.Contains("Zu Hannover enthält die Synopse keine Angaben.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Disambiguation_offers_each_reading_as_its_full_question_and_remembers_them()
    {
        var alternatives = new[] { new Alternative("Präambel in Stuttgart", "Was sagt die Präambel in Stuttgart?", 0.5), new Alternative("Aufgaben in Stuttgart", "Welche Aufgaben hat Stuttgart?", 0.4) };
        var recognition = Recognized(Intent.None) with { Alternatives = alternatives };

        var outcome = ServiceReturning(recognition).Answer("stuttgart ding", ConversationContext.Empty, DateTimeOffset.UnixEpoch);

        Assert.Equal("Meinten Sie …?", CardJson.TextBlocks(outcome.Reply.Card)[0]);
        Assert.Equal(alternatives.Select(a => (a.Label, a.Question)), CardJson.Buttons(outcome.Reply.Card).Take(2));
        Assert.Equal(alternatives.Select(a => a.Question), outcome.Context.OfferedQuestions);
    }

    [Fact]
    public void Search_results_are_ranked_with_matched_words_in_bold_and_open_the_entry()
    {
        var reply = All["search-fluechtlingsberatung"]();

        var headings = CardJson.TextRuns(reply.Card).Where(t => t.Contains(" · ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Bielefeld · Orga-Struktur", $"Frankfurt · {Aufgaben}"], headings);
        Assert.Contains(CardJson.OfType(reply.Card, "TextRun"), r => r["text"]!.GetValue<string>() == "Flüchtlingsberatung" && r["weight"]!.GetValue<string>() == "Bolder");
        Assert.Contains(CardJson.Buttons(reply.Card), b => b.Question == "Orga-Struktur in Bielefeld");
    }

    [Fact]
    public void Coverage_lists_per_aspect_in_words_who_has_an_entry_and_who_has_none()
    {
        var reply = All["list-aspects-coverage"]();

        Assert.Empty(CardJson.OfType(reply.Card, "Table"));
        // The aspect title is the section's only clickable part (a text run): a clickable container would get the
        // title as its accessible name and hide the counts from screen readers (axe label-content-name-mismatch).
        Assert.DoesNotContain(CardJson.OfType(reply.Card, "Container"), c => c["selectAction"] is not null);
        var sections = CardJson.OfType(reply.Card, "Container").Where(c => CardJson.OfType(c, "TextRun").Any(r => r["selectAction"] is not null)).ToList();
        Assert.Equal(Seed.Aspects.Count, sections.Count);
        Assert.Equal([Anbindung], CardJson.TextRuns(sections[0]));
        Assert.Equal(
            ["3 von 5 Städten", "Angaben: Bielefeld, Frankfurt und Stuttgart", "Keine Angabe: München und Münster"],
            CardJson.TextBlocks(sections[0]));
        Assert.Contains("Keine Angabe: München und Münster", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_loaded_cities_and_aspects_and_offers_example_questions()
    {
        var reply = All["help"]();

        var facts = CardJson.OfType(reply.Card, "FactSet").Single()["facts"]!.AsArray();
        Assert.Equal("Bielefeld, Frankfurt, Stuttgart, München und Münster", facts[0]!["value"]!.GetValue<string>());
        Assert.True(CardJson.Buttons(reply.Card).Count >= 4);
        Assert.All(Seed.Aspects, a => Assert.Contains(a.Title, reply.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Intent.Greeting, "Hallo!")]
    [InlineData(Intent.Thanks, "Gern geschehen!")]
    [InlineData(Intent.Goodbye, "Auf Wiedersehen!")]
    [InlineData(Intent.None, "Das kann ich leider nicht beantworten")]
    public void Small_talk_and_unanswerable_questions_get_a_short_friendly_card(Intent intent, string title)
    {
        var reply = Answer(Recognized(intent));

        Assert.Equal(title, CardJson.TextBlocks(reply.Card)[0]);
        Assert.StartsWith(title, reply.Text, StringComparison.Ordinal);
        Assert.Contains(CardJson.Buttons(reply.Card), b => b.Question == "Hilfe");
    }

    [Fact]
    public void Error_apologises_without_internals()
    {
        var reply = All["error"]();

        Assert.StartsWith("Entschuldigung", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(reply.Card);
    }

    [Fact]
    public void Welcome_is_the_help_card_with_a_greeting_title()
    {
        var reply = All["welcome"]();

        Assert.Equal("Willkommen beim IntegrationBot", CardJson.TextBlocks(reply.Card)[0]);
    }

    [Theory]
    [InlineData("hostile-compare")]
    [InlineData("hostile-profile")]
    [InlineData("hostile-unknown-city")]
    [InlineData("hostile-search")]
    [InlineData("hostile-help")]
    [InlineData("hostile-coverage")]
    [InlineData("hostile-city-list")]
    [InlineData("hostile-about")]
    [InlineData("hostile-define")]
    [InlineData("hostile-define-unknown")]
    [InlineData("hostile-coverage-lacks")]
    public void Hostile_text_cannot_inject_markdown_or_flip_text_direction(string scenario)
    {
        var reply = All[scenario]();

        foreach (var raw in CardJson.TextBlocks(reply.Card).Concat(CardJson.OfType(reply.Card, "FactSet").SelectMany(f => f["facts"]!.AsArray().Select(x => x!["value"]!.GetValue<string>()))))
        {
            var text = WithoutSourceLink(raw);
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is '[' or ']' or '*' or '_' or '`' or '<')
                {
                    Assert.True(i > 0 && text[i - 1] == '\\', $"unmaskiertes '{text[i]}' in \"{text}\"");
                }
            }
        }

        var json = reply.Card!.ToJsonString() + reply.Text + reply.Speak;
        Assert.DoesNotContain('\u202E', json);
        Assert.Contains("${evil}", reply.Text + CardJson.AllText(reply.Card), StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_link_stays_literal_text_in_entries()
    {
        var reply = All["hostile-profile"]();

        Assert.Contains(CardJson.TextRuns(reply.Card), r => r.Contains("[Hier klicken](javascript:alert(1))", StringComparison.Ordinal));
    }

    [Fact]
    public void Long_entries_collapse_behind_Mehr_anzeigen()
    {
        var reply = All["long-entries-collapse"]();

        var toggles = CardJson.OfType(reply.Card, "Action.ToggleVisibility").ToList();
        Assert.Equal(["Mehr anzeigen", "Weniger anzeigen", "Mehr anzeigen", "Weniger anzeigen"], toggles.Select(t => t["title"]!.GetValue<string>()));
        var hidden = CardJson.Elements(reply.Card).Where(e => e["isVisible"]?.GetValue<bool>() == false).Select(e => e["id"]!.GetValue<string>()).ToHashSet();
        var targeted = toggles.SelectMany(t => t["targetElements"]!.AsArray().Select(x => x!.GetValue<string>())).ToHashSet();
        var hiddenBlocks = hidden.Where(id => id.StartsWith('b')).ToList();
        Assert.True(hiddenBlocks.Count > 10, $"nur {hiddenBlocks.Count} eingeklappte Blöcke");
        Assert.All(hiddenBlocks, id => Assert.Contains(id, targeted));
        Assert.Contains("Gute Integrationspolitik ist immer zugleich zukunftsichernde Standortpolitik.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_entries_are_cut_to_fit_one_Teams_activity_and_say_so()
    {
        var reply = All["hostile-long-overview"]();

        Assert.InRange(CardRenderer.Size(reply), 1, CardRenderer.MaxActivityBytes);
        Assert.Contains(EntryView.Truncated, CardJson.TextRuns(reply.Card));
        Assert.Contains(EntryView.Truncated, reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("big-overview-60-cities")]
    [InlineData("big-compare-all-aspects")]
    [InlineData("big-city-list")]
    public void A_synopsis_of_60_cities_still_fits_one_message_and_names_what_is_not_shown(string scenario)
    {
        var reply = All[scenario]();

        Assert.InRange(CardRenderer.Size(reply), 1, CardRenderer.MaxActivityBytes);
        Assert.Contains(CardJson.TextBlocks(reply.Card), t => t.StartsWith("Aus Platzgründen nicht gezeigt: ", StringComparison.Ordinal));
        Assert.Contains("Aus Platzgründen nicht gezeigt: ", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_of_many_cities_is_a_list_instead_of_an_unreadable_table()
    {
        var reply = All["big-coverage"]();

        Assert.Empty(CardJson.OfType(reply.Card, "Table"));
        Assert.Contains(CardJson.Buttons(reply.Card), b => b.Question == $"{Big.Aspects[0].Title} in allen Städten");
    }

    [Fact]
    public void Answer_passes_text_context_and_time_to_the_recognizer_and_stores_the_next_context()
    {
        var recognition = Recognized(Intent.Query, ["Stuttgart"], [Anbindung]);
        var recognizer = new Moq.Mock<IRecognizer>();
        var previous = new ConversationContext { Cities = ["Bielefeld"] };
        var now = new DateTimeOffset(2026, 11, 26, 13, 0, 0, TimeSpan.Zero);
        recognizer.Setup(r => r.Recognize("Wo ist Integration in Stuttgart angebunden?", previous, now)).Returns(recognition);
        var service = new AnswerService(recognizer.Object, Seed, Renderer);

        var outcome = service.Answer("Wo ist Integration in Stuttgart angebunden?", previous, now);

        Assert.Same(recognition, outcome.Recognition);
        Assert.Equal(Intent.Query, outcome.Context.LastIntent);
        Assert.Equal(["Stuttgart"], outcome.Context.Cities);
        Assert.Equal([Anbindung], outcome.Context.Aspects);
        Assert.Equal(now, outcome.Context.UpdatedAt);
    }

    [Fact]
    public void The_stored_context_holds_plain_arrays_that_survive_type_named_serialisation()
    {
        var recognition = Recognized(Intent.Query, ["Bielefeld"], [Anbindung], ["Bremen"]) with { Alternatives = [new Alternative("A", "Frage A", 0.3)] };

        var context = ServiceReturning(recognition).Answer("x", ConversationContext.Empty, DateTimeOffset.UnixEpoch).Context;

        Assert.IsType<string[]>(context.Cities);
        Assert.IsType<string[]>(context.Aspects);
        Assert.IsType<string[]>(context.UnknownCities);
        Assert.IsType<string[]>(context.OfferedQuestions);
    }

    [Fact]
    public void A_follow_up_comparison_keeps_the_city_list_and_the_context_note_apart()
    {
        var reply = Answer(Recognized(Intent.Query, ["Stuttgart", "Bielefeld"], [Anbindung], fromContext: ["cities", "aspects"]));

        Assert.Contains("Stuttgart und Bielefeld. Städte und Aspekt aus Ihrer vorherigen Frage übernommen.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_search_hit_is_not_ranked()
    {
        var reply = Answer(Searched(["Flüchtlingsberatung"],
            ("Bielefeld", Struktur, "Interkulturellen Büros, RAA, Sprachförderung bzw. sprachliche Bildung, Flüchtlingsberatung", ["Flüchtlingsberatung"])));

        Assert.Contains("1 Treffer.", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("zuerst", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown-city-koeln-anbindung")]
    [InlineData("unknown-city-essen")]
    [InlineData("disambiguation")]
    public void Headline_of_an_answer_with_choices_does_not_end_on_a_colon(string scenario)
    {
        var headline = All[scenario]().Headline;

        Assert.NotEmpty(headline);
        Assert.False(headline.EndsWith(':'), headline);
    }

    /// <summary>
    /// The one link a card may carry on purpose, to the synopsis' original document: „[escaped title](https://…)“ whose
    /// address has no markup character left. It is removed (title kept) so the escaping check sees everything else.
    /// </summary>
    private static string WithoutSourceLink(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"(?<!\\)\[(?<title>(?:\\.|[^\\\[\]])*)\]\((?<url>https?://[^\s()\[\]*_`~<>\\]+)\)");
        if (!match.Success)
        {
            return text;
        }

        Assert.True(Uri.TryCreate(match.Groups["url"].Value, UriKind.Absolute, out var url) && url.Scheme is "https" or "http", text);
        return text[..match.Index] + match.Groups["title"].Value + text[(match.Index + match.Length)..];
    }

    [Theory]
    [InlineData(12, 6, 5)]
    [InlineData(3, 2, 41)]
    public void Prompt_for_a_question_takes_its_example_from_the_loaded_synopsis(int cities, int aspects, int seed)
    {
        var synopsis = new InMemorySynopsisRepository(SyntheticSynopsis.Generate(cities, aspects, seed));

        var prompt = ServiceReturning(RecognitionResult.NoneFor(string.Empty), synopsis).AskForQuestion();

        Assert.Contains(synopsis.Cities, city => prompt.Text.Contains(city.Name, StringComparison.Ordinal));
        Assert.DoesNotContain(Seed.Cities, city => prompt.Text.Contains(city.Name, StringComparison.Ordinal));
        Assert.Null(prompt.Card);
    }

    [Fact]
    public void Prompt_for_a_question_on_the_seed_is_a_question_the_bot_answers()
    {
        var prompt = ServiceReturning(RecognitionResult.NoneFor(string.Empty)).AskForQuestion();
        var example = prompt.Text[(prompt.Text.IndexOf('„', StringComparison.Ordinal) + 1)..prompt.Text.LastIndexOf('“')];

        Assert.Equal(Intent.Query, Recognize(example).Intent);
    }
}
