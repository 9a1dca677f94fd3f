using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Bots;
using RecoveryBot.Tests.Channels.DirectLine;
using RecoveryBot.Tests.GroupSessions;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.Storage;

/// <summary>The whole app on a real server-backed store: conversations, the Direct Line log, journals and a group
/// session (with its proactive steps and shares), across a restart.</summary>
public abstract class StoreProviderAppTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The settings that put the app on this provider, with a store of its own.</summary>
    protected abstract Task<Dictionary<string, string?>> StoreSettingsAsync();

    [Fact]
    public async Task A_group_session_with_its_answers_and_shares_carries_on_across_a_restart()
    {
        var settings = await StoreSettingsAsync();
        DirectLineParticipant facilitator, member;
        using (var host = new DirectLineTestHost(_folder, settings))
        {
            (facilitator, member) = await FirstStepSharedAsync(host, host);
        }

        using (var restarted = new DirectLineTestHost(_folder, settings))
        {
            facilitator = facilitator.On(restarted);
            member = member.On(restarted);
            var next = await facilitator.SayAsync("next");
            Assert.Contains("> barbecues with the old crowd", next);
            await member.WaitForAsync("Step 2 of 5. What makes it hard?");
            var journal = await member.SayAsync("my reflections") + await member.SayAsync("open 1");
            Assert.Contains("barbecues with the old crowd", journal);
        }
    }

    [Fact]
    public async Task A_group_session_runs_with_its_facilitator_and_its_member_on_different_instances()
    {
        var settings = await StoreSettingsAsync();
        using var otherFolder = new TempDirectory();
        using var first = new DirectLineTestHost(_folder, settings);
        using var second = new DirectLineTestHost(otherFolder, settings, first.Clock);
        var (facilitator, member) = await FirstStepSharedAsync(first, second);

        Assert.Contains("> barbecues with the old crowd", await facilitator.SayAsync("next"));
        await member.WaitForAsync("Step 2 of 5. What makes it hard?");

        // Each step reached the member once, though it was sent by the facilitator's instance into a log the member's
        // instance also writes.
        Assert.Single(member.All, a => DirectLineParticipant.Text(a).Contains("Step 1 of 5", StringComparison.Ordinal));
        Assert.Single(member.All, a => DirectLineParticipant.Text(a).Contains("Step 2 of 5", StringComparison.Ordinal));
    }

    // A facilitator on one host starts "Being with people"; a member on the other joins, answers step 1 and shares it.
    private static async Task<(DirectLineParticipant Facilitator, DirectLineParticipant Member)> FirstStepSharedAsync(
        DirectLineTestHost facilitatorHost, DirectLineTestHost memberHost)
    {
        var facilitator = await DirectLineParticipant.StartAsync(facilitatorHost);
        await facilitator.SayAsync("start group session");
        var code = DirectLineParticipant.CodeIn(await facilitator.SayAsync("Being with people"));
        var member = await DirectLineParticipant.StartAsync(memberHost);
        Assert.Contains("You've joined", await member.SayAsync($"join {code}"));
        await facilitator.SayAsync("next");
        await member.WaitForAsync("Step 1 of 5");
        Assert.Contains(BotMessages.GroupShareQuestion, await member.SayAsync("barbecues with the old crowd"));
        await member.SayAsync("yes");
        Assert.Contains(BotMessages.GroupShared, await member.SayAsync("yes"));
        return (facilitator, member);
    }

    [Fact]
    public async Task Two_instances_with_nothing_else_in_common_share_the_key_ring_through_the_store()
    {
        var settings = await StoreSettingsAsync();
        using var otherFolder = new TempDirectory();
        using var first = new DirectLineTestHost(_folder, settings);
        using var second = new DirectLineTestHost(otherFolder, settings);

        // A conversation begun on one instance, its token issued there, goes on through the other.
        var person = await DirectLineParticipant.StartAsync(first);
        Assert.Contains("Which kind of social situation", await person.SayAsync("Being with people"));
        var elsewhere = person.On(second);
        Assert.Contains("What makes it hard?", await elsewhere.SayAsync("parties"));
        Assert.Contains("What's one small social step", await person.SayAsync("not knowing what to say"));
    }

    [Fact]
    public async Task Two_messages_of_one_conversation_at_two_instances_at_once_lose_neither_answer()
    {
        var settings = await StoreSettingsAsync();
        using var otherFolder = new TempDirectory();
        using var first = new DirectLineTestHost(_folder, settings);
        using var second = new DirectLineTestHost(otherFolder, settings, first.Clock);
        var person = await DirectLineParticipant.StartAsync(first);
        Assert.Contains("Which kind of social situation", await person.SayAsync("Being with people"));

        // Two answers at once, one through each instance, twice: the second of each pair must answer the question the
        // first moved on to. (Each pair's answers fit either of its two questions, whichever instance goes first.)
        foreach (var (a, b) in new[] { ("crowded parties", "family dinners"), ("saturday", "sunday") })
        {
            await Task.WhenAll(
                first.SayAsync(person.ConversationId, person.Token, a, "first-" + a),
                second.SayAsync(person.ConversationId, person.Token, b, "second-" + b));
        }

        // Four answers walked the exercise four questions on, each question asked once: no answer was lost.
        var said = string.Join("\n", (await person.ReadAsync()).Select(DirectLineParticipant.Text));
        Assert.DoesNotContain(BotMessages.StoreUnavailable, said);
        foreach (var question in new[] { "What makes it hard?", "What's one small social step", "When will you try it?", "Who could be with you" })
        {
            Assert.True(CountOf(said, question) == 1, said);
        }
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public async Task A_socket_on_one_instance_hears_the_replies_to_a_message_posted_through_another() =>
        await SocketHearsAnotherInstanceAsync(await StoreSettingsAsync());

    /// <summary>A socket open on one instance hears the reply to a message posted through another.</summary>
    protected async Task SocketHearsAnotherInstanceAsync(Dictionary<string, string?> settings)
    {
        using var otherFolder = new TempDirectory();
        using var first = new DirectLineTestHost(_folder, settings);
        using var second = new DirectLineTestHost(otherFolder, settings, first.Clock);
        var (conversationId, token) = await first.StartAsync();
        // Listening before the socket opens (on PostgreSQL), so the test does not depend on how fast that was.
        var signal = first.Services.GetRequiredService<RecoveryBot.Channels.DirectLine.DirectLineLogSignal>();
        await Task.WhenAny(signal.Listening, Task.Delay(TimeSpan.FromSeconds(30)));
        using var socket = await first.App.Server.CreateWebSocketClient().ConnectAsync(
            new Uri(first.App.Server.BaseAddress, $"/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(token)}"), CancellationToken.None);
        var heard = new System.Text.StringBuilder();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        // The socket's first read of the log (the welcome) is done before anything is posted: what follows can only
        // arrive by the socket hearing of another instance's append.
        while (!heard.ToString().Contains("What would you like to reflect on", StringComparison.Ordinal))
        {
            var welcome = await socket.ReceiveAsync(buffer, patience.Token);
            heard.Append(System.Text.Encoding.UTF8.GetString(buffer, 0, welcome.Count));
        }

        await second.SayAsync(conversationId, token, "Being with people", "through-the-other");
        while (!heard.ToString().Contains("Which kind of social situation", StringComparison.Ordinal))
        {
            var received = await socket.ReceiveAsync(buffer, patience.Token);
            heard.Append(System.Text.Encoding.UTF8.GetString(buffer, 0, received.Count));
        }

        Assert.Contains("through-the-other", heard.ToString());
    }

    [Fact]
    public async Task A_check_in_due_on_two_instances_at_once_is_sent_once()
    {
        var settings = await StoreSettingsAsync();
        using var otherFolder = new TempDirectory();
        using var first = new DirectLineTestHost(_folder, settings);
        using var second = new DirectLineTestHost(otherFolder, settings, first.Clock);
        var person = await DirectLineParticipant.StartAsync(first);

        await first.Services.GetRequiredService<RecoveryBot.CheckIns.CheckInStore>().AddAsync(new RecoveryBot.CheckIns.ScheduledCheckIn
        {
            DueAt = first.Clock.GetUtcNow().AddMinutes(-1),
            Reference = RecoveryBot.Channels.DirectLine.DirectLineAdapter.ReferenceFor(person.ConversationId, "someone"),
            UserKey = "directline/someone",
            Message = "Checking in gently: how did it go?",
        }, CancellationToken.None);

        var sent = await Task.WhenAll(
            first.Services.GetRequiredService<RecoveryBot.CheckIns.CheckInSender>().SendDueAsync(CancellationToken.None),
            second.Services.GetRequiredService<RecoveryBot.CheckIns.CheckInSender>().SendDueAsync(CancellationToken.None));

        Assert.Equal(1, sent.Sum());
        await person.WaitForAsync("Checking in gently");
        await Task.Delay(500);
        Assert.Single(person.All, a => DirectLineParticipant.Text(a).Contains("Checking in gently", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_certificate_the_key_ring_in_the_store_is_encrypted()
    {
        var settings = await StoreSettingsAsync();
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=RecoveryBot key ring (test)", rsa, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = _folder.File("keyring.pfx");
        File.WriteAllBytes(path, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "test password"));
        settings["Privacy:KeyCertificatePath"] = path;
        settings["Privacy:KeyCertificatePassword"] = "test password";

        using var host = new DirectLineTestHost(_folder, settings);
        var person = await DirectLineParticipant.StartAsync(host);
        Assert.Contains("Which kind of social situation", await person.SayAsync("Being with people"));

        var provider = host.Services.GetRequiredKeyedService<Microsoft.Bot.Builder.IStorage>(RecoveryBot.Storage.StorageServiceCollectionExtensions.ProviderKey);
        var ring = Newtonsoft.Json.Linq.JObject.FromObject((await provider.ReadAsync([RecoveryBot.Privacy.StorageXmlRepository.KeyPrefix + "keyring"])).Single().Value);
        var xml = string.Concat(ring["Elements"]!.Values<string>());
        Assert.Contains("EncryptedData", xml);
        Assert.DoesNotContain("<value>", xml);
    }
}

public sealed class PostgresAppTests(PostgresServer server) : StoreProviderAppTests, IClassFixture<PostgresServer>
{
    protected override async Task<Dictionary<string, string?>> StoreSettingsAsync() => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = await server.CreateDatabaseAsync(),
    };

    // The log is looked at only once an hour here, so the reply can only arrive through LISTEN/NOTIFY.
    [Fact]
    public async Task A_socket_hears_another_instance_through_listen_notify_without_looking_at_the_log()
    {
        var settings = await StoreSettingsAsync();
        settings["DirectLine:SharedStoreNotifiedPollInterval"] = "01:00:00";
        await SocketHearsAnotherInstanceAsync(settings);
    }
}

public sealed class AzureBlobAppTests(AzuriteServer server) : StoreProviderAppTests, IClassFixture<AzuriteServer>
{
    protected override Task<Dictionary<string, string?>> StoreSettingsAsync() => Task.FromResult(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "AzureBlob",
        ["Storage:AzureBlob:ConnectionString"] = server.ConnectionString,
        ["Storage:AzureBlob:Container"] = AzuriteServer.NewContainerName(),
    });
}
