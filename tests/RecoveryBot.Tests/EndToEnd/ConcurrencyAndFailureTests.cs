using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RecoveryBot.Bots;
using RecoveryBot.Storage;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.EndToEnd;

/// <summary>Messages that arrive at once, and turns that fail for reasons that say nothing about the state.</summary>
public sealed class ConcurrencyAndFailureTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task Turns_that_arrive_at_once_in_one_conversation_lose_none_of_each_others_changes()
    {
        using var app = BotApplicationFactory.WithSqlite(_folder.File("bot.db"));
        var http = app.CreateClient();
        var members = Enumerable.Range(1, 12).Select(i => $"member-{i}").ToList();

        // Each join is a turn that reads, changes and saves the conversation's list of welcomed members.
        await Task.WhenAll(members.Select(id => new BotClient(http, "busy-conversation", id).SendAsync(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [new ChannelAccount(id, id)],
        })));

        var again = await new BotClient(http, "busy-conversation", "member-1").SendAsync(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = members.Select(id => new ChannelAccount(id, id)).ToList(),
        });
        Assert.Empty(again);
    }

    [Fact]
    public async Task A_cancelled_turn_keeps_the_conversations_state_and_sends_nothing()
    {
        var (storage, state, adapter, context) = await ConversationWithStateAsync();

        var handled = await new TurnErrorHandler(state, storage, NullLogger<TurnErrorHandler>.Instance).HandleAsync(context, new OperationCanceledException());

        Assert.True(handled);
        Assert.Empty(adapter.ActiveQueue);
        Assert.NotEmpty(await storage.ReadAsync([$"test/conversations/{context.Activity.Conversation.Id}"]));
    }

    [Fact]
    public async Task A_channel_that_timed_out_is_a_delivery_failure_and_the_state_is_kept()
    {
        var (storage, state, adapter, context) = await ConversationWithStateAsync();

        var delivered = await new TurnErrorHandler(state, storage, NullLogger<TurnErrorHandler>.Instance)
            .HandleAsync(context, new TaskCanceledException("timed out", new TimeoutException()));

        Assert.False(delivered);
        Assert.NotEmpty(await storage.ReadAsync([$"test/conversations/{context.Activity.Conversation.Id}"]));
    }

    [Fact]
    public async Task A_broken_turn_clears_the_conversations_state_and_apologises()
    {
        var (storage, state, adapter, context) = await ConversationWithStateAsync();

        await new TurnErrorHandler(state, storage, NullLogger<TurnErrorHandler>.Instance).HandleAsync(context, new InvalidCastException());

        Assert.Equal(TurnErrorHandler.ApologyText, adapter.ActiveQueue.Dequeue().Text);
        Assert.Empty(await storage.ReadAsync([$"test/conversations/{context.Activity.Conversation.Id}"]));
    }

    [Fact]
    public async Task A_failed_turn_is_cleared_up_before_the_next_turn_of_its_conversation_starts()
    {
        // Clearing up takes a moment, as with a real store; the next turn, queued behind the failing one, saves quickly.
        var storage = new SlowToDeleteStorage(new MemoryStorage(), TimeSpan.FromMilliseconds(300));
        var state = new ConversationState(storage);
        var errors = new TurnErrorHandler(state, storage, NullLogger<TurnErrorHandler>.Instance);
        var lease = new SharedTurnLease(new ServiceCollection().BuildServiceProvider(), Options.Create(new StorageOptions { Provider = StorageProvider.Memory }));
        var adapter = new TestAdapter();
        adapter.Use(new ConversationTurnGate(lease, errors));
        adapter.OnTurnError = errors.HandleAsync;
        var fail = new TaskCompletionSource();

        var failing = adapter.ProcessActivityAsync((Activity)MessageFactory.Text("one"), async (_, _) =>
        {
            await fail.Task;
            throw new InvalidCastException();
        }, CancellationToken.None);
        var next = adapter.ProcessActivityAsync((Activity)MessageFactory.Text("two"), async (context, ct) =>
        {
            await state.CreateProperty<string>("place").SetAsync(context, "step 4", ct);
            await state.SaveChangesAsync(context, false, ct);
        }, CancellationToken.None);
        fail.SetResult();
        await Task.WhenAll(failing, next);

        var stored = await storage.ReadAsync([$"test/conversations/{adapter.Conversation.Conversation.Id}"]);
        Assert.Equal("step 4", (string?)Newtonsoft.Json.Linq.JObject.FromObject(Assert.Single(stored).Value)["place"]);
        // Handled once: the gate handled it, and the adapter's own handler saw that.
        Assert.Equal(TurnErrorHandler.ApologyText, Assert.Single(adapter.ActiveQueue, a => a.Type == ActivityTypes.Message).Text);
    }

    private sealed class SlowToDeleteStorage(IStorage inner, TimeSpan delay) : IStorage
    {
        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => inner.WriteAsync(changes, cancellationToken);

        public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            await Task.Delay(delay, cancellationToken);
            await inner.DeleteAsync(keys, cancellationToken);
        }
    }

    private static async Task<(IStorage Storage, ConversationState State, TestAdapter Adapter, TurnContext Context)> ConversationWithStateAsync()
    {
        IStorage storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var adapter = new TestAdapter();
        var context = new TurnContext(adapter, (Activity)MessageFactory.Text("hello").ApplyConversationReference(adapter.Conversation, isIncoming: true));
        await state.CreateProperty<string>("place").SetAsync(context, "step 3");
        await state.SaveChangesAsync(context);
        return (storage, state, adapter, context);
    }

    public void Dispose() => _folder.Dispose();
}
