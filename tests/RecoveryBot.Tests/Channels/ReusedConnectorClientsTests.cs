using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using RecoveryBot.Channels;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Channels;

/// <summary>Connector clients are made once per bot, service URL and audience for a while, not on every turn, and the
/// adapter disposing its copy after a turn does not close them.</summary>
public sealed class ReusedConnectorClientsTests
{
    private const string Teams = "https://smba.trafficmanager.net/emea/";
    private static readonly ClaimsIdentity Bot = new([new Claim(AuthenticationConstants.AudienceClaim, "bot-app-id")]);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.Zero));
    private readonly CountingFactory _inner = new();

    [Fact]
    public async Task Turns_within_two_minutes_share_one_client_and_a_turn_disposing_it_does_not_close_it()
    {
        var clients = new ReusedConnectorClients(_clock);

        var first = await clients.Wrap(_inner, Bot).CreateAsync(Teams, "https://api.botframework.com", default);
        first.Dispose(); // as the adapter does at the end of every turn
        _clock.Advance(TimeSpan.FromSeconds(110));
        var second = await clients.Wrap(_inner, Bot).CreateAsync(Teams, "https://api.botframework.com", default);

        var made = Assert.Single(_inner.Made);
        Assert.NotNull(made.HttpClient); // not disposed
        Assert.Same(made.Conversations, second.Conversations);
        Assert.Equal(new Uri(Teams), second.BaseUri);
    }

    [Fact]
    public async Task A_client_is_renewed_after_two_minutes_and_another_service_url_or_bot_gets_its_own()
    {
        var clients = new ReusedConnectorClients(_clock);
        await clients.Wrap(_inner, Bot).CreateAsync(Teams, "https://api.botframework.com", default);

        _clock.Advance(ReusedConnectorClients.Reuse + TimeSpan.FromSeconds(1));
        await clients.Wrap(_inner, Bot).CreateAsync(Teams, "https://api.botframework.com", default);
        await clients.Wrap(_inner, Bot).CreateAsync("https://smba.trafficmanager.net/amer/", "https://api.botframework.com", default);
        await clients.Wrap(_inner, new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, "another-bot")])).CreateAsync(Teams, "https://api.botframework.com", default);

        Assert.Equal(4, _inner.Made.Count);
    }

    [Fact]
    public async Task Beyond_the_capacity_clients_are_made_and_disposed_per_turn_as_the_SDK_does()
    {
        var clients = new ReusedConnectorClients(_clock);
        for (var i = 0; i < ReusedConnectorClients.Capacity; i++)
        {
            await clients.Wrap(_inner, Bot).CreateAsync($"https://host{i}.example/", "aud", default);
        }

        var extra = await clients.Wrap(_inner, Bot).CreateAsync("https://one-too-many.example/", "aud", default);
        extra.Dispose();

        Assert.Null(_inner.Made[^1].HttpClient); // the adapter's dispose closed it: nothing kept it
        // Once the kept ones are old, there is room again.
        _clock.Advance(ReusedConnectorClients.Reuse + TimeSpan.FromSeconds(1));
        var kept = await clients.Wrap(_inner, Bot).CreateAsync("https://one-too-many.example/", "aud", default);
        kept.Dispose();
        Assert.NotNull(_inner.Made[^1].HttpClient);
    }

    [Fact]
    public async Task The_apps_authentication_hands_out_reused_clients_and_a_lazy_user_token_client()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(); // no app id: local use
        var authentication = new ChannelAuthentication(new Microsoft.Bot.Builder.Integration.AspNet.Core.ConfigurationBotFrameworkAuthentication(configuration), _clock);
        var activity = new Microsoft.Bot.Schema.Activity { ServiceUrl = Teams, ChannelId = "msteams" };

        var first = await authentication.AuthenticateRequestAsync(activity, "", default);
        var second = await authentication.AuthenticateRequestAsync(activity, "", default);
        var one = await first.ConnectorFactory.CreateAsync(Teams, first.Audience, default);
        one.Dispose();
        var two = await second.ConnectorFactory.CreateAsync(Teams, second.Audience, default);
        var proactive = await authentication.CreateConnectorFactory(first.ClaimsIdentity).CreateAsync(Teams, first.Audience, default);

        Assert.Same(one.Conversations, two.Conversations);
        Assert.Same(one.Conversations, proactive.Conversations);
        Assert.IsType<LazyUserTokenClient>(await authentication.CreateUserTokenClientAsync(first.ClaimsIdentity, default));
    }

    [Fact]
    public async Task A_token_naming_its_bot_by_app_id_alone_shares_that_bots_clients_and_a_shared_client_keeps_its_address()
    {
        var clients = new ReusedConnectorClients(_clock);
        var byAppId = new ClaimsIdentity([new Claim(AuthenticationConstants.AppIdClaim, "bot-app-id")]);

        var one = await clients.Wrap(_inner, Bot).CreateAsync(Teams, "aud", default);
        var two = await clients.Wrap(_inner, byAppId).CreateAsync(Teams, "aud", default);
        await clients.Wrap(_inner, new ClaimsIdentity([new Claim(AuthenticationConstants.AppIdClaim, "another-bot")])).CreateAsync(Teams, "aud", default);

        Assert.Same(one.Conversations, two.Conversations);
        Assert.Equal(2, _inner.Made.Count);
        one.BaseUri = new Uri(Teams); // the same address: nothing changes
        Assert.Throws<NotSupportedException>(() => one.BaseUri = new Uri("https://elsewhere.example/"));
        Assert.Equal(new Uri(Teams), two.BaseUri);
    }

    private sealed class CountingFactory : ConnectorFactory
    {
        public List<ConnectorClient> Made { get; } = [];

        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            var client = new ConnectorClient(new Uri(serviceUrl), MicrosoftAppCredentials.Empty);
            Made.Add(client);
            return Task.FromResult<IConnectorClient>(client);
        }
    }
}
