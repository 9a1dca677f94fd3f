using System.Security.Claims;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;
using RecoveryBot.Channels;

namespace RecoveryBot;

/// <summary>
/// The SDK's authentication from configuration (<see cref="ConfigurationBotFrameworkAuthentication"/>), unchanged but
/// for one thing: a token its validation throws out with an IdentityModel exception (a signature that does not verify,
/// a key that was never published, a token not valid yet, a token that is not a JWT at all) is reported as
/// <see cref="UnauthorizedAccessException"/>, which <see cref="CloudAdapter"/> answers with 401, as it already does for
/// an expired token, a wrong issuer or a token for another bot. Left alone, those escaped the adapter as a 500.
/// And two costs every turn paid for nothing are cut: connector clients are reused (<see cref="ReusedConnectorClients"/>)
/// and the user token client, which only sign-in needs, is made when first used (<see cref="LazyUserTokenClient"/>).
/// </summary>
public sealed class ChannelAuthentication(ConfigurationBotFrameworkAuthentication inner, TimeProvider timeProvider) : BotFrameworkAuthentication
{
    private readonly ReusedConnectorClients _clients = new(timeProvider);

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
        => Reusing(await RefusingAsync(() => inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken)).ConfigureAwait(false));

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
        => Reusing(await RefusingAsync(() => inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken)).ConfigureAwait(false));

    /// <inheritdoc />
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken)
        => RefusingAsync(() => inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken));

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        _clients.Wrap(inner.CreateConnectorFactory(claimsIdentity), claimsIdentity);

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new LazyUserTokenClient(() => inner.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None)));

    /// <inheritdoc />
    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    private AuthenticateRequestResult Reusing(AuthenticateRequestResult result)
    {
        // A streaming request's result has no factory.
        if (result.ConnectorFactory is { } factory)
        {
            result.ConnectorFactory = _clients.Wrap(factory, result.ClaimsIdentity);
        }

        return result;
    }

    // The inner call, with a refused token reported as UnauthorizedAccessException (401).
    private static async Task<T> RefusingAsync<T>(Func<Task<T>> authenticate)
    {
        try
        {
            return await authenticate().ConfigureAwait(false);
        }
        catch (Exception ex) when (IsRefusedToken(ex))
        {
            throw Refused(ex);
        }
    }

    // What the token handler throws about the token itself. A failure to fetch the signing keys is not among them: that
    // is the server's trouble, not the caller's, and stays a 5xx.
    // A token that is not even well formed (three dots but no JSON, an issuer that is a number) is refused by the JWT
    // library with a plain ArgumentException while the SDK reads its issuer.
    private static bool IsRefusedToken(Exception ex) =>
        ex is SecurityTokenException or SecurityTokenArgumentException
        || (ex is ArgumentException && ex.TargetSite?.DeclaringType?.Assembly.GetName().Name is { } source
            && (source.StartsWith("System.IdentityModel.Tokens", StringComparison.Ordinal) || source.StartsWith("Microsoft.IdentityModel", StringComparison.Ordinal)));

    private static UnauthorizedAccessException Refused(Exception ex) => new($"The token was refused: {ex.GetType().Name}.", ex);
}
