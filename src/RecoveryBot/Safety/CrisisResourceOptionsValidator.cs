using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Safety;

/// <summary>
/// Refuses crisis resources that could fail someone at the worst moment: a resource without a name, without any way
/// to reach it (phone, SMS or URL), or with a malformed phone number or URL. Messages name the locale and the index.
/// </summary>
public sealed partial class CrisisResourceOptionsValidator : IValidateOptions<CrisisResourceOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, CrisisResourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string section = CrisisResourceOptions.SectionName;

        foreach (var (locale, resources) in options.Locales)
        {
            if (string.IsNullOrWhiteSpace(locale) || !LocalePattern().IsMatch(locale))
            {
                failures.Add($"{section}: locale '{locale}' is not a locale name like 'en-US'.");
            }

            if (resources is null || resources.Count == 0)
            {
                failures.Add($"{section}: locale '{locale}' has no resources.");
                continue;
            }

            if (resources.All(r => r?.Topic is not null))
            {
                failures.Add($"{section}: locale '{locale}' has only topic lines; it needs at least one general resource.");
            }

            for (int i = 0; i < resources.Count; i++)
            {
                var r = resources[i];
                string where = $"{section}: locale '{locale}', resource [{i}]";
                if (r is null)
                {
                    failures.Add($"{where} is empty.");
                    continue;
                }

                if (string.IsNullOrWhiteSpace(r.Name))
                {
                    failures.Add($"{where} has no Name.");
                }

                if (string.IsNullOrWhiteSpace(r.Phone) && string.IsNullOrWhiteSpace(r.Sms) && string.IsNullOrWhiteSpace(r.Url))
                {
                    failures.Add($"{where} ('{r.Name}') needs at least one of Phone, Sms or Url.");
                }

                if (!string.IsNullOrWhiteSpace(r.Phone) && !IsPhone(r.Phone))
                {
                    failures.Add($"{where} ('{r.Name}') has a malformed Phone '{r.Phone}'.");
                }

                if (!string.IsNullOrWhiteSpace(r.Sms) && !IsPhone(r.Sms))
                {
                    failures.Add($"{where} ('{r.Name}') has a malformed Sms number '{r.Sms}'.");
                }

                if (r.Topic is not null && r.Topic != CrisisResource.ViolenceAtHomeTopic)
                {
                    failures.Add($"{where} ('{r.Name}') has an unknown Topic '{r.Topic}' (known: '{CrisisResource.ViolenceAtHomeTopic}').");
                }

                if (!string.IsNullOrWhiteSpace(r.Url) && !IsHttpUrl(r.Url))
                {
                    failures.Add($"{where} ('{r.Name}') has a malformed Url '{r.Url}' (an absolute http or https address is needed).");
                }
            }
        }

        if (options.Locales.Count > 0 && !options.Locales.Keys.Any(k => string.Equals(k, options.FallbackLocale, StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add($"{section}: FallbackLocale '{options.FallbackLocale}' is not one of the configured locales.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Digits with optional separators and a leading +, three to fifteen digits in all (988 ... E.164).</summary>
    internal static bool IsPhone(string value)
    {
        if (!PhonePattern().IsMatch(value))
        {
            return false;
        }

        int digits = value.Count(char.IsAsciiDigit);
        return digits is >= 3 and <= 15;
    }

    internal static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host) && uri.Host.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex(@"^\+?[0-9](?:[0-9 .()\-]*[0-9])?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex LocalePattern();
}
