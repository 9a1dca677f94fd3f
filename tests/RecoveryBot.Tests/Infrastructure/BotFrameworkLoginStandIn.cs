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
/// Each stand-in serves under a path of its own (a new GUID). The SDK keeps what it fetched from a metadata address (the
/// client that trusts the certificate, and the keys) for the life of the process, and a later stand-in can be given the
/// port an earlier one used: at the same address it was refused by the client kept from before (a fresh-clone CI run
/// failed that way).
/// </remarks>
public sealed class BotFrameworkLoginStandIn : IAsyncDisposable
{
    /// <summary>The issuer of real channel tokens (the SDK's public-cloud value); the app is told to expect it.</summary>
    public const string ChannelIssuer = AuthenticationConstants.ToBotFromChannelTokenIssuer;

    /// <summary>The id of the published signing key.</summary>
    public const string KeyId = "stand-in-key-1";

    /// <summary>The channels the published key is endorsed for (a token signed with it is good for these only).</summary>
    public static readonly IReadOnlyList<string> Endorsements = ["msteams", "webchat", "directline"];

    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;
    private readonly RSA _signingKey;
    private int _keySetRequests;

    private BotFrameworkLoginStandIn(WebApplication app, X509Certificate2 certificate, RSA signingKey)
    {
        _app = app;
        _certificate = certificate;
        _signingKey = signingKey;
    }

    /// <summary>The address of the OpenID metadata document (for the app's <c>ToBotFromChannelOpenIdMetadataUrl</c>).</summary>
    public string MetadataUrl { get; private set; } = "";

    /// <summary>How many times the key set was fetched (by anyone): shows the app really read the keys from here.</summary>
    public int KeySetRequests => Volatile.Read(ref _keySetRequests);

    /// <summary>Starts the stand-in on a free port of 127.0.0.1.</summary>
    public static async Task<BotFrameworkLoginStandIn> StartAsync()
    {
        var certificate = CreateSelfSignedCertificate();
        var signingKey = RSA.Create(2048);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new BotFrameworkLoginStandIn(app, certificate, signingKey);
        var root = "/" + Guid.NewGuid().ToString("N");

        app.MapGet(root + "/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = ChannelIssuer,
            ["authorization_endpoint"] = standIn.BaseUrl + root[1..] + "/v1/authorize",
            ["jwks_uri"] = standIn.BaseUrl + root[1..] + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet(root + "/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref standIn._keySetRequests);
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
        standIn.MetadataUrl = standIn.BaseUrl + root[1..] + "/v1/.well-known/openidconfiguration";
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
        var expected = _certificate.GetCertHashString(HashAlgorithmName.SHA256);
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
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signingKey ?? _signingKey) { KeyId = keyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _certificate.Dispose();
        _signingKey.Dispose();
    }

    // A TLS server certificate for 127.0.0.1, valid for the length of a test run, signed by its own key.
    private static X509Certificate2 CreateSelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new System.Security.Cryptography.Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddHours(2));
    }
}
