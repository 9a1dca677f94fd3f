using System.Net;
using Newtonsoft.Json.Linq;
using RecoveryBot.Tests.Channels.DirectLine;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.Storage;

/// <summary>
/// Two app processes on one shared store with no sticky routing: one conversation alternates between them turn by
/// turn through a whole exercise and its journal while others run on both at once. Nothing may be lost and
/// nothing sent twice.
/// </summary>
[Collection(RunsAloneCollection.Name)]
public abstract class TwoProcessTests
{
    /// <summary>The settings that put the app on this provider, with a store of its own.</summary>
    protected abstract Task<Dictionary<string, string?>> StoreSettingsAsync();

    /// <summary>How many other conversations run at the same time.</summary>
    protected virtual int OtherConversations => 50;

    [Fact]
    public async Task One_conversation_alternates_between_two_processes_while_fifty_others_run_on_both()
    {
        var settings = await StoreSettingsAsync();
        // Both start at once on an empty store, as a fresh deployment with two instances does (one key ring between them).
        Task<AppProcess>[] starting = [AppProcess.StartAsync(settings), AppProcess.StartAsync(settings)];
        try
        {
            await Task.WhenAll(starting);
        }
        catch
        {
            // One failed to start: the other must not be left running.
            foreach (var one in starting.Where(t => t.IsCompletedSuccessfully))
            {
                (await one).Dispose();
            }

            throw;
        }

        using var first = await starting[0];
        using var second = await starting[1];
        using var firstHttp = new HttpClient { BaseAddress = first.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var secondHttp = new HttpClient { BaseAddress = second.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        DirectLineClient[] instances = [new(firstHttp), new(secondHttp)];

        try
        {
            await WalkAllAsync(instances, first, second);
        }
        catch (Exception ex)
        {
            // What the two instances logged (ids and exception types only) says why a turn was refused; the failure
            // itself comes last, where a truncated CI log still shows it.
            throw new Xunit.Sdk.XunitException($"--- first instance ---\n{first.Output}\n--- second instance ---\n{second.Output}\n--- failure ---\n{ex}");
        }
    }

    private async Task WalkAllAsync(DirectLineClient[] instances, AppProcess first, AppProcess second)
    {
        var others = Enumerable.Range(1, OtherConversations).Select(n => WalkBeingWithPeopleAsync(instances, n)).ToList();
        var main = await Person.StartAsync(instances[0], instances[1]);
        string[] answers = ["plan amends", "Sam", "yes", "that I let him down", "I'm sorry, Sam", "a letter", "in two weeks", "call my sponsor", "ready"];
        for (var i = 0; i < answers.Length; i++)
        {
            await main.SayAsync(instances[i % 2], answers[i]);
        }

        var journal = await main.SayAsync(instances[1], "my reflections");
        Assert.True(journal.Contains("Amends plan", StringComparison.Ordinal), Transcript(await main.LogAsync(instances[0])) + first.Output + second.Output);
        var entry = await main.SayAsync(instances[0], "open 1");
        foreach (var part in new[] { "Who: Sam", "that I let him down", "I'm sorry, Sam", "call my sponsor" })
        {
            Assert.Contains(part, entry);
        }

        await Task.WhenAll(others);
        var log = await main.LogAsync(instances[1]);
        NothingSentTwice(log, first, second);
        Assert.Single(log, a => (string?)a["text"] == "Here's your summary. I've saved it to your journal.");
    }

    private static async Task WalkBeingWithPeopleAsync(DirectLineClient[] instances, int n)
    {
        var person = await Person.StartAsync(instances[n % 2], instances[(n + 1) % 2]);
        string[] answers = [$"parties at work, number {n}", $"not knowing what to say, round {n}", $"coffee with friend {n}", "saturday", $"sponsor number {n}"];
        await person.SayAsync(instances[n % 2], "Being with people");
        for (var i = 0; i < answers.Length; i++)
        {
            await person.SayAsync(instances[(n + i + 1) % 2], answers[i]);
        }

        var entry = await person.SayAsync(instances[n % 2], "my reflections") + await person.SayAsync(instances[(n + 1) % 2], "open 1");
        foreach (var answer in answers.Where(a => a != "saturday"))
        {
            Assert.True(entry.Contains(answer, StringComparison.Ordinal), $"Conversation {n} lost \"{answer}\":\n{Transcript(await person.LogAsync(instances[0]))}");
        }

        NothingSentTwice(await person.LogAsync(instances[0]));
    }

    private static string Transcript(IReadOnlyList<JObject> log) =>
        string.Join("\n", log.Select(a => $"{(string?)a["from"]?["id"]}: {(string?)a["text"]}"));

    /// <summary>No reply was sent twice: a turn run again (after a lost lease or a retry) would repeat its replies.</summary>
    private static void NothingSentTwice(IReadOnlyList<JObject> log, params AppProcess[] apps)
    {
        var repeated = log
            .Where(a => (string?)a["from"]?["role"] == "bot" || (string?)a["replyToId"] is not null)
            .GroupBy(a => ((string?)a["replyToId"], (string?)a["text"]))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key.Item2)
            .ToList();
        Assert.True(repeated.Count == 0, "Sent twice: " + string.Join(" | ", repeated) + "\n" + string.Join("\n", apps.Select(a => a.Output)));
        Assert.DoesNotContain(log, a => (string?)a["text"] == BotMessages.StoreUnavailable);
    }

    /// <summary>One Web Chat user whose requests go to whichever instance the test names.</summary>
    private sealed class Person
    {
        private int _sent;

        private Person(string conversationId, string token)
        {
            ConversationId = conversationId;
            Token = token;
        }

        public string ConversationId { get; }

        public string Token { get; }

        /// <summary>A token from <paramref name="issuer"/>, the conversation started on <paramref name="starter"/>.</summary>
        public static async Task<Person> StartAsync(DirectLineClient issuer, DirectLineClient starter)
        {
            var token = (string)(await issuer.GenerateAsync())["token"]!;
            using var response = await starter.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
            var conversation = await DirectLineClient.ExpectAsync(response, HttpStatusCode.Created);
            return new Person((string)conversation["conversationId"]!, (string)conversation["token"]!);
        }

        /// <summary>Sends <paramref name="text"/> through <paramref name="instance"/>; returns the replies to it.</summary>
        public async Task<string> SayAsync(DirectLineClient instance, string text)
        {
            var id = await instance.SayAsync(ConversationId, Token, text, $"c{++_sent}");
            var replies = (await LogAsync(instance)).Where(a => (string?)a["replyToId"] == id).Select(a => (string?)a["text"]);
            return string.Join("\n---\n", replies);
        }

        public async Task<IReadOnlyList<JObject>> LogAsync(DirectLineClient instance) =>
            ((JArray)(await instance.GetActivitiesAsync(ConversationId, Token))["activities"]!).Cast<JObject>().ToList();
    }
}

public sealed class PostgresTwoProcessTests(PostgresServer server) : TwoProcessTests, IClassFixture<PostgresServer>
{
    protected override async Task<Dictionary<string, string?>> StoreSettingsAsync() => new()
    {
        ["Storage:Provider"] = "Postgres",
        // Sized as the README asks: both pools (plus three signal connections each) within the server's 100
        // connections. With Npgsql's default of 100 each, one CI run reached the limit and a turn was refused (503).
        ["ConnectionStrings:Postgres"] = await server.CreateDatabaseAsync() + ";Maximum Pool Size=40",
    };
}

public sealed class AzureBlobTwoProcessTests(AzuriteServer server) : TwoProcessTests, IClassFixture<AzuriteServer>
{
    // Azurite is one Node.js process: with fifty conversations on two instances, on two cores, its answers take longer
    // than the client's 5-second timeout, and the bot (rightly) asks people to send again. That measures the emulator.
    protected override int OtherConversations => 10;

    protected override Task<Dictionary<string, string?>> StoreSettingsAsync() => Task.FromResult(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "AzureBlob",
        ["Storage:AzureBlob:ConnectionString"] = server.ConnectionString,
        ["Storage:AzureBlob:Container"] = AzuriteServer.NewContainerName(),
    });
}
