using IntegrationBot.Core.Understanding;
using IntegrationBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace IntegrationBot.Tests.Reliability;

/// <summary>What every state store of the bot must do, whatever it is built on.</summary>
public abstract class StorageContractTests
{
    protected abstract IStorage Storage { get; }

    [SkippableFact]
    public async Task Round_trips_a_store_item_as_its_own_type_with_an_etag()
    {
        var key = NewKey();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "Stuttgart", ETag = "*" } });

        var read = await Storage.ReadAsync([key, NewKey()]);

        var note = Assert.IsType<Note>(Assert.Single(read).Value);
        Assert.Equal("Stuttgart", note.Text);
        Assert.False(string.IsNullOrEmpty(note.ETag));
    }

    [SkippableFact]
    public async Task Refuses_a_write_with_a_stale_etag_and_accepts_the_current_one()
    {
        var key = NewKey();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "v1", ETag = "*" } });
        var first = (Note)(await Storage.ReadAsync([key]))[key];
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "v2", ETag = first.ETag } });

        await Assert.ThrowsAsync<StateETagConflictException>(() =>
            Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "stale", ETag = first.ETag } }));

        Assert.Equal("v2", ((Note)(await Storage.ReadAsync([key]))[key]).Text);
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "forced", ETag = "*" } });
        Assert.Equal("forced", ((Note)(await Storage.ReadAsync([key]))[key]).Text);
    }

    [SkippableFact]
    public async Task Lets_exactly_one_of_many_concurrent_writers_of_the_same_version_win()
    {
        var key = NewKey();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "v1", ETag = "*" } });
        var version = ((Note)(await Storage.ReadAsync([key]))[key]).ETag;

        var writers = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            try
            {
                await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = $"writer {i}", ETag = version } });
                return true;
            }
            catch (StateETagConflictException)
            {
                return false;
            }
        }));
        var outcomes = await Task.WhenAll(writers);

        Assert.Equal(1, outcomes.Count(won => won));
    }

    [SkippableFact]
    public async Task Deletes_items()
    {
        var key = NewKey();
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "weg", ETag = "*" } });

        await Storage.DeleteAsync([key]);

        Assert.Empty(await Storage.ReadAsync([key]));
    }

    [SkippableFact]
    public async Task Keeps_the_conversation_context_of_conversation_state()
    {
        var conversationId = NewKey();
        var remembered = new ConversationContext
        {
            LastIntent = Intent.Query,
            Cities = ["Stuttgart", "München"],
            Aspects = ["Orga - Anbindung"],
            UpdatedAt = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero),
        };

        await InTurnAsync(conversationId, async (state, turn) =>
        {
            await state.CreateProperty<ConversationContext>("context").SetAsync(turn, remembered);
            await state.SaveChangesAsync(turn);
        });
        ConversationContext? read = null;
        await InTurnAsync(conversationId, async (state, turn) => read = await state.CreateProperty<ConversationContext>("context").GetAsync(turn));

        Assert.NotNull(read);
        Assert.Equal(Intent.Query, read.LastIntent);
        Assert.Equal(["Stuttgart", "München"], read.Cities);
        Assert.Equal(["Orga - Anbindung"], read.Aspects);
        Assert.Equal(remembered.UpdatedAt, read.UpdatedAt);
    }

    protected static string NewKey() => "test/" + Guid.NewGuid().ToString("N");

    private async Task InTurnAsync(string conversationId, Func<ConversationState, ITurnContext, Task> turn)
    {
        var state = new ConversationState(Storage);
        var activity = new Activity(ActivityTypes.Message)
        {
            ChannelId = "test",
            Conversation = new ConversationAccount(id: conversationId),
            From = new ChannelAccount("user"),
            Recipient = new ChannelAccount("bot"),
        };
        using var context = new TurnContext(new TestAdapter(), activity);
        await state.LoadAsync(context);
        await turn(state, context);
    }

    /// <summary>A state item with optimistic concurrency.</summary>
    public sealed class Note : IStoreItem
    {
        public string Text { get; set; } = string.Empty;

        public string ETag { get; set; } = string.Empty;
    }
}
