namespace IntegrationBot.DirectLine;

/// <summary>
/// Where the vendored Web Chat bundle lives inside wwwroot (committed under src/IntegrationBot/wwwroot/lib, updated
/// with scripts/update-webchat.sh). The page loads only this copy, never a CDN.
/// </summary>
internal static class WebChatBundleFile
{
    public const string FileName = "webchat.js";

    public const string RelativePath = "lib/botframework-webchat/" + FileName;

    public const string Fix = "restore src/IntegrationBot/wwwroot/lib/botframework-webchat from the repository (git checkout -- src/IntegrationBot/wwwroot/lib) or run scripts/update-webchat.sh, then build again";
}
