using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>
/// A stand-in for the Bot Framework's login service (the one that signs the tokens channels send to a bot), on
/// https://127.0.0.1 with a self-signed certificate made for the test: serves an OpenID metadata document and its key
/// set, each key with the channel ids it is endorsed for as the real keys have, and signs channel tokens with the
/// published key. Nothing is read from disk or the network: the certificate and the keys live only in this process.
/// </summary>
/// <remarks>
/// Every stand-in of the process serves the same certificate and signing key. The SDK keeps what it fetched from an
/// address (the client that trusts the certificate, and the keys) for the life of the process, and a later stand-in
/// can be given a port an earlier one used: with its own certificate it was refused by the client kept from before
/// (a fresh-clone CI run failed that way).
/// </remarks>
public sealed class BotFrameworkLoginStandIn : IAsyncDisposable
{
    /// <summary>The issuer of real channel tokens (the SDK's public-cloud value); the app is told to expect it.</summary>
    public const string ChannelIssuer = AuthenticationConstants.ToBotFromChannelTokenIssuer;

    /// <summary>The id of the published signing key.</summary>
    public const string KeyId = "stand-in-key-1";

    /// <summary>The channels the published key is endorsed for (a token signed with it is good for these only).</summary>
    public static readonly IReadOnlyList<string> Endorsements = ["msteams", "webchat", "directline"];

    // Shared by every stand-in of the process (see the remarks), made once and kept until the process ends.
    private static readonly X509Certificate2 SharedCertificate = CreateSelfSignedCertificate();
    private static readonly RSA SharedSigningKey = RSA.Create(2048);

    private static int KeySetRequestsInProcess;

    private readonly WebApplication _app;

    private BotFrameworkLoginStandIn(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The address of the OpenID metadata document (for the app's <c>ToBotFromChannelOpenIdMetadataUrl</c>).</summary>
    public string MetadataUrl { get; private set; } = "";

    /// <summary>
    /// How many times the key set was fetched from any stand-in of this process (by anyone): shows the app really read
    /// the keys from a stand-in. Counted for the process, as the SDK may use keys it fetched from an earlier stand-in
    /// that had the same address (they are the same keys).
    /// </summary>
    public int KeySetRequests => Volatile.Read(ref KeySetRequestsInProcess);

    /// <summary>Starts the stand-in on a free port of 127.0.0.1.</summary>
    public static async Task<BotFrameworkLoginStandIn> StartAsync()
    {
        var certificate = SharedCertificate;
        var signingKey = SharedSigningKey;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new BotFrameworkLoginStandIn(app);

        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = ChannelIssuer,
            ["authorization_endpoint"] = standIn.BaseUrl + "v1/authorize",
            ["jwks_uri"] = standIn.BaseUrl + "v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref KeySetRequestsInProcess);
            var published = signingKey.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["kty"] = "RSA",
                        ["use"] = "sig",
                        ["kid"] = KeyId,
                        ["n"] = Base64UrlEncoder.Encode(published.Modulus),
                        ["e"] = Base64UrlEncoder.Encode(published.Exponent),
                        ["endorsements"] = Endorsements,
                    },
                },
            });
        });

        await app.StartAsync();
        var address = app.Urls.Single(); // the port Kestrel chose
        standIn.BaseUrl = address.TrimEnd('/') + "/";
        standIn.MetadataUrl = standIn.BaseUrl + "v1/.well-known/openidconfiguration";
        return standIn;
    }

    private string BaseUrl { get; set; } = "";

    /// <summary>
    /// Lets the Bot Framework SDK in this process fetch this stand-in's metadata and keys over TLS, trusting exactly its
    /// certificate and nothing more.
    /// </summary>
    /// <remarks>
    /// The SDK does not fetch the keys through the app's <see cref="IHttpClientFactory"/>: its channel validation passes
    /// a static <c>new HttpClient()</c> of its own to <see cref="JwtTokenExtractor"/>, which keeps one metadata manager
    /// per metadata address for the life of the process, made with the client of whichever extractor came first for that
    /// address. So an extractor made here first, for this stand-in's address only, with a client that accepts this one
    /// certificate, is the one the app's validation then uses. Every other address (the real login service among them)
    /// keeps the SDK's own client and the machine's normal certificate checks, and nothing in src/ changes.
    /// </remarks>
    public void TrustFromTheSdk()
    {
        _ = new JwtTokenExtractor(CreateTrustingClient(), new TokenValidationParameters(), MetadataUrl, AuthenticationConstants.AllowedSigningAlgorithms);
    }

    /// <summary>An HTTP client that accepts this stand-in's certificate (compared by its SHA-256 hash) and no other.</summary>
    public HttpClient CreateTrustingClient()
    {
        var expected = SharedCertificate.GetCertHashString(HashAlgorithmName.SHA256);
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && certificate.GetCertHashString(HashAlgorithmName.SHA256) == expected;
        return new HttpClient(handler);
    }

    /// <summary>
    /// A token as a channel sends it to a bot: issued by <paramref name="issuer"/> for <paramref name="audience"/> (the
    /// bot's app id), for replies to <paramref name="serviceUrl"/>, valid from <paramref name="validFrom"/> (now unless
    /// given) for <paramref name="lifetime"/> (an hour unless given), signed with the published key, or with
    /// <paramref name="signingKey"/> under <paramref name="keyId"/> when a test forges one.
    /// </summary>
    public string CreateToken(
        string audience,
        string? serviceUrl,
        string issuer = ChannelIssuer,
        DateTimeOffset? validFrom = null,
        TimeSpan? lifetime = null,
        RSA? signingKey = null,
        string keyId = KeyId)
    {
        var notBefore = (validFrom ?? DateTimeOffset.UtcNow).UtcDateTime;
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = notBefore + (lifetime ?? TimeSpan.FromHours(1)),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signingKey ?? SharedSigningKey) { KeyId = keyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // A TLS server certificate for 127.0.0.1, valid for a day (longer than any test run), signed by its own key.
    private static X509Certificate2 CreateSelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new System.Security.Cryptography.Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
    }
}
