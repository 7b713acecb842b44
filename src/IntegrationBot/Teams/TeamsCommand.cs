using System.Text.Json.Nodes;

namespace IntegrationBot.Teams;

/// <summary>
/// One entry of a bot's command menu in Teams. Teams puts the title into the compose box when it is picked, so the
/// title is a complete question the bot understands.
/// </summary>
public sealed record TeamsCommand(string Title, string Description)
{
    /// <summary>Teams clients cut command titles at 32 characters (manifest schema limit).</summary>
    public const int MaxTitleLength = 32;

    /// <summary>Teams clients cut command descriptions at 128 characters (manifest schema limit).</summary>
    public const int MaxDescriptionLength = 128;

    public bool FitsTeams =>
        Title.Length is > 0 and <= MaxTitleLength && Description.Length is > 0 and <= MaxDescriptionLength;

    public JsonObject ToJson() => new() { ["title"] = Title, ["description"] = Description };
}
