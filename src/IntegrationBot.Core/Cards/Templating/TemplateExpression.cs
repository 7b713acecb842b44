using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Cards.Templating;

/// <summary>
/// A parsed Adaptive Expression from the subset our templates use. Evaluates to a string, double, bool,
/// <see cref="JsonObject"/>, <see cref="JsonArray"/> or null (JSON null). A path that does not exist is an error,
/// not an empty value, so a composer that forgets a field fails in tests instead of showing "${field}" to a user.
/// </summary>
internal abstract record TemplateExpression
{
    public abstract object? Evaluate(TemplateScope scope);

    /// <summary>Reads a JSON leaf as the CLR value expressions work with.</summary>
    internal static object? FromNode(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => double.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.Null => null,
        // Cast: JsonNode converts implicitly from string/double/bool, which would make it this switch's type.
        JsonObject or JsonArray => (object)node,
        _ => throw new InvalidOperationException("Unerwarteter JSON-Wert."),
    };

    internal static string Describe(object? value) => value switch
    {
        null => "null",
        string => "Text",
        double => "Zahl",
        bool => "Wahrheitswert",
        JsonArray => "Liste",
        _ => "Objekt",
    };

    internal static string ToInterpolatedText(object? value) => value switch
    {
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => throw new TemplateEvaluationException($"ein {Describe(value)} kann nicht in Text eingesetzt werden"),
    };
}

/// <summary>An expression failed while expanding (missing field, wrong type); wrapped with template and expression by the caller.</summary>
internal sealed class TemplateEvaluationException(string reason) : Exception(reason);

internal sealed record LiteralExpression(object? Value) : TemplateExpression
{
    public override object? Evaluate(TemplateScope scope) => Value;
}

/// <summary>A property path: <c>name</c> (relative to <c>$data</c>), <c>$data</c>, <c>$root</c>, <c>$index</c>.</summary>
internal sealed record RootExpression(string Name) : TemplateExpression
{
    public override object? Evaluate(TemplateScope scope) => Name switch
    {
        "$root" => FromNode(scope.Root),
        "$data" => FromNode(scope.Data),
        "$index" => scope.Index is { } i ? (double)i : throw new TemplateEvaluationException("$index außerhalb einer $data-Wiederholung"),
        _ => Member(FromNode(scope.Data), Name),
    };

    internal static object? Member(object? target, string name)
    {
        if (target is not JsonObject obj)
        {
            throw new TemplateEvaluationException($"'{name}' gelesen aus einem {Describe(target)}");
        }

        if (!obj.TryGetPropertyValue(name, out var value))
        {
            throw new TemplateEvaluationException($"Feld '{name}' fehlt in den Daten");
        }

        return FromNode(value);
    }
}

internal sealed record MemberExpression(TemplateExpression Target, string Name) : TemplateExpression
{
    public override object? Evaluate(TemplateScope scope) => RootExpression.Member(Target.Evaluate(scope), Name);
}

internal sealed record IndexExpression(TemplateExpression Target, TemplateExpression Index) : TemplateExpression
{
    public override object? Evaluate(TemplateScope scope)
    {
        var target = Target.Evaluate(scope);
        var index = Index.Evaluate(scope);
        return (target, index) switch
        {
            (JsonArray a, double d) when d >= 0 && d < a.Count && d == Math.Floor(d) => FromNode(a[(int)d]),
            (JsonObject, string s) => RootExpression.Member(target, s),
            _ => throw new TemplateEvaluationException($"Index {ToInterpolatedText(index)} passt nicht zu {Describe(target)}"),
        };
    }
}

internal sealed record NotExpression(TemplateExpression Operand) : TemplateExpression
{
    public override object? Evaluate(TemplateScope scope) => !TemplateFunctions.RequireBool(Operand.Evaluate(scope), "!");
}

internal sealed record BinaryExpression(string Operator, TemplateExpression Left, TemplateExpression Right) : TemplateExpression
{
    public override object? Evaluate(TemplateScope scope)
    {
        switch (Operator)
        {
            case "&&":
                return TemplateFunctions.RequireBool(Left.Evaluate(scope), Operator) && TemplateFunctions.RequireBool(Right.Evaluate(scope), Operator);
            case "||":
                return TemplateFunctions.RequireBool(Left.Evaluate(scope), Operator) || TemplateFunctions.RequireBool(Right.Evaluate(scope), Operator);
        }

        var left = Left.Evaluate(scope);
        var right = Right.Evaluate(scope);
        return Operator switch
        {
            "==" => ScalarEquals(left, right),
            "!=" => !ScalarEquals(left, right),
            "+" => (left, right) switch
            {
                (double a, double b) => a + b,
                (string a, string b) => a + b,
                _ => throw new TemplateEvaluationException($"'+' verbindet nur zwei Zahlen oder zwei Texte, nicht {Describe(left)} und {Describe(right)}"),
            },
            _ => Compare(left, right),
        };
    }

    private static bool ScalarEquals(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (double a, double b) => a.Equals(b),
        (bool a, bool b) => a == b,
        (JsonNode, _) or (_, JsonNode) => throw new TemplateEvaluationException("Listen und Objekte lassen sich nicht mit '==' vergleichen"),
        _ => false,
    };

    private bool Compare(object? left, object? right)
    {
        if (left is not double a || right is not double b)
        {
            throw new TemplateEvaluationException($"'{Operator}' vergleicht nur Zahlen");
        }

        return Operator switch
        {
            ">" => a > b,
            "<" => a < b,
            ">=" => a >= b,
            _ => a <= b,
        };
    }
}

internal sealed record CallExpression(string Function, IReadOnlyList<TemplateExpression> Arguments) : TemplateExpression
{
    public override object? Evaluate(TemplateScope scope) => TemplateFunctions.Invoke(Function, Arguments, scope);
}
