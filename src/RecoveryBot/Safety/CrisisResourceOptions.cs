namespace RecoveryBot.Safety;

/// <summary>One place a person in crisis can turn to: a helpline, a text line, emergency services.</summary>
public sealed class CrisisResource
{
    /// <summary>The name shown to the user, e.g. "988 Suicide &amp; Crisis Lifeline". Required.</summary>
    public string Name { get; set; } = "";

    /// <summary>A number to call (digits, spaces, dashes, dots, brackets, an optional leading +). Optional.</summary>
    public string? Phone { get; set; }

    /// <summary>A number or short code to text (SMS). Optional.</summary>
    public string? Sms { get; set; }

    /// <summary>An absolute http(s) address with more help or a chat. Optional.</summary>
    public string? Url { get; set; }

    /// <summary>One short, plain sentence shown after the name. If it already contains the phone or SMS number, the
    /// number is not repeated.</summary>
    public string Description { get; set; } = "";

    /// <summary>True for emergency services; listed first when someone may be in physical danger right now.</summary>
    public bool IsEmergency { get; set; }

    /// <summary>
    /// For a line that serves one situation only: <see cref="ViolenceAtHomeTopic"/> (a domestic violence helpline).
    /// Such a line is named first in the reply to violence at home and in the exercises' safety steps, and is left out
    /// of the general lists. Null for general lines.
    /// </summary>
    public string? Topic { get; set; }

    /// <summary>The <see cref="Topic"/> of domestic violence and abuse helplines.</summary>
    public const string ViolenceAtHomeTopic = "violence-at-home";
}

/// <summary>
/// Crisis resources per locale, bound from the configuration section <see cref="SectionName"/>. When no locale is
/// configured at all, the built-in defaults (<see cref="CreateDefaults"/>) are used. Configured locales replace the
/// defaults entirely (the defaults are not pre-filled into <see cref="Locales"/>, because the configuration binder
/// appends to existing lists instead of replacing them).
/// </summary>
public sealed class CrisisResourceOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Safety:CrisisResources";

    /// <summary>The locale used when the user's locale has no resources.</summary>
    public const string DefaultLocale = "en-US";

    /// <summary>Locale (e.g. "en-US") to resources, in the order they are shown. Keys are compared case-insensitively.</summary>
    public Dictionary<string, List<CrisisResource>> Locales { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The locale whose resources are shown when the user's locale is not configured. Defaults to "en-US".</summary>
    public string FallbackLocale { get; set; } = DefaultLocale;

    /// <summary>
    /// The resources for <paramref name="locale"/>: an exact match, else the bare language ("es" for "es-MX") if that
    /// is configured, else <see cref="FallbackLocale"/>, else the built-in US defaults. Never empty.
    /// </summary>
    /// <param name="locale">The user's locale, as sent by the channel; may be null.</param>
    public IReadOnlyList<CrisisResource> ResolveFor(string? locale)
    {
        var locales = Locales.Count > 0 ? Locales : CreateDefaults();
        if (!string.IsNullOrWhiteSpace(locale))
        {
            var key = locale.Trim().Replace('_', '-');
            if (TryGet(locales, key, out var exact))
            {
                return exact;
            }

            int dash = key.IndexOf('-');
            if (dash > 0 && TryGet(locales, key[..dash], out var language))
            {
                return language;
            }
        }

        if (TryGet(locales, FallbackLocale, out var fallback))
        {
            return fallback;
        }

        return CreateDefaults()[DefaultLocale];
    }

    /// <summary>
    /// The built-in resources: United States ("en-US": 988 Suicide &amp; Crisis Lifeline, SAMHSA National Helpline,
    /// the National Domestic Violence Hotline, 911) and United Kingdom ("en-GB": Samaritans, the National Domestic Abuse
    /// Helpline, 999). A fresh copy on each call.
    /// </summary>
    public static Dictionary<string, List<CrisisResource>> CreateDefaults() => new(StringComparer.OrdinalIgnoreCase)
    {
        [DefaultLocale] =
        [
            new CrisisResource
            {
                Name = "988 Suicide & Crisis Lifeline",
                Phone = "988",
                Sms = "988",
                Url = "https://988lifeline.org",
                Description = "call or text 988. Free, confidential, 24/7.",
            },
            new CrisisResource
            {
                Name = "SAMHSA National Helpline",
                Phone = "1-800-662-4357",
                Description = "call 1-800-662-4357. Free, confidential, 24/7 treatment referral and information.",
            },
            new CrisisResource
            {
                Name = "National Domestic Violence Hotline",
                Phone = "1-800-799-7233",
                Sms = "88788",
                Url = "https://www.thehotline.org",
                Description = "call 1-800-799-7233 or text START to 88788. Free, confidential, 24/7.",
                Topic = CrisisResource.ViolenceAtHomeTopic,
            },
            new CrisisResource
            {
                Name = "Emergency",
                Phone = "911",
                Description = "call 911 or your local emergency number if you are in danger now.",
                IsEmergency = true,
            },
        ],
        ["en-GB"] =
        [
            new CrisisResource
            {
                Name = "Samaritans",
                Phone = "116 123",
                Url = "https://www.samaritans.org",
                Description = "call 116 123. Free, any time, day or night.",
            },
            new CrisisResource
            {
                Name = "National Domestic Abuse Helpline",
                Phone = "0808 2000 247",
                Url = "https://www.nationaldahelpline.org.uk",
                Description = "call 0808 2000 247. Free and confidential, any time, day or night.",
                Topic = CrisisResource.ViolenceAtHomeTopic,
            },
            new CrisisResource
            {
                Name = "Emergency",
                Phone = "999",
                Description = "call 999 or your local emergency number if you are in danger now.",
                IsEmergency = true,
            },
        ],
    };

    private static bool TryGet(Dictionary<string, List<CrisisResource>> locales, string key, out List<CrisisResource> resources)
    {
        foreach (var (k, v) in locales)
        {
            if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase) && v is { Count: > 0 })
            {
                resources = v;
                return true;
            }
        }

        resources = [];
        return false;
    }
}
