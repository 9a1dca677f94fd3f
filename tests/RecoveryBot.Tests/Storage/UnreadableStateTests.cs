using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using RecoveryBot.Bots;
using RecoveryBot.Storage;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.Storage;

/// <summary>A stored item that cannot be read (corrupt, or sealed with a key the ring no longer has): the person is told
/// kindly and starts fresh, the item is kept aside for inspection, and everyone else carries on.</summary>
public sealed class UnreadableStateTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("emulator/users/user-broken")]
    [InlineData("emulator/conversations/conversation-broken")]
    public async Task An_unreadable_item_is_set_aside_and_the_person_starts_fresh(string brokenKey)
    {
        using var app = new TestApp(_folder.File("bot.db"));
        var person = app.Client("conversation-broken", "user-broken");
        var neighbour = app.Client("conversation-fine", "user-fine");
        await person.JoinAsync();
        await neighbour.JoinAsync();
        await person.SayAsync("plan amends");
        await neighbour.SayAsync("plan amends");
        await person.SayAsync("Sam");
        await StoreRawAsync(app, brokenKey, "CfDJ8-not-a-sealed-value");

        var told = await person.SayAsync("yes");
        var after = await person.SayAsync("menu");

        Assert.Contains(BotMessages.UnreadableState, told.Select(a => a.Text));
        Assert.Contains(after, a => a.Text?.StartsWith(Menu.Text[..30], StringComparison.Ordinal) == true);
        var rows = StateTable.ReadAll(app.DatabasePath);
        var aside = Assert.Single(rows.Keys, k => k.StartsWith(brokenKey + UnreadableStateException.SetAsideSuffix, StringComparison.Ordinal));
        Assert.Contains("CfDJ8-not-a-sealed-value", rows[aside]);
        // Nobody else noticed: the neighbour's exercise goes on.
        Assert.Contains(await neighbour.SayAsync("Sam"), a => a.Text?.Contains("is Sam open to hearing from you?", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("emulator/users/user-other-ring")]
    [InlineData("emulator/conversations/conversation-other-ring")]
    public async Task An_item_sealed_with_a_key_the_ring_does_not_have_is_left_where_it_is(string key)
    {
        using var app = new TestApp(_folder.File("bot.db"));
        var person = app.Client("conversation-other-ring", "user-other-ring");
        await person.JoinAsync();
        await person.SayAsync("plan amends");
        // Sealed properly, but by another key ring (as after a deployment that lost or replaced the key folder).
        var foreign = new EphemeralDataProtectionProvider().CreateProtector("RecoveryBot.State.v1").Protect("{}");
        await StoreRawAsync(app, key, foreign);

        var told = await person.SayAsync("Sam");

        Assert.Contains(TurnErrorHandler.ApologyText, told.Select(a => a.Text));
        var rows = StateTable.ReadAll(app.DatabasePath);
        Assert.Contains(foreign, rows[key]);
        Assert.DoesNotContain(rows.Keys, k => k.EndsWith(UnreadableStateException.SetAsideSuffix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_crisis_gets_the_resources_even_when_the_saved_state_cannot_be_opened()
    {
        using var app = new TestApp(_folder.File("bot.db"));
        var person = app.Client("conversation-ring-crisis", "user-ring-crisis");
        await person.JoinAsync();
        await person.SayAsync("plan amends");
        var foreign = new EphemeralDataProtectionProvider().CreateProtector("RecoveryBot.State.v1").Protect("{}");
        await StoreRawAsync(app, "emulator/conversations/conversation-ring-crisis", foreign);

        var told = await person.SayAsync("i want to kill myself");

        Assert.Contains(told, a => a.Text?.Contains("988", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_damaged_item_is_explained_on_the_next_message_even_after_a_typing_activity()
    {
        using var app = new TestApp(_folder.File("bot.db"));
        var person = app.Client("conversation-typing", "user-typing");
        await person.JoinAsync();
        await person.SayAsync("plan amends");
        await StoreRawAsync(app, "emulator/users/user-typing", "damaged");

        await person.SendAsync(new Microsoft.Bot.Schema.Activity { Type = Microsoft.Bot.Schema.ActivityTypes.Typing });
        var told = await person.SayAsync("Sam");

        Assert.Contains(BotMessages.UnreadableState, told.Select(a => a.Text));
    }

    [Fact]
    public async Task Delete_my_data_also_erases_what_was_set_aside()
    {
        using var app = new TestApp(_folder.File("bot.db"));
        var person = app.Client("conversation-erase", "user-erase");
        await person.JoinAsync();
        await person.SayAsync("plan amends");
        await StoreRawAsync(app, "emulator/users/user-erase", "damaged");
        Assert.Contains(BotMessages.UnreadableState, (await person.SayAsync("Sam")).Select(a => a.Text));
        Assert.Contains(StateTable.ReadAll(app.DatabasePath).Keys, k => k == "emulator/users/user-erase" + UnreadableStateException.SetAsideSuffix);

        await person.SayAsync("delete my data");
        await person.SayAsync("yes");

        Assert.DoesNotContain(StateTable.ReadAll(app.DatabasePath).Keys, k => k.EndsWith(UnreadableStateException.SetAsideSuffix, StringComparison.Ordinal));
    }

    // Readable JSON, sealed properly, but written by an older version of a state class: a field whose type has since
    // changed. The person is told kindly and starts fresh, the item is kept aside (still sealed), and the next turns work.
    [Theory]
    [InlineData("emulator/users/user-old", "UserProfile", "LastVisitOn", "2026-11-20T10:00:00+00:00 (local)")]
    [InlineData("emulator/conversations/conversation-old", "ConversationData", "RecentMessageIds", "one-id-only")]
    public async Task An_item_written_by_an_older_version_of_a_state_class_is_set_aside_and_the_person_starts_fresh(
        string key, string property, string field, string oldValue)
    {
        using var app = new TestApp(_folder.File("bot.db"));
        var person = app.Client("conversation-old", "user-old");
        await person.JoinAsync();
        await person.SayAsync("plan amends");
        await person.SayAsync("Sam");
        var storage = app.Services.GetRequiredService<IStorage>();
        var item = (JObject)(await storage.ReadAsync([key])).Single().Value;
        item[property]![field] = oldValue;
        item.Remove("eTag");
        await storage.WriteAsync(new Dictionary<string, object> { [key] = item });

        var told = await person.SayAsync("yes");
        var after = await person.SayAsync("menu");
        var next = await person.SayAsync("plan amends");

        Assert.Contains(BotMessages.UnreadableState, told.Select(a => a.Text));
        Assert.DoesNotContain(TurnErrorHandler.ApologyText, after.Select(a => a.Text));
        Assert.Contains(after, a => a.Text?.StartsWith(Menu.Text[..30], StringComparison.Ordinal) == true);
        Assert.NotEmpty(next);
        Assert.DoesNotContain(TurnErrorHandler.ApologyText, next.Select(a => a.Text));
        var rows = StateTable.ReadAll(app.DatabasePath);
        Assert.Contains(key + UnreadableStateException.SetAsideSuffix, rows.Keys);
        Assert.DoesNotContain(oldValue, rows[key + UnreadableStateException.SetAsideSuffix]);
        var aside = (JObject)(await storage.ReadAsync([key + UnreadableStateException.SetAsideSuffix])).Single().Value;
        Assert.Equal(oldValue, aside[property]![field]!.Value<string>());
    }

    // Writes an envelope as the encrypting store would, with this "sealed" value, under the encryption layer.
    private static Task StoreRawAsync(TestApp app, string key, string sealedValue) =>
        app.Services.GetRequiredKeyedService<IStorage>(StorageServiceCollectionExtensions.ProviderKey)
            .WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["protected"] = sealedValue } });
}
