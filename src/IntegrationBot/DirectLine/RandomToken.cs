using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace IntegrationBot.DirectLine;

/// <summary>Unguessable URL-safe identifiers for conversations and tokens.</summary>
internal static class RandomToken
{
    public static string Create(int bytes) => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(bytes));
}
