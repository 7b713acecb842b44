using Microsoft.Net.Http.Headers;

namespace IntegrationBot.DirectLine.Local;

/// <summary>Reads the conversation token Direct Line clients send as <c>Authorization: Bearer …</c>.</summary>
internal static class DirectLineBearer
{
    private const string Scheme = "Bearer ";

    public static string? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[Scheme.Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    public static IResult Missing(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return DirectLineError.Result(StatusCodes.Status401Unauthorized, "TokenMissing", "Für diese Unterhaltung fehlt der Zugangsschlüssel.");
    }

    public static IResult Rejected() =>
        DirectLineError.Result(StatusCodes.Status403Forbidden, "TokenInvalid", "Der Zugangsschlüssel ist ungültig oder abgelaufen. Bitte laden Sie die Seite neu.");
}
