using System.Text;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Safety;

/// <summary>
/// Writes the reply to a message the <see cref="CrisisDetector"/> flagged: short, warm and plain, with the crisis
/// resources for the user's locale, and a reminder that the exercise is kept. A separate, gentler reply answers a
/// <see cref="CrisisLevel.Concern"/>.
/// </summary>
public sealed class CrisisResponseComposer
{
    private readonly IOptions<CrisisResourceOptions> _options;

    /// <summary>Creates a composer over the configured resources.</summary>
    /// <param name="options">The crisis resources (validate them with <see cref="CrisisResourceOptionsValidator"/>).</param>
    public CrisisResponseComposer(IOptions<CrisisResourceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>
    /// The reply for <paramref name="assessment"/> in <paramref name="locale"/>: the crisis reply for
    /// <see cref="CrisisLevel.Crisis"/>, the gentle reply for <see cref="CrisisLevel.Concern"/>, null for None.
    /// </summary>
    /// <param name="assessment">What the detector decided.</param>
    /// <param name="locale">The user's locale (e.g. "en-US"); null or unknown falls back to the default locale.</param>
    /// <param name="inExercise">True when the message came in the middle of an exercise: the reply then says the exercise
    /// is saved (and, for Concern, asks whether to keep going); elsewhere there is no exercise to speak of.</param>
    public string? Compose(CrisisAssessment assessment, string? locale, bool inExercise)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var resources = _options.Value.ResolveFor(locale);
        return assessment.Level switch
        {
            CrisisLevel.Crisis => ComposeCrisis(assessment.Category, resources, inExercise),
            CrisisLevel.Concern => ComposeConcern(General(resources), inExercise),
            _ => null,
        };
    }

    /// <summary>
    /// The reply to a crisis said again right after the crisis reply: shorter and more direct than the first (the same
    /// block word for word reads as a wall), with the resources, one step that makes the next hours safer and a question
    /// that keeps the person talking. Dangers to the body (an overdose, an emergency, violence) get their own reply again,
    /// emergency services first.
    /// </summary>
    /// <param name="assessment">What the detector decided; must be a crisis.</param>
    /// <param name="locale">The user's locale; unknown locales get the fallback set.</param>
    /// <returns>The reply text.</returns>
    public string ComposeCrisisAgain(CrisisAssessment assessment, string? locale)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var resources = _options.Value.ResolveFor(locale);
        if (assessment.Category is CrisisCategory.Overdose or CrisisCategory.MedicalEmergency or CrisisCategory.ViolenceAtHome or CrisisCategory.HarmToOthers)
        {
            return ComposeCrisis(assessment.Category, resources, inExercise: false);
        }

        var general = General(resources);
        var sb = new StringBuilder("I'm still here with you, and I'm taking what you said seriously. Please reach out to someone now:\n");
        foreach (var r in general.Where(r => !r.IsEmergency).Concat(general.Where(r => r.IsEmergency)))
        {
            sb.Append("- ").Append(Line(r)).Append('\n');
        }

        sb.Append("If there's anything near you that you could use to hurt yourself, please put it somewhere else or give it to someone for now. ")
            .Append("Is there someone who could be with you?");
        return sb.ToString();
    }

    /// <summary>
    /// For someone who, after a crisis reply and the question how they are, says it is still hard or something the bot
    /// cannot place ("not good", "I don't know"): stay with them, the right line and the emergency number again, and for
    /// thoughts of suicide or self-harm one step that makes the next hours safer. Worded for what the crisis was:
    /// violence at home names its own line and emergency services first; a danger to the body, emergency services.
    /// </summary>
    /// <param name="category">What the crisis reply was about.</param>
    /// <param name="locale">The user's locale; unknown locales get the fallback set.</param>
    /// <returns>One short message.</returns>
    public string ComposeStayWithYou(CrisisCategory category, string? locale)
    {
        var (line, emergency) = FirstLineAndEmergency(category, locale);
        const string Tail = " I'm still here, and whenever you're ready, \"menu\" shows the exercises.";
        return category switch
        {
            CrisisCategory.ViolenceAtHome => "Thank you for telling me. "
                + (emergency.Length > 0 ? $"If you're in danger right now, {emergency} first. " : "")
                + $"You can also {line} any time.{Tail}",
            CrisisCategory.Overdose or CrisisCategory.MedicalEmergency or CrisisCategory.HarmToOthers => "Thank you for telling me. "
                + (emergency.Length > 0 ? $"If anyone is in danger right now, {emergency} now. " : "")
                + $"You can also {line} any time.{Tail}",
            _ => "Thank you for telling me. If it's still hard right now, you don't have to get through it on your own: you can "
                + line + " any time" + (emergency.Length > 0 ? $", and if you might act on these thoughts, {emergency} now" : "") + ". "
                + "If there's something near you that you could use to hurt yourself, putting it somewhere else for now can help." + Tail,
        };
    }

    /// <summary>For someone who says they are calling or texting a helpline or a person after a crisis reply.</summary>
    /// <param name="category">What the crisis reply was about: the line named is the one for it.</param>
    /// <param name="locale">The user's locale; unknown locales get the fallback set.</param>
    /// <returns>One short message.</returns>
    public string ComposeReachingOut(CrisisCategory category, string? locale)
    {
        var (line, _) = FirstLineAndEmergency(category, locale);
        return "I'm really glad you're reaching out. That's a strong step. Take all the time you need; I'll be here afterwards too. "
            + "In case it helps to have it here: " + line + ".";
    }

    // "call or text 988 (988 Suicide & Crisis Lifeline)" and "call 911 or your local emergency number", as the welcome says
    // them; for violence at home its own line first, as the crisis reply names it.
    private (string Line, string Emergency) FirstLineAndEmergency(CrisisCategory category, string? locale)
    {
        var all = _options.Value.ResolveFor(locale);
        var resources = General(all);
        var first = (category == CrisisCategory.ViolenceAtHome ? all.FirstOrDefault(r => r.Topic == CrisisResource.ViolenceAtHomeTopic) : null)
            ?? resources.FirstOrDefault(r => !r.IsEmergency) ?? resources[0];
        var contact = Contact(first);
        var line = contact.Length > 0 ? $"{contact} ({first.Name})" : $"contact {first.Name}{(string.IsNullOrWhiteSpace(first.Url) ? "" : " at " + first.Url)}";
        var emergency = resources.FirstOrDefault(r => r.IsEmergency) is { } e && Contact(e) is { Length: > 0 } now ? $"{now} or your local emergency number" : "";
        return (line, emergency);
    }

    /// <summary>The welcome's safety line for the user's locale: the first helpline and the emergency number.</summary>
    /// <param name="locale">The user's locale; unknown locales get the fallback set.</param>
    /// <returns>One sentence.</returns>
    public string ComposeWelcomeLine(string? locale)
    {
        var (line, emergency) = FirstLineAndEmergency(CrisisCategory.None, locale);
        return "I'm not a therapist or an emergency service. If you might hurt yourself or someone else, or you're in danger right now, please "
            + line + ", " + (emergency.Length > 0 ? emergency : "call your local emergency number") + ", or reach someone you trust.";
    }

    /// <summary>The gentle check-in for a message the classifier was unsure about: one line, one helpline.</summary>
    /// <param name="locale">The user's locale; unknown locales get the fallback set.</param>
    /// <returns>One short message.</returns>
    public string ComposeGentleCheck(string? locale) =>
        $"That sounds heavy, so I want to check in: if you're not safe right now, you can {FirstLineAndEmergency(CrisisCategory.None, locale).Line} any time. If I read too much into it, just carry on.";

    /// <summary>The resources on their own, for "help now", "crisis" or "emergency" typed at any time.</summary>
    /// <param name="locale">The user's locale; unknown locales get the fallback set.</param>
    /// <returns>The reply text.</returns>
    public string ComposeHelpNow(string? locale)
    {
        var resources = General(_options.Value.ResolveFor(locale));
        var sb = new StringBuilder("You can reach someone right now, any time of day:\n");
        foreach (var r in resources.Where(r => !r.IsEmergency).Concat(resources.Where(r => r.IsEmergency)))
        {
            sb.Append("- ").Append(Line(r)).Append('\n');
        }

        sb.Append("You don't have to go through this alone.");
        return sb.ToString();
    }

    /// <summary>
    /// For someone who may not be safe at home (an exercise's safety step): the domestic violence line first, then
    /// emergency services, with a kind word. Falls back to the general lines where no such line is configured.
    /// </summary>
    /// <param name="locale">The user's locale; unknown locales get the fallback set.</param>
    /// <returns>The reply text.</returns>
    public string ComposeSafetyAtHome(string? locale)
    {
        var resources = _options.Value.ResolveFor(locale);
        var sb = new StringBuilder("Your safety comes first, and it is never your fault when someone hurts or frightens you. Here is who you can reach:\n");
        foreach (var r in AtHomeOrder(resources))
        {
            sb.Append("- ").Append(Line(r)).Append('\n');
        }

        return sb.ToString().TrimEnd('\n');
    }

    // The resources without the lines kept for one situation.
    private static List<CrisisResource> General(IReadOnlyList<CrisisResource> resources) =>
        resources.Where(r => r.Topic is null).DefaultIfEmpty(resources[0]).ToList();

    // Violence at home: its own line first (named before anything else), then emergency services, then the rest.
    private static IEnumerable<CrisisResource> AtHomeOrder(IReadOnlyList<CrisisResource> resources)
    {
        var topic = resources.Where(r => r.Topic == CrisisResource.ViolenceAtHomeTopic).ToList();
        var general = resources.Where(r => r.Topic is null).ToList();
        return topic.Concat(general.Where(r => r.IsEmergency)).Concat(general.Where(r => !r.IsEmergency));
    }

    private static string ComposeCrisis(CrisisCategory category, IReadOnlyList<CrisisResource> resources, bool inExercise)
    {
        bool physicalDanger = category is CrisisCategory.Overdose or CrisisCategory.MedicalEmergency
            or CrisisCategory.ViolenceAtHome or CrisisCategory.HarmToOthers;

        var sb = new StringBuilder();
        switch (category)
        {
            case CrisisCategory.Overdose or CrisisCategory.MedicalEmergency:
                sb.Append("This sounds like it could be an emergency. Please get help right now:\n");
                break;
            case CrisisCategory.ViolenceAtHome:
                sb.Append("Thank you for telling me. You deserve to be safe, and this is not your fault.\n");
                // Strangulation or an attack under way cannot wait for a helpline: emergency services are named first.
                if (General(resources).FirstOrDefault(r => r.IsEmergency) is { } emergency && Contact(emergency) is { Length: > 0 } now)
                {
                    sb.Append("If you are in danger right now, ").Append(now).Append(" first.\n");
                }

                sb.Append("You can reach someone right now:\n");
                break;
            default:
                sb.Append("Thank you for telling me. It took courage to say that, and you deserve support right now.\n");
                sb.Append("You don't have to carry this alone. You can reach someone right now:\n");
                break;
        }

        // Violence at home: its own helpline is named first. In other physical danger, emergency services come first;
        // otherwise they close the list. Lines for one situation appear only in theirs.
        var general = General(resources);
        var ordered = category == CrisisCategory.ViolenceAtHome ? AtHomeOrder(resources)
            : physicalDanger
            ? general.Where(r => r.IsEmergency).Concat(general.Where(r => !r.IsEmergency))
            : general.Where(r => !r.IsEmergency).Concat(general.Where(r => r.IsEmergency));
        foreach (var r in ordered)
        {
            sb.Append("- ").Append(Line(r)).Append('\n');
        }

        if (inExercise)
        {
            sb.Append("Your exercise is saved. You can come back to it whenever you're ready.");
        }

        return sb.ToString().TrimEnd('\n');
    }

    private static string ComposeConcern(IReadOnlyList<CrisisResource> resources, bool inExercise)
    {
        var first = resources.FirstOrDefault(r => !r.IsEmergency) ?? resources[0];
        var contact = Contact(first);
        var reach = string.IsNullOrEmpty(contact) ? first.Name : $"{first.Name}, {contact}";
        return "Thank you for telling me how you're feeling. Low moments are real, and it's okay to say so.\n"
            + $"If it ever gets heavier, help is there any time: {reach}.\n"
            + (inExercise ? "Would you like to keep going, or take a pause? Your exercise is saved." : "I'm here whenever you'd like to keep talking.");
    }

    /// <summary>"Name: description" when the description already gives the number, else "Name: call X. description".</summary>
    private static string Line(CrisisResource r)
    {
        var description = r.Description.Trim();
        bool numberInDescription = (!string.IsNullOrWhiteSpace(r.Phone) && description.Contains(r.Phone, StringComparison.Ordinal))
            || (!string.IsNullOrWhiteSpace(r.Sms) && description.Contains(r.Sms, StringComparison.Ordinal));

        var sb = new StringBuilder(r.Name).Append(": ");
        if (numberInDescription)
        {
            sb.Append(description);
        }
        else
        {
            var contact = Contact(r);
            if (contact.Length > 0)
            {
                sb.Append(contact).Append('.');
                if (description.Length > 0)
                {
                    sb.Append(' ').Append(description);
                }
            }
            else
            {
                sb.Append(description);
            }
        }

        if (!string.IsNullOrWhiteSpace(r.Url) && !description.Contains(r.Url, StringComparison.Ordinal))
        {
            sb.Append(sb[^1] == ' ' ? "" : " ").Append(r.Url);
        }

        return sb.ToString().Trim();
    }

    private static string Contact(CrisisResource r)
    {
        bool phone = !string.IsNullOrWhiteSpace(r.Phone);
        bool sms = !string.IsNullOrWhiteSpace(r.Sms);
        if (phone && sms && r.Phone == r.Sms)
        {
            return $"call or text {r.Phone}";
        }

        if (phone && sms)
        {
            return $"call {r.Phone} or text {r.Sms}";
        }

        return phone ? $"call {r.Phone}" : sms ? $"text {r.Sms}" : "";
    }
}
