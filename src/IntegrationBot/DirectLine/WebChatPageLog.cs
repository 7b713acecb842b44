namespace IntegrationBot.DirectLine;

internal static partial class WebChatPageLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "The Web Chat page folder {Folder} is missing, so / serves no page. The build copies src/IntegrationBot/wwwroot there.")]
    public static partial void FolderMissing(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A MicrosoftAppId is configured, so the local Direct Line is off and the Web Chat page cannot connect. Use DirectLine:Mode=Azure, or DirectLine:LocalEnabled=true with DirectLine:LocalTokenSecret (docs/security.md).")]
    public static partial void LocalDirectLineOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The Web Chat bundle {Bundle} is missing, so the page cannot show the chat (it never loads it from elsewhere). Fix: {Fix}.")]
    public static partial void BundleMissing(ILogger logger, string bundle, string fix);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Web Chat page links to no {Pages}: set WebChat:PrivacyPolicyUrl and WebChat:ImprintUrl (a public body must publish both).")]
    public static partial void LegalLinksMissing(ILogger logger, string pages);
}
