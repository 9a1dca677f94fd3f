using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace RecoveryBot.Channels;

/// <summary>
/// Connector clients handed out again for the same bot, service URL and audience for <see cref="Reuse"/>. The SDK's
/// adapter asks its connector factory for a new client on every turn and disposes it after, and making one builds an
/// HTTP client and its user agent (a dozen regular expressions): about a twentieth of a turn's time here. Clients are
/// safe to share between turns (the SDK's older adapter kept them for the app's lifetime); they are renewed after
/// <see cref="Reuse"/>, as <c>IHttpClientFactory</c> renews its handlers, so DNS changes are still seen.
/// </summary>
/// <remarks>At most <see cref="Capacity"/> are kept: a bot talks to a handful of service URLs, but without a token check
/// (no app id configured) anyone could name new ones; beyond that a client is made and disposed per turn, as the SDK does.</remarks>
public sealed class ReusedConnectorClients(TimeProvider timeProvider)
{
    /// <summary>How long one client is handed out.</summary>
    public static readonly TimeSpan Reuse = TimeSpan.FromMinutes(2);

    /// <summary>How many clients are kept at most.</summary>
    public const int Capacity = 64;

    private readonly ConcurrentDictionary<(string AppId, string ServiceUrl, string Audience), (IConnectorClient Client, DateTimeOffset Until)> _clients = new();

    /// <summary><paramref name="inner"/> (the SDK's factory for a request with <paramref name="claimsIdentity"/>), handing
    /// out kept clients.</summary>
    public ConnectorFactory Wrap(ConnectorFactory inner, ClaimsIdentity? claimsIdentity)
    {
        ArgumentNullException.ThrowIfNull(inner);
        // The factory's bot, as the SDK picks it: the token's audience, else its app id claim (none without a token).
        var appId = claimsIdentity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AudienceClaim)?.Value
            ?? claimsIdentity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AppIdClaim)?.Value
            ?? "";
        return new Factory(this, inner, appId);
    }

    private IConnectorClient? Kept((string, string, string) key) =>
        _clients.TryGetValue(key, out var kept) && kept.Until > timeProvider.GetUtcNow() ? kept.Client : null;

    // False when every place is taken by a young client. A replaced client is not disposed: a turn may still be sending
    // with it, and it is closed once collected.
    private bool TryKeep((string, string, string) key, IConnectorClient client)
    {
        var now = timeProvider.GetUtcNow();
        if (_clients.Count >= Capacity)
        {
            foreach (var (oldKey, old) in _clients)
            {
                if (old.Until <= now)
                {
                    _clients.TryRemove(oldKey, out _);
                }
            }

            if (_clients.Count >= Capacity)
            {
                return false;
            }
        }

        _clients[key] = (client, now + Reuse);
        return true;
    }

    private sealed class Factory(ReusedConnectorClients clients, ConnectorFactory inner, string appId) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            var key = (appId, serviceUrl ?? "", audience ?? "");
            if (clients.Kept(key) is { } kept)
            {
                return new Shared(kept);
            }

            var client = await inner.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false);
            return clients.TryKeep(key, client) ? new Shared(client) : client;
        }
    }

    // A kept client as the adapter sees it: everything but Dispose, which would close it for the next turns, and a new
    // address, which would move it for every turn that shares it. Not a ConnectorClient: the SDK's TeamsInfo, which the
    // bot does not use, would make a client of its own from it on each call.
    private sealed class Shared(IConnectorClient client) : IConnectorClient
    {
        public Uri BaseUri
        {
            get => client.BaseUri;
            set
            {
                if (value != client.BaseUri)
                {
                    throw new NotSupportedException("A shared connector client keeps its service URL.");
                }
            }
        }

        public JsonSerializerSettings SerializationSettings => client.SerializationSettings;

        public JsonSerializerSettings DeserializationSettings => client.DeserializationSettings;

        public ServiceClientCredentials Credentials => client.Credentials;

        public IAttachments Attachments => client.Attachments;

        public IConversations Conversations => client.Conversations;

        public void Dispose()
        {
        }
    }
}
