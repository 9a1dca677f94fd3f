using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>What a token proves: who may act in which conversation, until when.</summary>
/// <param name="ConversationId">The one conversation the token is bound to.</param>
/// <param name="UserId">The user the token speaks for (starts with <c>dl_</c> when the server chose it).</param>
/// <param name="ExpiresAt">When the token stops working.</param>
public sealed record DirectLineTokenClaims(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

/// <summary>
/// Issues and checks conversation tokens and resume credentials. Both are protected with ASP.NET Core Data
/// Protection (authenticated encryption), so nothing is kept server-side; the two kinds use different purposes, so
/// one can never be used as the other.
/// </summary>
/// <remarks>
/// A token looks like a JWT (<c>header.payload.protected</c>) only so that Web Chat and DirectLineJS, which decode
/// the middle part to find a <c>user</c> claim, use the token's user id instead of making up their own. The server
/// trusts only the third, protected part.
/// </remarks>
public sealed class DirectLineTokenService
{
    private static readonly string Header = Base64UrlEncode("""{"typ":"JWT","alg":"none"}""");

    private readonly IDataProtector _tokens;
    private readonly IDataProtector _resume;
    private readonly TimeProvider _time;
    private readonly IOptions<DirectLineOptions> _options;

    /// <summary>Creates the service.</summary>
    public DirectLineTokenService(IDataProtectionProvider provider, TimeProvider time, IOptions<DirectLineOptions> options)
    {
        var root = provider.CreateProtector("RecoveryBot.DirectLine.v1");
        _tokens = root.CreateProtector("ConversationToken");
        _resume = root.CreateProtector("ResumeCredential");
        _time = time;
        _options = options;
    }

    /// <summary>The token lifetime in seconds, as <c>expires_in</c>.</summary>
    public int ExpiresInSeconds => (int)_options.Value.TokenLifetime.TotalSeconds;

    /// <summary>Issues a token for <paramref name="conversationId"/> and <paramref name="userId"/>.</summary>
    public string IssueToken(string conversationId, string userId)
    {
        var protectedPart = Protect(_tokens, conversationId, userId, _options.Value.TokenLifetime);
        var payload = Base64UrlEncode(JsonSerializer.Serialize(new Dictionary<string, string> { ["user"] = userId }));
        return $"{Header}.{payload}.{protectedPart}";
    }

    /// <summary>Issues a long-lived resume credential, accepted only by <c>tokens/generate</c>.</summary>
    public string IssueResumeCredential(string conversationId, string userId) =>
        Protect(_resume, conversationId, userId, _options.Value.ResumeLifetime);

    /// <summary>Checks a token; the error is 401 for something that is not our token, 403 TokenExpired when it ran out.</summary>
    public DirectLineTokenClaims? ReadToken(string token, out DirectLineError? error)
    {
        var parts = token.Split('.');
        return Unprotect(_tokens, parts.Length == 3 ? parts[2] : string.Empty, out error);
    }

    /// <summary>Checks a resume credential.</summary>
    public DirectLineTokenClaims? ReadResumeCredential(string credential, out DirectLineError? error) =>
        Unprotect(_resume, credential, out error);

    /// <summary>A new user id of the reserved form <c>dl_…</c>, which only tokens may carry.</summary>
    public static string NewUserId() => "dl_" + RandomId(16);

    /// <summary>A new conversation id (letters and digits only).</summary>
    public static string NewConversationId() => RandomId(24);

    private static string RandomId(int length) =>
        RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", length);

    private string Protect(IDataProtector protector, string conversationId, string userId, TimeSpan lifetime)
    {
        var expires = _time.GetUtcNow().Add(lifetime).ToUnixTimeMilliseconds();
        var json = JsonSerializer.Serialize(new TokenPayload(conversationId, userId, expires));
        return Base64UrlTextEncoder.Encode(protector.Protect(Encoding.UTF8.GetBytes(json)));
    }

    private DirectLineTokenClaims? Unprotect(IDataProtector protector, string value, out DirectLineError? error)
    {
        TokenPayload? payload;
        try
        {
            var bytes = protector.Unprotect(Base64UrlTextEncoder.Decode(value));
            payload = JsonSerializer.Deserialize<TokenPayload>(bytes);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException or ArgumentException)
        {
            payload = null;
        }

        if (payload is null || string.IsNullOrEmpty(payload.C) || string.IsNullOrEmpty(payload.U))
        {
            error = DirectLineError.Unauthorized("The token is not valid.");
            return null;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeMilliseconds(payload.E);
        if (_time.GetUtcNow() >= expiresAt)
        {
            error = DirectLineError.TokenExpired();
            return null;
        }

        error = null;
        return new DirectLineTokenClaims(payload.C, payload.U, expiresAt);
    }

    private static string Base64UrlEncode(string text) => Base64UrlTextEncoder.Encode(Encoding.UTF8.GetBytes(text));

    private sealed record TokenPayload(string C, string U, long E);
}
