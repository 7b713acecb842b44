using System.Text.Json.Nodes;
using IntegrationBot.Bot;
using IntegrationBot.Core.Answers;

namespace IntegrationBot.Tests.Bot;

public sealed class ReplyActivityTests
{
    private const string Answer = "Stuttgart: Orga - Anbindung\n\nGeschäftskreis des Oberbürgermeisters\n\nQuelle: Synopse";

    [Fact]
    public void Card_reply_shows_its_headline_as_text_and_as_notification_preview_and_speaks_the_answer()
    {
        var activity = ReplyActivity.Create(new Reply(Answer, "Stuttgart: Orga - Anbindung. Geschäftskreis des Oberbürgermeisters.", new JsonObject { ["type"] = "AdaptiveCard" }));

        Assert.Equal("Stuttgart: Orga - Anbindung", activity.Text);
        Assert.Equal("Stuttgart: Orga - Anbindung", activity.Summary);
        Assert.Equal("Stuttgart: Orga - Anbindung. Geschäftskreis des Oberbürgermeisters.", activity.Speak);
        Assert.Equal(Reply.AdaptiveCardContentType, Assert.Single(activity.Attachments).ContentType);
        Assert.Null(activity.SuggestedActions);
    }

    [Fact]
    public void In_Teams_a_card_reply_has_no_text_above_the_card_that_would_repeat_its_title()
    {
        var activity = ReplyActivity.Create(new Reply(Answer, "Stuttgart: Orga - Anbindung.", new JsonObject { ["type"] = "AdaptiveCard" }), Microsoft.Bot.Connector.Channels.Msteams);

        Assert.Null(activity.Text);
        Assert.Equal("Stuttgart: Orga - Anbindung", activity.Summary);
        Assert.Equal("Stuttgart: Orga - Anbindung.", activity.Speak);
    }

    [Fact]
    public void Text_only_reply_carries_the_whole_answer_as_text()
    {
        var activity = ReplyActivity.Create(new Reply(Answer, "Kurz", Card: null));

        Assert.Equal(Answer, activity.Text);
        Assert.Null(activity.Summary);
        Assert.Empty(activity.Attachments ?? []);
    }

    [Theory]
    [InlineData("Nur eine Zeile", "Nur eine Zeile")]
    [InlineData("Titel\nUntertitel\n\nInhalt", "Titel\nUntertitel")]
    [InlineData("  Titel  \n\n", "Titel")]
    [InlineData("Zu Köln enthält die Synopse keine Angaben.\nAngaben gibt es für:\n\n• Bielefeld", "Zu Köln enthält die Synopse keine Angaben.")]
    [InlineData("Nur: eine Zeile mit Doppelpunkt:\n\n• A", "Nur: eine Zeile mit Doppelpunkt:")]
    public void Headline_is_the_first_block_of_the_text(string text, string headline)
    {
        Assert.Equal(headline, new Reply(text, string.Empty, Card: null).Headline);
    }
}
