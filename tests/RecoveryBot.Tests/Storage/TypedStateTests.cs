using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using RecoveryBot.Privacy;
using RecoveryBot.Storage;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Storage;

/// <summary>The app's conversation and user state: each property read straight into its type, anything else kept as it
/// was stored, written only when it changed, and a damaged item set aside as before; on a provider that reads and writes
/// JSON text (SQLite) and on one that does not (memory).</summary>
public abstract class TypedStateTests
{
    private const string Key = "test/conversations/c";
    private static readonly Dictionary<string, Type> Types = new() { ["item"] = typeof(Item) };
    private static readonly Dictionary<string, Type> UserTypes = new() { ["profile"] = typeof(Item) };

    private readonly IDataProtectionProvider _protection = new EphemeralDataProtectionProvider();

    /// <summary>The provider under the encryption.</summary>
    protected abstract IStorage Provider { get; }

    /// <summary>How many writes have reached the provider.</summary>
    protected abstract long Writes { get; }

    /// <summary>How many reads have reached the provider.</summary>
    protected abstract long Reads { get; }

    private ProtectedStorage Storage() => new(Provider, _protection);

    [Fact]
    public async Task Properties_are_read_into_their_types_and_others_kept_as_they_were_stored()
    {
        var first = new TypedConversationState(Storage(), Types);
        var turn = Turn();
        (await TagsAsync(first, turn)).Add("remembered");
        await first.CreateProperty<Dictionary<string, int>>("other").SetAsync(turn, new Dictionary<string, int> { ["kept"] = 7 });
        await first.SaveChangesAsync(turn);

        // As after a restart: a new state object, a new turn.
        var second = new TypedConversationState(Storage(), Types);
        var next = Turn();
        await second.LoadAsync(next);
        var values = second.GetCachedState(next).State;
        Assert.Equal(["remembered"], Assert.IsType<Item>(values["item"]).Tags);
        Assert.IsAssignableFrom<JToken>(values["other"]);

        (await TagsAsync(second, next)).Add("again");
        await second.SaveChangesAsync(next);

        var third = Turn();
        var state = new ConversationState(Storage());
        Assert.Equal(["remembered", "again"], await TagsAsync(state, third));
        Assert.Equal(7, (await state.CreateProperty<Dictionary<string, int>>("other").GetAsync(third, () => []))["kept"]);
    }

    [Fact]
    public async Task A_turn_that_changes_nothing_writes_nothing_and_a_change_is_written_once()
    {
        var state = new TypedConversationState(Storage(), Types);
        var turn = Turn();
        (await TagsAsync(state, turn)).Add("one");
        await state.SaveChangesAsync(turn);
        await state.SaveChangesAsync(turn);
        Assert.Equal(1, Writes);

        var quiet = Turn();
        var item = await state.CreateProperty<Item>("item").GetAsync(quiet, () => new Item());
        await state.CreateProperty<Item>("item").SetAsync(quiet, item);
        await state.SaveChangesAsync(quiet);
        Assert.Equal(1, Writes);

        var busy = Turn();
        (await TagsAsync(state, busy)).Add("two");
        await state.SaveChangesAsync(busy);
        await state.SaveChangesAsync(busy);
        Assert.Equal(2, Writes);

        // force writes whatever changed.
        await state.SaveChangesAsync(busy, force: true);
        Assert.Equal(3, Writes);
    }

    [Fact]
    public async Task Reading_state_that_was_never_stored_writes_nothing()
    {
        var state = new TypedConversationState(Storage(), Types);
        var turn = Turn();

        Assert.Null(await state.CreateProperty<Item>("item").GetIfSetAsync(turn));
        await state.SaveChangesAsync(turn);

        Assert.Equal(0, Writes);
        Assert.Empty(await Provider.ReadAsync([Key]));
    }

    [Fact]
    public async Task An_item_written_before_encryption_is_encrypted_on_the_next_save_even_unchanged()
    {
        await Provider.WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["item"] = new JObject { ["Tags"] = new JArray("plain"), ["Count"] = 0 } } });
        var state = new TypedConversationState(Storage(), Types);
        var turn = Turn();

        await state.CreateProperty<Item>("item").GetOrCreateAsync(turn, () => new Item());
        await state.SaveChangesAsync(turn);

        var stored = JObject.FromObject((await Provider.ReadAsync([Key]))[Key]);
        Assert.NotNull(stored["protected"]);
        Assert.DoesNotContain("plain", stored.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_after_a_delete_and_a_clear_are_written_even_if_they_match_what_was_read()
    {
        var state = await SavedWithAsync("x");

        var next = Turn();
        await state.LoadAsync(next);
        await state.DeleteAsync(next);
        await state.ClearStateAsync(next);
        (await TagsAsync(state, next)).Add("x");
        await state.SaveChangesAsync(next);

        Assert.Equal(["x"], await TagsAsync(new ConversationState(Storage()), Turn()));
    }

    [Fact]
    public async Task After_a_clear_the_next_save_writes_once()
    {
        var state = await SavedWithAsync("x");

        var next = Turn();
        await state.LoadAsync(next);
        await state.ClearStateAsync(next);
        await state.SaveChangesAsync(next);
        await state.SaveChangesAsync(next);

        Assert.Equal(2, Writes);
        Assert.Empty(await TagsAsync(state, Turn()));
    }

    [Fact]
    public async Task A_forced_load_drops_what_the_turn_changed()
    {
        var state = await SavedWithAsync("kept");

        var next = Turn();
        (await TagsAsync(state, next)).Add("dropped");
        await state.LoadAsync(next, force: true);
        await state.SaveChangesAsync(next);

        Assert.Equal(["kept"], await TagsAsync(state, next));
        Assert.Equal(1, Writes);
    }

    [Fact]
    public async Task Cleared_and_deleted_state_behave_as_the_sdks()
    {
        var state = await SavedWithAsync("one");

        var clearing = Turn();
        await state.LoadAsync(clearing);
        await state.ClearStateAsync(clearing);
        await state.SaveChangesAsync(clearing);
        Assert.Empty(await TagsAsync(state, Turn()));

        var deleting = Turn();
        (await TagsAsync(state, deleting)).Add("two");
        await state.SaveChangesAsync(deleting);
        await state.DeleteAsync(deleting);
        Assert.Empty(await Provider.ReadAsync([Key]));
        Assert.Empty(await TagsAsync(state, Turn()));
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"a string\"")]
    [InlineData("{\"item\": {\"Tags\": \"words someone wrote\"}}")]
    [InlineData("{\"item\": {\"Tags\": [\"words someone wrote\"], \"Count\": \"words someone wrote\"}}")]
    [InlineData("{\"item\": {\"Tags\": {\"words someone wrote\": 1}}}")]
    [InlineData("{\"item\": {\"Tags\": {\"someone\": 1}}}")]
    [InlineData("{\"item\": ")]
    [InlineData("")]
    public async Task An_item_that_is_not_a_state_object_is_set_aside_and_the_next_turn_starts_fresh(string json)
    {
        var sealedJson = _protection.CreateProtector("RecoveryBot.State.v1").Protect(json);
        await Provider.WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["protected"] = sealedJson } });
        var state = new TypedConversationState(Storage(), Types);

        var failure = await Assert.ThrowsAsync<UnreadableStateException>(() => state.LoadAsync(Turn()));

        Assert.Equal(Key, failure.Key);
        Assert.DoesNotContain("someone", failure.ToString(), StringComparison.Ordinal);
        Assert.Empty(await Provider.ReadAsync([Key]));
        Assert.Single(await Provider.ReadAsync([Key + UnreadableStateException.SetAsideSuffix]));
        Assert.Empty(await TagsAsync(state, Turn()));
    }

    [Fact]
    public async Task An_item_written_before_encryption_is_read_and_then_written_encrypted()
    {
        await Provider.WriteAsync(new Dictionary<string, object> { [Key] = new JObject { ["item"] = new JObject { ["Tags"] = new JArray("plain") } } });
        var state = new TypedConversationState(Storage(), Types);
        var turn = Turn();

        var item = await state.CreateProperty<Item>("item").GetAsync(turn, () => new Item());
        item.Tags.Add("sealed");
        await state.SaveChangesAsync(turn);

        Assert.Equal(["plain"], item.Tags.Take(1));
        var stored = JObject.FromObject((await Provider.ReadAsync([Key]))[Key]);
        Assert.NotNull(stored["protected"]);
        Assert.DoesNotContain("sealed", stored.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_store_without_json_text_access_it_is_the_sdks_state()
    {
        var plain = new MemoryStorage();
        var state = new TypedConversationState(plain, Types);
        var turn = Turn();
        (await TagsAsync(state, turn)).Add("remembered");
        await state.SaveChangesAsync(turn);

        var reloaded = await new TypedConversationState(plain, Types).CreateProperty<Item>("item").GetAsync(Turn(), () => new Item());
        Assert.Equal(["remembered"], reloaded.Tags);
    }

    [Fact]
    public async Task User_state_is_kept_under_the_users_key()
    {
        var state = new TypedUserState(Storage(), Types);
        var turn = Turn();
        (await TagsAsync(state, turn)).Add("mine");
        await state.SaveChangesAsync(turn);

        Assert.Single(await Provider.ReadAsync(["test/users/u"]));
        Assert.Equal(["mine"], await TagsAsync(new UserState(Storage()), Turn()));
    }

    [Fact]
    public async Task The_conversation_and_the_user_are_read_together_with_one_read()
    {
        var storage = Storage();
        var conversation = new TypedConversationState(storage, Types);
        var user = new TypedUserState(storage, UserTypes);
        var turn = Turn();
        (await TagsAsync(conversation, turn)).Add("ours");
        (await user.CreateProperty<Item>("profile").GetAsync(turn, () => new Item())).Tags.Add("mine");
        await conversation.SaveChangesAsync(turn);
        await user.SaveChangesAsync(turn);

        var next = Turn();
        var before = Reads;
        await conversation.LoadWithAsync(user, next);
        Assert.Equal(["ours"], await TagsAsync(conversation, next));
        Assert.Equal(["mine"], (await user.CreateProperty<Item>("profile").GetAsync(next, () => new Item())).Tags);
        Assert.Equal(before + 1, Reads);

        // Nothing changed: nothing written.
        var writes = Writes;
        await conversation.SaveChangesAsync(next);
        await user.SaveChangesAsync(next);
        Assert.Equal(writes, Writes);

        // Already loaded in this turn: not read again.
        await conversation.LoadWithAsync(user, next);
        Assert.Equal(before + 1, Reads);
    }

    [Fact]
    public async Task Read_together_a_damaged_user_item_is_set_aside_the_turn_marked_and_both_states_go_on()
    {
        var storage = Storage();
        var conversation = new TypedConversationState(storage, Types);
        var user = new TypedUserState(storage, UserTypes);
        var turn = Turn();
        (await TagsAsync(conversation, turn)).Add("ours");
        await conversation.SaveChangesAsync(turn);
        var sealedJson = _protection.CreateProtector("RecoveryBot.State.v1").Protect("{\"profile\": ");
        await Provider.WriteAsync(new Dictionary<string, object> { ["test/users/u"] = new JObject { ["protected"] = sealedJson } });

        var next = Turn();
        await conversation.LoadWithAsync(user, next);

        Assert.True(next.TurnState.ContainsKey(UnreadableStateException.TurnStateKey));
        Assert.Equal(["ours"], await TagsAsync(conversation, next));
        Assert.Empty((await user.CreateProperty<Item>("profile").GetAsync(next, () => new Item())).Tags);
        Assert.Empty(await Provider.ReadAsync(["test/users/u"]));
        Assert.Single(await Provider.ReadAsync(["test/users/u" + UnreadableStateException.SetAsideSuffix]));
    }

    [Fact]
    public async Task States_whose_properties_clash_and_a_turn_with_no_sender_are_read_one_by_one()
    {
        var storage = Storage();
        var conversation = new TypedConversationState(storage, Types);
        var clashing = new TypedUserState(storage, new Dictionary<string, Type> { ["item"] = typeof(Dictionary<string, int>) });
        var turn = Turn();
        (await TagsAsync(conversation, turn)).Add("ours");
        await conversation.SaveChangesAsync(turn);

        var next = Turn();
        await conversation.LoadWithAsync(clashing, next);
        Assert.Equal(["ours"], await TagsAsync(conversation, next));

        var anonymous = Turn();
        anonymous.Activity.From = null;
        await conversation.LoadWithAsync(new TypedUserState(storage, UserTypes), anonymous);
        Assert.Equal(["ours"], await TagsAsync(conversation, anonymous));
        await Assert.ThrowsAsync<ArgumentNullException>(() => conversation.LoadWithAsync(null!, anonymous));
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new TypedConversationState(Storage(), null!));
        Assert.Throws<ArgumentNullException>(() => new TypedUserState(null!, Types));
    }

    // A state with the item's tag saved in one turn.
    private async Task<TypedConversationState> SavedWithAsync(string tag)
    {
        var state = new TypedConversationState(Storage(), Types);
        var turn = Turn();
        (await TagsAsync(state, turn)).Add(tag);
        await state.SaveChangesAsync(turn);
        return state;
    }

    protected static async Task<List<string>> TagsAsync(BotState state, ITurnContext turn) =>
        (await state.CreateProperty<Item>("item").GetAsync(turn, () => new Item())).Tags;

    protected static TurnContext Turn() => new(new TestAdapter(), new Activity
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
}

public sealed class MemoryTypedStateTests : TypedStateTests
{
    private readonly CountingStorage _provider = new(new ListableMemoryStorage());

    protected override IStorage Provider => _provider;

    protected override long Writes => _provider.Writes;

    protected override long Reads => _provider.Reads;

    [Fact]
    public async Task A_store_that_is_away_does_not_fail_the_joint_read_and_each_state_reads_again_when_needed()
    {
        var storage = new ProtectedStorage(_provider, new EphemeralDataProtectionProvider());
        var conversation = new TypedConversationState(storage, new Dictionary<string, Type> { ["item"] = typeof(Item) });
        var user = new TypedUserState(storage, new Dictionary<string, Type> { ["profile"] = typeof(Item) });
        var turn = Turn();
        _provider.FailReads = true;

        await conversation.LoadWithAsync(user, turn);

        Assert.Null(conversation.GetCachedState(turn)?.State);
        await Assert.ThrowsAsync<IOException>(() => conversation.LoadAsync(turn));
        _provider.FailReads = false;
        Assert.Empty(await TagsAsync(conversation, turn));
    }

    [Fact]
    public async Task A_save_that_failed_is_tried_again_by_the_next_save()
    {
        var state = new TypedConversationState(new ProtectedStorage(_provider, new EphemeralDataProtectionProvider()), new Dictionary<string, Type> { ["item"] = typeof(Item) });
        var turn = Turn();
        (await TagsAsync(state, turn)).Add("one");
        _provider.FailNextWrite = true;

        await Assert.ThrowsAsync<IOException>(() => state.SaveChangesAsync(turn));
        await state.SaveChangesAsync(turn);

        Assert.Equal(1, _provider.Writes);
        Assert.Single(await _provider.ReadAsync(["test/conversations/c"]));
    }

    // Counts the writes that reach the provider under the encryption.
    private sealed class CountingStorage(IStorage inner) : IStorage
    {
        public int Writes { get; private set; }

        public int Reads { get; private set; }

        public bool FailNextWrite { get; set; }

        public bool FailReads { get; set; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            Reads++;
            return FailReads ? Task.FromException<IDictionary<string, object>>(new IOException("The store did not answer.")) : inner.ReadAsync(keys, cancellationToken);
        }

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            if (FailNextWrite)
            {
                FailNextWrite = false;
                return Task.FromException(new IOException("The store did not answer."));
            }

            Writes++;
            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}

public sealed class SqliteTypedStateTests : TypedStateTests, IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly SqliteStorage _provider;

    public SqliteTypedStateTests() => _provider = new SqliteStorage(_folder.File("state.db"));

    protected override IStorage Provider => _provider;

    protected override long Writes => _provider.Commits;

    protected override long Reads => _provider.Reads;

    [Fact]
    public async Task Json_text_reads_back_as_written_and_missing_keys_are_left_out()
    {
        await _provider.WriteJsonAsync(new Dictionary<string, string> { ["a"] = "{\"x\":1}", ["b"] = "[\"text\"]" }, CancellationToken.None);

        var read = await _provider.ReadJsonAsync(["a", "b", "missing", "a"], (json, _) => json, CancellationToken.None);

        Assert.Equal(2, read.Count);
        Assert.Equal("{\"x\":1}", read["a"]);
        Assert.Equal("[\"text\"]", read["b"]);
        // The same rows as the object path sees them, with no ETag: written unconditionally.
        var items = await _provider.ReadAsync(["a"]);
        Assert.Equal(1, ((JObject)items["a"])["x"]!.Value<int>());
        Assert.Null(((JObject)items["a"])["eTag"]);
    }

    [Fact]
    public async Task Json_text_of_many_keys_is_read_at_once()
    {
        var items = Enumerable.Range(0, 1_200).ToDictionary(i => $"k/{i}", i => $"{{\"n\":{i}}}");
        await _provider.WriteJsonAsync(items, CancellationToken.None);

        var read = await _provider.ReadJsonAsync([.. items.Keys], (json, _) => JObject.Parse(json)["n"]!.Value<int>(), CancellationToken.None);

        Assert.Equal(1_200, read.Count);
        Assert.Equal(1_199, read["k/1199"]);
    }

    [Fact]
    public async Task Bad_json_text_arguments_are_refused_and_write_nothing()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _provider.ReadJsonAsync(null!, (json, _) => json, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _provider.ReadJsonAsync<string>(["a"], null!, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _provider.ReadJsonAsync([null!], (json, _) => json, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _provider.WriteJsonAsync(null!, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _provider.WriteJsonAsync(new Dictionary<string, string> { ["a"] = null! }, CancellationToken.None));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _provider.WriteJsonAsync(new Dictionary<string, string> { ["a"] = "{}" }, new CancellationToken(true)));

        Assert.Empty(await _provider.ReadAsync(["a"]));
    }

    [Fact]
    public async Task An_envelope_in_another_form_is_read_as_the_object_path_reads_it()
    {
        // As an older version or a hand-made repair might have written it: spaces, and the ETag inside.
        var protection = new EphemeralDataProtectionProvider();
        var cipher = protection.CreateProtector("RecoveryBot.State.v1").Protect("{\"item\":{\"Tags\":[\"kept\"],\"Count\":0}}");
        await _provider.WriteJsonAsync(new Dictionary<string, string> { ["test/conversations/c"] = $"{{ \"eTag\": \"x\", \"protected\": \"{cipher}\" }}" }, CancellationToken.None);

        var state = new TypedConversationState(new ProtectedStorage(_provider, protection), new Dictionary<string, Type> { ["item"] = typeof(Item) });
        var turn = Turn();
        await state.LoadAsync(turn);

        Assert.Equal(["kept"], Assert.IsType<Item>(state.GetCachedState(turn).State["item"]).Tags);
    }

    public void Dispose()
    {
        _provider.Dispose();
        _folder.Dispose();
    }
}
