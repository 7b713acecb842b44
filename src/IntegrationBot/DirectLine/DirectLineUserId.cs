namespace IntegrationBot.DirectLine;

/// <summary>Anonymous per-visitor user ids. Direct Line requires ids bound into tokens to start with "dl_".</summary>
internal static class DirectLineUserId
{
    public static string NewId() => "dl_" + RandomToken.Create(12);
}
