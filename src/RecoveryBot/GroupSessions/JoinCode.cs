using System.Security.Cryptography;

namespace RecoveryBot.GroupSessions;

/// <summary>
/// Join codes: six characters from 31 that cannot be mistaken for each other when read aloud or copied (no 0/O, no
/// 1/I/L), with at least one digit and one letter so no ordinary word ("join meetup") reads as a code: about 739 million
/// codes. With failed joins rate-limited, guessing a live one is hopeless.
/// </summary>
public static class JoinCode
{
    /// <summary>The characters a code is made of.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>How long a code is.</summary>
    public const int Length = 6;

    /// <summary>A new random code.</summary>
    public static string New()
    {
        string code;
        do
        {
            code = RandomNumberGenerator.GetString(Alphabet, Length);
        }
        while (!HasDigitAndLetter(code));

        return code;
    }

    /// <summary>The code as typed ("k7p q2m", "K7P-Q2M"), upper-cased without spaces or dashes; false when it cannot be one.</summary>
    public static bool TryNormalize(string? typed, out string code)
    {
        code = new string((typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) && HasDigitAndLetter(code);
    }

    private static bool HasDigitAndLetter(string code) => code.Any(char.IsAsciiDigit) && code.Any(char.IsAsciiLetter);
}
