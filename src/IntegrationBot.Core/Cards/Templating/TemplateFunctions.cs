using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Cards.Templating;

/// <summary>
/// The Adaptive Expression functions our templates may call, with the semantics of adaptive-expressions
/// (what the official templating SDK uses). Anything else is rejected when a template is loaded.
/// </summary>
internal static class TemplateFunctions
{
    private static readonly Dictionary<string, int> Arity = new(StringComparer.Ordinal)
    {
        ["if"] = 3,
        ["count"] = 1,
        ["empty"] = 1,
        ["not"] = 1,
    };

    public static IEnumerable<string> Names => Arity.Keys;

    /// <summary>Null when the call is supported, otherwise the reason it is not.</summary>
    public static string? Check(string name, int argumentCount)
    {
        if (!Arity.TryGetValue(name, out var arity))
        {
            return $"unbekannte Funktion '{name}' (unterstützt: {string.Join(", ", Arity.Keys)})";
        }

        return arity == argumentCount ? null : $"'{name}' erwartet {arity} Argument(e), nicht {argumentCount}";
    }

    public static object? Invoke(string name, IReadOnlyList<TemplateExpression> args, TemplateScope scope) => name switch
    {
        // Only the chosen branch is evaluated, as in adaptive-expressions.
        "if" => RequireBool(args[0].Evaluate(scope), "if") ? args[1].Evaluate(scope) : args[2].Evaluate(scope),
        "count" => args[0].Evaluate(scope) switch
        {
            string s => (double)s.Length,
            JsonArray a => (double)a.Count,
            var other => throw new TemplateEvaluationException($"count() erwartet Text oder Liste, nicht {TemplateExpression.Describe(other)}"),
        },
        "empty" => args[0].Evaluate(scope) switch
        {
            null => true,
            string s => s.Length == 0,
            JsonArray a => a.Count == 0,
            JsonObject o => o.Count == 0,
            _ => false,
        },
        "not" => !RequireBool(args[0].Evaluate(scope), "not"),
        _ => throw new TemplateEvaluationException($"unbekannte Funktion '{name}'"),
    };

    /// <summary>Our templates only test real booleans: a string or number where a condition belongs is a composer bug.</summary>
    public static bool RequireBool(object? value, string where) =>
        value is bool b ? b : throw new TemplateEvaluationException($"'{where}' erwartet einen Wahrheitswert, nicht {TemplateExpression.Describe(value)}");
}
