using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>Who is calling: the holder of the Direct Line secret, or of a token bound to one conversation.</summary>
/// <param name="Token">The token's claims; null for the secret holder.</param>
public sealed record DirectLineCaller(DirectLineTokenClaims? Token)
{
    /// <summary>True for the secret holder, who may act in any conversation.</summary>
    public bool IsSecret => Token is null;

    /// <summary>Null when the caller may act in <paramref name="conversationId"/>, else the 403 to return.</summary>
    public DirectLineError? CheckConversation(string conversationId) =>
        IsSecret || string.Equals(Token!.ConversationId, conversationId, StringComparison.Ordinal)
            ? null
            : DirectLineError.Forbidden("The token is not valid for this conversation.");
}

/// <summary>Reads the caller's credential from <c>Authorization: Bearer</c> (or the stream's <c>t</c> parameter).</summary>
public sealed class DirectLineAuthenticator(DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
{
    /// <summary>Authenticates the request; returns null and sets <paramref name="error"/> (401/403) on failure.</summary>
    public DirectLineCaller? Authenticate(HttpRequest request, out DirectLineError? error, string? queryToken = null)
    {
        var credential = queryToken ?? ReadBearer(request);
        if (string.IsNullOrWhiteSpace(credential))
        {
            error = DirectLineError.Unauthorized("Send a token or secret as \"Authorization: Bearer <token>\".");
            return null;
        }

        if (IsSecret(credential))
        {
            if (queryToken is not null)
            {
                // A URL ends up in proxy logs and browser history: the secret never travels in one, only a token does.
                error = DirectLineError.Forbidden("The secret is not accepted in a URL: open the stream with the conversation's token.");
                return null;
            }

            error = null;
            return new DirectLineCaller(Token: null);
        }

        var claims = tokens.ReadToken(credential, out error);
        return claims is null ? null : new DirectLineCaller(claims);
    }

    /// <summary>True when <paramref name="credential"/> is the configured secret (compared in constant time).</summary>
    public bool IsSecret(string credential)
    {
        var secret = options.Value.Secret;
        return !string.IsNullOrEmpty(secret)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(credential));
    }

    /// <summary>The bearer credential of the request, or null.</summary>
    public static string? ReadBearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? header[prefix.Length..].Trim() : null;
    }
}
