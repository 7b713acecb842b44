using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Cards.Templating;

/// <summary>
/// One Adaptive Card template, parsed and validated once. <see cref="Expand"/> works on JSON nodes, never on
/// JSON text, and evaluates expressions only where the template has them: text that comes from the data is
/// inserted as a value and never read as an expression again. Semantics follow adaptivecards-templating 2.3.1
/// (a conformance test compares both engines on every template).
/// </summary>
public sealed class CardTemplate
{
    private const string DataKey = "$data";
    private const string WhenKey = "$when";
    private static readonly string[] UnsupportedKeys = ["$root", "$index", "$host", "$_acTemplateVersion"];

    private readonly Node _root;

    private CardTemplate(string name, Node root)
    {
        Name = name;
        _root = root;
    }

    public string Name { get; }

    /// <summary>Parses a template; throws <see cref="CardTemplateException"/> naming the template and the offending expression.</summary>
    public static CardTemplate Parse(string name, string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new CardTemplateException(name, string.Empty, $"kein gültiges JSON ({ex.Message})");
        }

        if (root is not JsonObject)
        {
            throw new CardTemplateException(name, string.Empty, "eine Kartenvorlage muss ein JSON-Objekt sein");
        }

        return new CardTemplate(name, Prepare(name, root));
    }

    /// <summary>Expands the template with <paramref name="data"/> (available as <c>$root</c> and initial <c>$data</c>).</summary>
    public JsonObject Expand(JsonNode data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var scope = new TemplateScope(data, data, null);
        return Expand(_root, scope) as JsonObject
            ?? throw new CardTemplateException(Name, string.Empty, "die Karte selbst wurde durch $when/$data entfernt");
    }

    private static Node Prepare(string template, JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                return new ArrayNode([.. array.Select(item => Prepare(template, item))]);
            case JsonObject obj:
                var properties = new List<KeyValuePair<string, Node>>();
                TemplateString? when = null, data = null;
                foreach (var (key, value) in obj)
                {
                    if (key.Contains("${", StringComparison.Ordinal) || UnsupportedKeys.Contains(key))
                    {
                        throw new CardTemplateException(template, key, "wird als Eigenschaftsname nicht unterstützt");
                    }

                    if (key is WhenKey or DataKey)
                    {
                        var binding = SingleExpression(template, key, value);
                        (when, data) = key == WhenKey ? (binding, data) : (when, binding);
                        continue;
                    }

                    properties.Add(new(key, Prepare(template, value)));
                }

                return new ObjectNode(properties, when, data);
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                return text.Contains("${", StringComparison.Ordinal) ? new TextNode(ParseString(template, text)) : new LiteralNode(value);
            default:
                return new LiteralNode(node);
        }
    }

    private static TemplateString SingleExpression(string template, string key, JsonNode? value)
    {
        var isString = value is JsonValue v && v.GetValueKind() == JsonValueKind.String;
        var source = isString ? value!.GetValue<string>() : value?.ToJsonString() ?? "null";
        var parsed = isString ? ParseString(template, source) : null;
        return parsed?.Single is not null
            ? parsed
            : throw new CardTemplateException(template, source, $"{key} muss genau ein Ausdruck der Form \"${{…}}\" sein");
    }

    private static TemplateString ParseString(string template, string text)
    {
        try
        {
            return TemplateString.Parse(text);
        }
        catch (TemplateSyntaxException ex)
        {
            throw new CardTemplateException(template, text, ex.Message);
        }
    }

    private JsonNode? Expand(Node node, TemplateScope scope)
    {
        switch (node)
        {
            case ArrayNode array:
                var items = new JsonArray();
                foreach (var item in array.Items)
                {
                    var expanded = Expand(item, scope);
                    if (expanded is JsonArray many)
                    {
                        // As in the official SDK: a repeated element contributes all its copies to the surrounding array.
                        foreach (var copy in many.ToList())
                        {
                            many.Remove(copy);
                            items.Add(copy);
                        }
                    }
                    else if (expanded is not null)
                    {
                        items.Add(expanded);
                    }
                }

                return items;
            case ObjectNode obj:
                return ExpandObject(obj, scope);
            case TextNode text:
                return ToNode(Evaluate(text.Value, scope));
            case LiteralNode literal:
                return literal.Value?.DeepClone();
            default:
                throw new InvalidOperationException("Unbekannter Vorlagenknoten.");
        }
    }

    private JsonNode? ExpandObject(ObjectNode obj, TemplateScope scope)
    {
        var contexts = new List<TemplateScope>();
        if (obj.Data is null)
        {
            contexts.Add(scope);
        }
        else if (Evaluate(obj.Data, scope) is JsonArray array)
        {
            contexts.AddRange(array.Select((item, i) => scope with { Data = item, Index = i }));
        }
        else
        {
            contexts.Add(scope with { Data = ToNode(Evaluate(obj.Data, scope)) });
        }

        var results = new List<JsonNode>();
        foreach (var context in contexts)
        {
            if (obj.When is not null && !ExpectBool(obj.When, context))
            {
                continue;
            }

            var result = new JsonObject();
            foreach (var (key, value) in obj.Properties)
            {
                result[key] = Expand(value, context);
            }

            results.Add(result);
        }

        return results.Count switch
        {
            0 => null,
            1 => results[0],
            _ => new JsonArray([.. results]),
        };
    }

    private bool ExpectBool(TemplateString when, TemplateScope scope) =>
        Evaluate(when, scope) is bool value
            ? value
            : throw new CardTemplateException(Name, when.Source, "$when ergibt keinen Wahrheitswert");

    private object? Evaluate(TemplateString text, TemplateScope scope)
    {
        try
        {
            return text.Evaluate(scope);
        }
        catch (TemplateEvaluationException ex)
        {
            throw new CardTemplateException(Name, text.Source, ex.Message);
        }
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => JsonValue.Create((long)d),
        double d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        JsonNode n => n.DeepClone(),
        _ => throw new InvalidOperationException("Unerwarteter Ausdruckswert."),
    };

    private abstract record Node;

    private sealed record ArrayNode(IReadOnlyList<Node> Items) : Node;

    private sealed record ObjectNode(IReadOnlyList<KeyValuePair<string, Node>> Properties, TemplateString? When, TemplateString? Data) : Node;

    private sealed record TextNode(TemplateString Value) : Node;

    private sealed record LiteralNode(JsonNode? Value) : Node;
}
