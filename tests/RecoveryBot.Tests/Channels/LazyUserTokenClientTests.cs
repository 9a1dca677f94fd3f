using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using RecoveryBot.Channels;

namespace RecoveryBot.Tests.Channels;

/// <summary>The user token client is made only when a token is asked for, once, and then answers as the SDK's would.</summary>
public sealed class LazyUserTokenClientTests
{
    [Fact]
    public async Task The_real_client_is_made_on_the_first_question_only_and_answers_it()
    {
        var made = 0;
        var real = new AnsweringClient();
        using var client = new LazyUserTokenClient(() =>
        {
            made++;
            return Task.FromResult<UserTokenClient>(real);
        });

        Assert.Equal(0, made);
        var token = await client.GetUserTokenAsync("user", "connection", "msteams", null!, default);
        await client.SignOutUserAsync("user", "connection", "msteams", default);

        Assert.Equal(1, made);
        Assert.Equal("token-for-user", token.Token);
        Assert.Equal(["get", "sign out"], real.Calls);
    }

    private sealed class AnsweringClient : UserTokenClient
    {
        public List<string> Calls { get; } = [];

        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken)
        {
            Calls.Add("get");
            return Task.FromResult(new TokenResponse { Token = "token-for-" + userId });
        }

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken)
        {
            Calls.Add("sign out");
            return Task.CompletedTask;
        }

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
