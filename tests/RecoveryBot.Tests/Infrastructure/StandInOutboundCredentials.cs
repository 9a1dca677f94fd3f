using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Rest;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>
/// The app's own credential factory from configuration (<see cref="ConfigurationServiceClientCredentialFactory"/>)
/// with one change: the bot's outbound calls to the connector carry a fixed stand-in token instead of one fetched from
/// Azure AD, which a test on this offline machine cannot reach. Which app id is the bot's, and whether authentication
/// is on at all, still come from the real factory, so inbound checks are untouched.
/// </summary>
public sealed class StandInOutboundCredentials(IConfiguration configuration) : ConfigurationServiceClientCredentialFactory(configuration)
{
    /// <summary>The bearer token the bot's replies carry.</summary>
    public const string Token = "stand-in-outbound-token";

    /// <inheritdoc />
    public override Task<ServiceClientCredentials> CreateCredentialsAsync(string appId, string audience, string loginEndpoint, bool validateAuthority, CancellationToken cancellationToken) =>
        Task.FromResult<ServiceClientCredentials>(new TokenCredentials(Token));
}
