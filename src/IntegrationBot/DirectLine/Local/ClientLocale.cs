using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.DirectLine.Local;

/// <summary>The locale a client announces when it starts a conversation, if it looks like a language tag at all.</summary>
internal static partial class ClientLocale
{
    public static string? From(JObject? startBody) =>
        startBody?.Value<JToken>("locale") is JValue { Type: JTokenType.String } value && LanguageTag().IsMatch((string)value!)
            ? (string)value!
            : null;

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
