using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using RecoveryBot.Bots;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Wording;

namespace RecoveryBot.Tests.EndToEnd;

/// <summary>
/// With an app id configured, the token on each request to /api/messages is checked end to end by the SDK's own
/// validation: it fetches the signing keys over TLS from <see cref="BotFrameworkLoginStandIn"/> (keys and certificate
/// made by the test), then checks the signature, the issuer, the lifetime, that the key is endorsed for the activity's
/// channel, that the audience is this bot's app id and that the token was issued for the activity's serviceUrl.
/// Every token here is the valid one with exactly one thing changed. Most tests point the app at the stand-in with the
/// SDK's configuration keys; the "as deployed" ones run the SDK's public-cloud defaults, the code a deployment with only
/// an app id runs.
/// </summary>
// Alone: the tests for the SDK's defaults change its process-wide metadata address while they run.
[Collection(RunsAloneCollection.Name)]
public sealed class ChannelTokenTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string OtherBotAppId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private const string TenantId = "66666666-7777-8888-9999-000000000000";
    private const string ConversationId = "a:personal-chat-1";

    private readonly TempDirectory _folder = new();
    private readonly CapturingLoggerProvider _logs = new();
    private BotFrameworkLoginStandIn _login = null!;
    private ConnectorStandIn _connector = null!;
    private BotApplicationFactory? _app;
    private HttpClient? _http;
    private string? _sdkDefaultMetadataUrl;

    public async Task InitializeAsync()
    {
        _login = await BotFrameworkLoginStandIn.StartAsync();
        _login.TrustFromTheSdk();
        _connector = await ConnectorStandIn.StartAsync();
    }

    // The app, told where channel tokens' keys come from by the SDK's own configuration keys.
    private HttpClient Http => _http ??= StartApp(new Dictionary<string, string?>
    {
        // Setting any of these keys makes the SDK take all of its endpoints from configuration (none from its
        // public-cloud defaults), so the others are given their public-cloud values.
        ["ToBotFromChannelOpenIdMetadataUrl"] = _login.MetadataUrl,
        ["ToBotFromChannelTokenIssuer"] = BotFrameworkLoginStandIn.ChannelIssuer,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
        ["ToChannelFromBotLoginUrl"] = AuthenticationConstants.ToChannelFromBotLoginUrlTemplate,
        ["ToChannelFromBotOAuthScope"] = AuthenticationConstants.ToChannelFromBotOAuthScope,
        ["OAuthUrl"] = AuthenticationConstants.OAuthUrl,
        ["CallerId"] = CallerIdConstants.PublicAzureChannel,
    });

    // The app as deployed, with none of those keys: the SDK then checks channel tokens with its public-cloud defaults,
    // in other code (ChannelValidation), whose metadata address is a process-wide setting. Only this class's tests read
    // it (no other test sends a token), and they run one at a time; it is put back when the test ends.
    private void UseTheSdkDefaults()
    {
#pragma warning disable CS0618 // ChannelValidation is marked obsolete, yet it is what the SDK's public-cloud authentication runs.
        _sdkDefaultMetadataUrl = ChannelValidation.OpenIdMetadataUrl;
        ChannelValidation.OpenIdMetadataUrl = _login.MetadataUrl;
#pragma warning restore CS0618
        _http = StartApp(new Dictionary<string, string?>());
    }

    private HttpClient StartApp(Dictionary<string, string?> endpoints)
    {
        var settings = new Dictionary<string, string?>(endpoints)
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = TenantId,
        };
        _app = BotApplicationFactory.WithSqlite(_folder.File("bot.db"), settings);
        // Only the outbound credential is replaced (a reply would otherwise need a token from Azure AD, out of reach
        // offline): the SDK's authentication takes its credential factory from the services when one is registered.
        // The inbound validation and its app-id check stay the app's own.
        return _app.WithWebHostBuilder(builder =>
            {
                builder.ConfigureLogging(logging => logging.AddProvider(_logs));
                builder.ConfigureTestServices(services =>
                    services.AddSingleton<ServiceClientCredentialsFactory>(provider => new StandInOutboundCredentials(provider.GetRequiredService<IConfiguration>())));
            })
            .CreateClient();
    }

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_the_reply_reaches_the_connector()
    {
        using var response = await SendAsync(ValidToken());

        Assert.True(response.IsSuccessStatusCode, $"Expected 2xx, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        // In Teams the menu comes as a hero card: its text is the menu's.
        var replies = _connector.Received.Where(r => r.ConversationId == ConversationId && (string?)r.Activity["type"] == "message").Select(r => r.Activity).ToList();
        Assert.Equal(2, replies.Count);
        Assert.Equal(BotMessages.GreetingReply, (string?)replies[0]["text"]);
        Assert.Equal(HeroCard.ContentType, (string?)replies[1]["attachments"]?[0]?["contentType"]);
        Assert.Equal(Menu.Text, (string?)replies[1]["attachments"]?[0]?["content"]?["text"]);
        Assert.True(_login.KeySetRequests > 0, "The app never fetched the stand-in's keys.");
    }

    [Theory]
    [InlineData("unknown-key", "SecurityTokenSignatureKeyNotFoundException")]
    [InlineData(BotFrameworkLoginStandIn.KeyId, "SecurityTokenInvalidSignatureException")]
    public async Task A_token_signed_with_a_key_the_service_never_published_gets_401(string claimedKeyId, string reason)
    {
        using var forger = RSA.Create(2048);

        await AssertRefusedAsync(_login.CreateToken(AppId, _connector.ServiceUrl, signingKey: forger, keyId: claimedKeyId), reason);
    }

    [Fact]
    public async Task A_token_that_is_not_a_jwt_gets_401()
    {
        await AssertRefusedAsync("not-a-token", "SecurityTokenMalformedException");
    }

    // Three parts that look like a JWT but are not one (found by a review: the JWT library refuses these with a plain
    // ArgumentException while the SDK reads the issuer, which escaped as a 500).
    [Theory]
    [InlineData("a.b.c")]
    [InlineData("bm90LWpzb24.bm90LWpzb24.c2ln")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjV9.c2ln")]
    public async Task A_token_that_only_looks_like_a_jwt_gets_401(string token)
    {
        await AssertRefusedAsync(token, "The token was refused: ArgumentException");
    }

    [Fact]
    public async Task A_token_for_another_audience_gets_401()
    {
        await AssertRefusedAsync(_login.CreateToken("https://graph.microsoft.com", _connector.ServiceUrl), "Invalid AppId passed on token: https://graph.microsoft.com");
    }

    [Fact]
    public async Task A_token_from_another_issuer_gets_401()
    {
        await AssertRefusedAsync(_login.CreateToken(AppId, _connector.ServiceUrl, issuer: "https://login.attacker.example"), "No valid identity");
    }

    [Fact]
    public async Task An_expired_token_gets_401()
    {
        // Ten minutes past expiry: beyond the SDK's five minutes of allowed clock skew.
        await AssertRefusedAsync(_login.CreateToken(AppId, _connector.ServiceUrl, validFrom: DateTimeOffset.UtcNow.AddHours(-2), lifetime: TimeSpan.FromMinutes(110)), "The token has expired");
    }

    [Fact]
    public async Task A_token_not_valid_yet_gets_401()
    {
        await AssertRefusedAsync(_login.CreateToken(AppId, _connector.ServiceUrl, validFrom: DateTimeOffset.UtcNow.AddMinutes(10)), "SecurityTokenNotYetValidException");
    }

    [Fact]
    public async Task A_valid_token_for_another_bot_gets_401()
    {
        await AssertRefusedAsync(_login.CreateToken(OtherBotAppId, _connector.ServiceUrl), "Invalid AppId passed on token: " + OtherBotAppId);
    }

    [Fact]
    public async Task A_token_issued_for_another_service_url_than_the_activity_gets_401()
    {
        await AssertRefusedAsync(_login.CreateToken(AppId, "https://smba.attacker.example/amer/"), "serviceurl claim mismatch");
    }

    [Fact]
    public async Task A_token_without_a_service_url_gets_401()
    {
        await AssertRefusedAsync(_login.CreateToken(AppId, serviceUrl: null), "Missing serviceurl claim");
    }

    [Fact]
    public async Task A_token_whose_key_is_not_endorsed_for_the_activity_channel_gets_401()
    {
        Assert.DoesNotContain("slack", BotFrameworkLoginStandIn.Endorsements);

        await AssertRefusedAsync(ValidToken(), "Could not validate endorsement for key: " + BotFrameworkLoginStandIn.KeyId, channelId: "slack");
    }

    [Fact]
    public async Task As_deployed_with_the_sdk_defaults_a_valid_channel_token_is_accepted_and_answered()
    {
        UseTheSdkDefaults();

        using var response = await SendAsync(ValidToken());

        Assert.True(response.IsSuccessStatusCode, $"Expected 2xx, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(BotMessages.GreetingReply, (string?)Assert.Single(_connector.Received, r => r.ConversationId == ConversationId && (string?)r.Activity["text"] != null).Activity["text"]);
        Assert.True(_login.KeySetRequests > 0, "The app never fetched the stand-in's keys.");
    }

    [Theory]
    [InlineData("forged", "SecurityTokenInvalidSignatureException")]
    [InlineData("another audience", "Invalid AppId passed on token: https://graph.microsoft.com")]
    [InlineData("another issuer", "No valid identity")]
    [InlineData("expired", "The token has expired")]
    [InlineData("another bot", "Invalid AppId passed on token: " + OtherBotAppId)]
    [InlineData("another service url", "serviceurl claim mismatch")]
    [InlineData("not endorsed for the channel", "Could not validate endorsement for key: " + BotFrameworkLoginStandIn.KeyId)]
    public async Task As_deployed_with_the_sdk_defaults_the_same_bad_tokens_get_401(string change, string reason)
    {
        UseTheSdkDefaults();
        using var forger = RSA.Create(2048);
        var token = change switch
        {
            "forged" => _login.CreateToken(AppId, _connector.ServiceUrl, signingKey: forger),
            "another audience" => _login.CreateToken("https://graph.microsoft.com", _connector.ServiceUrl),
            "another issuer" => _login.CreateToken(AppId, _connector.ServiceUrl, issuer: "https://login.attacker.example"),
            "expired" => _login.CreateToken(AppId, _connector.ServiceUrl, validFrom: DateTimeOffset.UtcNow.AddHours(-2), lifetime: TimeSpan.FromMinutes(110)),
            "another bot" => _login.CreateToken(OtherBotAppId, _connector.ServiceUrl),
            "another service url" => _login.CreateToken(AppId, "https://smba.attacker.example/amer/"),
            _ => ValidToken(),
        };

        await AssertRefusedAsync(token, reason, channelId: change == "not endorsed for the channel" ? "slack" : "msteams");
    }

    public async Task DisposeAsync()
    {
        if (_sdkDefaultMetadataUrl is not null)
        {
#pragma warning disable CS0618 // see UseTheSdkDefaults
            ChannelValidation.OpenIdMetadataUrl = _sdkDefaultMetadataUrl;
#pragma warning restore CS0618
        }

        _http?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _connector.DisposeAsync();
        await _login.DisposeAsync();
        _folder.Dispose();
    }

    private string ValidToken() => _login.CreateToken(AppId, _connector.ServiceUrl);

    // 401 for the expected reason (the refusal the adapter logs names which check failed), and the bot did nothing
    // with the activity: nothing was sent back to the conversation.
    private async Task AssertRefusedAsync(string token, string reason, string channelId = "msteams")
    {
        using var response = await SendAsync(token, channelId);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(_logs.Lines, line => line.Contains("UnauthorizedAccessException: ", StringComparison.Ordinal) && line.Contains(reason, StringComparison.Ordinal));
        Assert.Empty(_connector.Received);
    }

    // A "hello" as Teams sends it in a 1:1 chat, with the token in the Authorization header.
    private async Task<HttpResponseMessage> SendAsync(string token, string channelId = "msteams")
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
            ["channelId"] = channelId,
            ["serviceUrl"] = _connector.ServiceUrl,
            ["from"] = new JObject { ["id"] = "29:user-1", ["name"] = "User", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000aa" },
            ["conversation"] = new JObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
            ["recipient"] = new JObject { ["id"] = "28:" + AppId, ["name"] = "RecoveryBot" },
            ["text"] = "hello",
            ["textFormat"] = "plain",
            ["locale"] = "en-US",
            ["channelData"] = new JObject { ["tenant"] = new JObject { ["id"] = TenantId } },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Http.SendAsync(request);
    }
}
