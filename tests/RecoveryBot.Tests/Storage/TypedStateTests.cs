using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using RecoveryBot.Privacy;
using RecoveryBot.Storage;

namespace RecoveryBot.Tests.Storage;

/// <summary>The app's conversation and user state: each property read straight into its type, anything else kept as it
/// was stored, written only when it changed, and a damaged item set aside as before.</summary>
public sealed class TypedStateTests
{
    private const string Key = "test/conversations/c";
    private static readonly Dictionary<string, Type> Types = new() { ["item"] = typeof(Item) };

    private readonly CountingStorage _provider = new(new ListableMemoryStorage());
    private readonly IDataProtectionProvider _protection = new EphemeralDataProtectionProvider();

    private ProtectedStorage Storage() => new(_provider, _protection);

    [Fact]
    public async Task Properties_are_read_into_their_types_and_others_kept_as_they_were_stored()
    {
        var first = new TypedConversationState(Storage(), Types);
        var turn = Turn();
        (await first.CreateProperty<Item>("item").GetAsync(turn, () => new Item())).Tags.Add("remembered");
        await first.CreateProperty<Dictionary<string, int>>("other").SetAsync(turn, new Dictionary<string, int> { ["kept"] = 7 });
        await first.SaveChangesAsync(turn);

        // As after a restart: a new state object, a new turn.
        var second = new TypedConversationState(Storage(), Types);
        var next = Turn();
        await second.LoadAsync(next);
        var values = second.GetCachedState(next).State;
        Assert.Equal(["remembered"], Assert.IsType<Item>(values["item"]).Tags);
        Assert.IsAssignableFrom<JToken>(values["other"]);

        (await second.CreateProperty<Item>("item").GetAsync(next, () => new Item())).Tags.Add("again");
        await second.SaveChangesAsync(next);

        var third = Turn();
        var state = new ConversationState(Storage());
        Assert.Equal(["remembered", "again"], (await state.CreateProperty<Item>("item").GetAsync(third, () => new Item())).Tags);
        Assert.Equal(7, (await state.CreateProperty<Dictionary<string, int>>("other").GetAsync(third, () => []))["kept"]);
    }

    [Fact]
    public async Task A_turn_that_changes_nothing_writes_nothing_and_a_change_is_written_once()
    {
        var state = new TypedConversationState(Storage(), Types);
        var turn = Turn();
        (await state.CreateProperty<Item>("item").GetAsync(turn, () => new Item())).Tags.Add("one");
        await state.SaveChangesAsync(turn);
        await state.SaveChangesAsync(turn);
        Assert.Equal(1, _provider.Writes);

        var quiet = Turn();
        var item = await state.CreateProperty<Item>("item").GetAsync(quiet, () => new Item());
        await state.CreateProperty<Item>("item").SetAsync(quiet, item);
        await state.SaveChangesAsync(quiet);
        Assert.Equal(1, _provider.Writes);

        var busy = Turn();
        (await state.CreateProperty<Item>("item").GetAsync(busy, () => new Item())).Tags.Add("two");
        await state.SaveChangesAsync(busy);
        await state.SaveChangesAsync(busy);
        Assert.Equal(2, _provider.Writes);

        // force writes whatever changed.
        await state.SaveChangesAsync(busy, force: true);
        Assert.Equal(3, _provider.Writes);
    }

    [Fact]
    public async Task Cleared_and_deleted_state_behave_as_the_sdks()
    {
        var state = new TypedConversationState(Storage(), Types);
        var turn = Turn();
        (await state.CreateProperty<Item>("item").GetAsync(turn, () => new Item())).Tags.Add("one");
        await state.SaveChangesAsync(turn);

        var clearing = Turn();
        await state.LoadAsync(clearing);
        await state.ClearStateAsync(clearing);
        await state.SaveChangesAsync(clearing);
        Assert.Empty((await state.CreateProperty<Item>("item").GetAsync(Turn(), () => new Item())).Tags);

        var deleting = Turn();
        (await state.CreateProperty<Item>("item").GetAsync(deleting, () => new Item())).Tags.Add("two");
        await state.SaveChangesAsync(deleting);
        await state.DeleteAsync(deleting);
        Assert.Empty(await _provider.ReadAsync([Key]));
        Assert.Empty((await state.CreateProperty<Item>("item").GetAsync(Turn(), () => new Item())).Tags);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"a string\"")]
    [InlineData("{\"item\": {\"Tags\": \"words someone wrote\"}}")]
    [InlineData("{\"item\": {\"Tags\": [\"words someone wrote\"], \"Count\": \"words someone wrote\"}}")]
    [InlineData("{\"item\": ")]
    [InlineData("")]
    public async Task An_item_that_is_not_a_state_object_is_set_aside_and_the_next_turn_starts_fresh(string json)
    {
        var sealedJson = _protection.CreateProtector("RecoveryBot.State.v1").Protect(json);
        await _provider.WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["protected"] = sealedJson } });
        var state = new TypedConversationState(Storage(), Types);

        var failure = await Assert.ThrowsAsync<UnreadableStateException>(() => state.LoadAsync(Turn()));

        Assert.Equal(Key, failure.Key);
        Assert.DoesNotContain("someone", failure.ToString(), StringComparison.Ordinal);
        Assert.Empty(await _provider.ReadAsync([Key]));
        Assert.Single(await _provider.ReadAsync([Key + UnreadableStateException.SetAsideSuffix]));
        Assert.Empty((await state.CreateProperty<Item>("item").GetAsync(Turn(), () => new Item())).Tags);
    }

    [Fact]
    public async Task An_item_written_before_encryption_is_read_and_then_written_encrypted()
    {
        await _provider.WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["item"] = new JObject { ["Tags"] = new JArray("plain") } } });
        var state = new TypedConversationState(Storage(), Types);
        var turn = Turn();

        var item = await state.CreateProperty<Item>("item").GetAsync(turn, () => new Item());
        item.Tags.Add("sealed");
        await state.SaveChangesAsync(turn);

        Assert.Equal(["plain"], item.Tags.Take(1));
        var stored = JObject.FromObject((await _provider.ReadAsync([Key]))[Key]);
        Assert.NotNull(stored["protected"]);
        Assert.DoesNotContain("sealed", stored.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_store_without_json_text_access_it_is_the_sdks_state()
    {
        var plain = new MemoryStorage();
        var state = new TypedConversationState(plain, Types);
        var turn = Turn();
        (await state.CreateProperty<Item>("item").GetAsync(turn, () => new Item())).Tags.Add("remembered");
        await state.SaveChangesAsync(turn);

        var reloaded = await new TypedConversationState(plain, Types).CreateProperty<Item>("item").GetAsync(Turn(), () => new Item());
        Assert.Equal(["remembered"], reloaded.Tags);
    }

    [Fact]
    public async Task User_state_is_kept_under_the_users_key()
    {
        var state = new TypedUserState(Storage(), Types);
        var turn = Turn();
        (await state.CreateProperty<Item>("item").GetAsync(turn, () => new Item())).Tags.Add("mine");
        await state.SaveChangesAsync(turn);

        Assert.Single(await _provider.ReadAsync(["test/users/u"]));
        Assert.Equal(["mine"], (await new UserState(Storage()).CreateProperty<Item>("item").GetAsync(Turn(), () => new Item())).Tags);
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new TypedConversationState(Storage(), null!));
        Assert.Throws<ArgumentNullException>(() => new TypedUserState(null!, Types));
    }

    private static TurnContext Turn() => new(new TestAdapter(), new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = "test",
        Conversation = new ConversationAccount(id: "c"),
        From = new ChannelAccount("u"),
        Recipient = new ChannelAccount("b"),
    });

    public sealed class Item
    {
        public List<string> Tags { get; set; } = [];

        public int Count { get; set; }
    }

    // Counts the writes that reach the provider under the encryption.
    private sealed class CountingStorage(IStorage inner) : IStorage
    {
        public int Writes { get; private set; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            Writes++;
            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}
