using System.Text.Json.Nodes;
using IntegrationBot.Core.Cards.Templating;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>The templating subset: what it expands, and what it refuses at load time with template and expression named.</summary>
public sealed class CardTemplateEngineTests
{
    private static JsonObject Expand(string template, string data) =>
        CardTemplate.Parse("test", template).Expand(JsonNode.Parse(data)!);

    [Theory]
    [InlineData("""{"v":"${name}"}""", """{"name":"Köln"}""", """{"v":"Köln"}""")]
    [InlineData("""{"v":"${flag}"}""", """{"flag":true}""", """{"v":true}""")]
    [InlineData("""{"v":"${n}"}""", """{"n":3}""", """{"v":3}""")]
    [InlineData("""{"v":"${obj}"}""", """{"obj":{"a":[1,2]}}""", """{"v":{"a":[1,2]}}""")]
    [InlineData("""{"v":"Stadt: ${name} (${n})"}""", """{"name":"Bielefeld","n":2}""", """{"v":"Stadt: Bielefeld (2)"}""")]
    [InlineData("""{"v":"${a.b[1].c}"}""", """{"a":{"b":[{"c":"x"},{"c":"y"}]}}""", """{"v":"y"}""")]
    [InlineData("""{"v":"${!flag}"}""", """{"flag":true}""", """{"v":false}""")]
    [InlineData("""{"v":"${count(items) > 1 && !empty(name)}"}""", """{"items":[1,2],"name":"x"}""", """{"v":true}""")]
    [InlineData("""{"v":"${if(flag, 'ja', 'nein')}"}""", """{"flag":false}""", """{"v":"nein"}""")]
    [InlineData("""{"v":"${name == 'x' || n != 2}"}""", """{"name":"y","n":2}""", """{"v":false}""")]
    [InlineData("""{"v":"${n + 1}"}""", """{"n":1}""", """{"v":2}""")]
    [InlineData("""{"v":"no expression"}""", """{}""", """{"v":"no expression"}""")]
    public void Expands_paths_operators_functions_and_interpolation(string template, string data, string expected)
    {
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), Expand(template, data)), Expand(template, data).ToJsonString());
    }

    public static TheoryData<string, string> ConformanceCases => new()
    {
        { """{"a":"${name}","b":"Zu ${name}!","c":"${flag}","d":"${!flag}","e":"${n + 1}","f":"${obj}"}""", """{"name":"${evil} [x](javascript:alert(1))","flag":true,"n":2,"obj":{"k":[1,"${x}"]}}""" },
        { """{"body":[{"$data":"${items}","$when":"${on}","t":"${$index}/${t}/${$root.title}"},{"k":1}]}""", """{"title":"T","items":[{"on":true,"t":"a"},{"on":false,"t":"b"},{"on":true,"t":"c"}]}""" },
        { """{"body":[{"$data":"${one}","t":"${t}"}],"x":{"$when":"${false}","y":1},"z":{"$data":"${one}","v":"${t}"}}""", """{"one":[{"t":"nur eins"}]}""" },
        { """{"v":"${count(items) > 1 && !empty(name)}","w":"${if(flag, 'ja', 'nein')}","u":"${name == 'x' || n != 2}"}""", """{"items":[1,2],"name":"x","flag":false,"n":2}""" },
        { """{"rows":[{"$data":"${rows}","cells":[{"h":1},{"$data":"${marks}","m":"${m}"}]}]}""", """{"rows":[{"marks":[{"m":"✓"},{"m":"–"}]},{"marks":[]}]}""" },
    };

    [Trait("Category", "Node")]
    [SkippableFact]
    public void Engine_cases_expand_identically_with_the_official_templating_sdk()
    {
        NodeTools.SkipIfUnavailable();
        var cases = ConformanceCases.Select((c, i) => ($"case{i}", JsonNode.Parse((string)c[0])!, JsonNode.Parse((string)c[1])!)).ToList();

        var official = NodeTools.Expand(cases);

        foreach (var (name, template, data) in cases)
        {
            var ours = CardTemplate.Parse(name, template.ToJsonString()).Expand(data);
            Assert.True(JsonNode.DeepEquals(ours, official[name].Card), $"{name}:\nunsere:    {ours.ToJsonString()}\noffiziell: {official[name].Card?.ToJsonString()} {official[name].Error}");
        }
    }

    [Fact]
    public void Repeats_elements_over_data_arrays_with_index_and_root()
    {
        var card = Expand(
            """{"body":[{"type":"TextBlock","$data":"${items}","text":"${$index}: ${name} / ${$root.title}"},{"type":"X"}]}""",
            """{"title":"T","items":[{"name":"a"},{"name":"b"}]}""");

        Assert.Equal("""{"body":[{"type":"TextBlock","text":"0: a / T"},{"type":"TextBlock","text":"1: b / T"},{"type":"X"}]}""", card.ToJsonString());
    }

    [Fact]
    public void Drops_elements_whose_when_is_false_and_empty_repetitions()
    {
        var card = Expand(
            """{"body":[{"$when":"${show}","t":1},{"$when":"${!show}","t":2},{"$data":"${none}","t":3}]}""",
            """{"show":false,"none":[]}""");

        Assert.Equal("""{"body":[{"t":2}]}""", card.ToJsonString());
    }

    [Fact]
    public void Evaluates_when_per_repeated_item()
    {
        var card = Expand("""{"body":[{"$data":"${items}","$when":"${on}","t":"${t}"}]}""", """{"items":[{"on":true,"t":"a"},{"on":false,"t":"b"},{"on":true,"t":"c"}]}""");

        Assert.Equal("""{"body":[{"t":"a"},{"t":"c"}]}""", card.ToJsonString());
    }

    [Theory]
    [InlineData("${evil}")]
    [InlineData("${$root.secret}")]
    [InlineData("${if(true, 'a', 'b')}")]
    public void Never_evaluates_expressions_that_come_from_data(string hostile)
    {
        var data = new JsonObject { ["name"] = hostile, ["secret"] = "GEHEIM", ["evil"] = "BÖSE" };

        var card = CardTemplate.Parse("test", """{"a":"${name}","b":"Zu ${name} nichts"}""").Expand(data);

        Assert.Equal(hostile, card["a"]!.GetValue<string>());
        Assert.Equal($"Zu {hostile} nichts", card["b"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"v":"${toUpper(name)}"}""", "${toUpper(name)}", "unbekannte Funktion 'toUpper'")]
    [InlineData("""{"v":"${count(a, b)}"}""", "${count(a, b)}", "'count' erwartet 1")]
    [InlineData("""{"v":"${$host.x}"}""", "${$host.x}", "$host")]
    [InlineData("""{"v":"${a ? b : c}"}""", "${a ? b : c}", "unerwartetes Zeichen '?'")]
    [InlineData("""{"v":"${name"}""", "${name", "ohne schließende")]
    [InlineData("""{"v":"${'a\\b'}"}""", "${'a\\b'}", "Escape")]
    [InlineData("""{"$when":"${a} and more","v":1}""", "${a} and more", "$when muss genau ein Ausdruck")]
    [InlineData("""{"$data":[1,2],"v":1}""", "[1,2]", "$data muss genau ein Ausdruck")]
    [InlineData("""{"${key}":1}""", "${key}", "Eigenschaftsname")]
    [InlineData("""{"$index":1}""", "$index", "Eigenschaftsname")]
    [InlineData("""{"v":"`${a}`"}""", "`${a}`", "Backtick")]
    public void Rejects_unsupported_syntax_at_load_naming_template_and_expression(string template, string expression, string reason)
    {
        var error = Assert.Throws<CardTemplateException>(() => CardTemplate.Parse("vergleich", template));

        Assert.Equal("vergleich", error.Template);
        Assert.Equal(expression, error.Expression);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains("vergleich", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"v":"${missing}"}""", """{}""", "Feld 'missing' fehlt")]
    [InlineData("""{"$when":"${name}","v":1}""", """{"name":"x"}""", "keinen Wahrheitswert")]
    [InlineData("""{"v":"Liste: ${items}"}""", """{"items":[1]}""", "Liste kann nicht in Text")]
    [InlineData("""{"v":"${!name}"}""", """{"name":"x"}""", "erwartet einen Wahrheitswert")]
    public void Fails_loudly_when_data_does_not_fit_instead_of_showing_raw_expressions(string template, string data, string reason)
    {
        var error = Assert.Throws<CardTemplateException>(() => Expand(template, data));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_a_directory_with_a_broken_template_fails_at_start_up_naming_the_file()
    {
        var directory = Directory.CreateTempSubdirectory("cards-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "gut.json"), """{"type":"AdaptiveCard","body":[]}""");
            File.WriteAllText(Path.Combine(directory.FullName, "gut.data.json"), """{"not":"a template ${x"}""");
            File.WriteAllText(Path.Combine(directory.FullName, "kaputt.json"), """{"type":"AdaptiveCard","body":[{"text":"${formatNumber(n, 2)}"}]}""");

            var error = Assert.Throws<CardTemplateException>(() => CardTemplates.Load(directory.FullName));

            Assert.Equal("kaputt", error.Template);
            Assert.Contains("formatNumber", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Missing_template_directory_or_template_is_reported_by_name()
    {
        Assert.Throws<CardTemplateException>(() => CardTemplates.Load(Path.Combine(Path.GetTempPath(), "gibt-es-nicht-" + Guid.NewGuid())));
        var error = Assert.Throws<CardTemplateException>(() => CardFixtures.Templates.Require(["entries", "fehlt"]));
        Assert.Equal("fehlt", error.Template);
    }

    [Fact]
    public void The_shipped_templates_all_load()
    {
        Assert.Equal(["coverage", "entries", "help", "list", "message", "search"], CardFixtures.Templates.Names.Order(StringComparer.Ordinal));
    }
}
