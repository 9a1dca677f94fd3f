using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace RecoveryBot.Channels;

/// <summary>
/// The SDK's user token client, made only when something asks for a token. The adapter makes one for every turn, and
/// making one builds an HTTP client with its user agent (a dozen regular expressions) although RecoveryBot never signs
/// anyone in; made lazily, turns do not pay for it.
/// </summary>
public sealed class LazyUserTokenClient(Func<Task<UserTokenClient>> create) : UserTokenClient
{
    private readonly Lazy<Task<UserTokenClient>> _inner = new(create ?? throw new ArgumentNullException(nameof(create)));

    /// <inheritdoc />
    public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        await (await _inner.Value.ConfigureAwait(false)).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        await (await _inner.Value.ConfigureAwait(false)).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        await (await _inner.Value.ConfigureAwait(false)).SignOutUserAsync(userId, connectionName, channelId, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        await (await _inner.Value.ConfigureAwait(false)).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        await (await _inner.Value.ConfigureAwait(false)).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        await (await _inner.Value.ConfigureAwait(false)).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && _inner.IsValueCreated && _inner.Value.IsCompletedSuccessfully)
        {
            _inner.Value.Result.Dispose();
        }

        base.Dispose(disposing);
    }
}
