using Microsoft.Extensions.Options;
using RecoveryBot.Safety;

namespace RecoveryBot.Tests.Safety;

public sealed class CrisisResourceTests
{
    private const string UsCrisisReply =
        "Thank you for telling me. It took courage to say that, and you deserve support right now.\n" +
        "You don't have to carry this alone. You can reach someone right now:\n" +
        "- 988 Suicide & Crisis Lifeline: call or text 988. Free, confidential, 24/7. https://988lifeline.org\n" +
        "- SAMHSA National Helpline: call 1-800-662-4357. Free, confidential, 24/7 treatment referral and information.\n" +
        "- Emergency: call 911 or your local emergency number if you are in danger now.\n" +
        "Your exercise is saved. You can come back to it whenever you're ready.";

    private const string UsMedicalReply =
        "This sounds like it could be an emergency. Please get help right now:\n" +
        "- Emergency: call 911 or your local emergency number if you are in danger now.\n" +
        "- 988 Suicide & Crisis Lifeline: call or text 988. Free, confidential, 24/7. https://988lifeline.org\n" +
        "- SAMHSA National Helpline: call 1-800-662-4357. Free, confidential, 24/7 treatment referral and information.\n" +
        "Your exercise is saved. You can come back to it whenever you're ready.";

    private const string UsConcernReply =
        "Thank you for telling me how you're feeling. Low moments are real, and it's okay to say so.\n" +
        "If it ever gets heavier, help is there any time: 988 Suicide & Crisis Lifeline, call or text 988.\n" +
        "Would you like to keep going, or take a pause? Your exercise is saved.";

    private static CrisisResponseComposer Composer(CrisisResourceOptions? options = null) =>
        new(Options.Create(options ?? new CrisisResourceOptions()));

    private static CrisisAssessment Crisis(CrisisCategory category) => new(CrisisLevel.Crisis, category, false, "SU01");

    [Fact]
    public void Us_defaults_are_exactly_988_samhsa_the_domestic_violence_hotline_and_911()
    {
        var us = new CrisisResourceOptions().ResolveFor("en-US");
        Assert.Equal(4, us.Count);

        Assert.Equal("988 Suicide & Crisis Lifeline", us[0].Name);
        Assert.Equal("988", us[0].Phone);
        Assert.Equal("988", us[0].Sms);
        Assert.Equal("https://988lifeline.org", us[0].Url);
        Assert.False(us[0].IsEmergency);

        Assert.Equal("SAMHSA National Helpline", us[1].Name);
        Assert.Equal("1-800-662-4357", us[1].Phone);
        Assert.Null(us[1].Sms);
        Assert.Equal("call 1-800-662-4357. Free, confidential, 24/7 treatment referral and information.", us[1].Description);

        Assert.Equal("National Domestic Violence Hotline", us[2].Name);
        Assert.Equal("1-800-799-7233", us[2].Phone);
        Assert.Equal("88788", us[2].Sms);
        Assert.Equal("https://www.thehotline.org", us[2].Url);
        Assert.Equal("call 1-800-799-7233 or text START to 88788. Free, confidential, 24/7.", us[2].Description);
        Assert.Equal(CrisisResource.ViolenceAtHomeTopic, us[2].Topic);

        Assert.Equal("911", us[3].Phone);
        Assert.True(us[3].IsEmergency);
        Assert.Equal("call 911 or your local emergency number if you are in danger now.", us[3].Description);
    }

    [Fact]
    public void Uk_defaults_are_samaritans_the_national_domestic_abuse_helpline_and_999()
    {
        var uk = new CrisisResourceOptions().ResolveFor("en-GB");
        Assert.Equal(["Samaritans", "National Domestic Abuse Helpline", "Emergency"], uk.Select(r => r.Name));
        Assert.Equal("116 123", uk[0].Phone);
        Assert.Equal("0808 2000 247", uk[1].Phone);
        Assert.Equal(CrisisResource.ViolenceAtHomeTopic, uk[1].Topic);
        Assert.Equal("999", uk[2].Phone);
        Assert.True(uk[2].IsEmergency);
    }

    private const string UsViolenceReply =
        "Thank you for telling me. You deserve to be safe, and this is not your fault.\n" +
        "If you are in danger right now, call 911 first.\n" +
        "You can reach someone right now:\n" +
        "- National Domestic Violence Hotline: call 1-800-799-7233 or text START to 88788. Free, confidential, 24/7. https://www.thehotline.org\n" +
        "- Emergency: call 911 or your local emergency number if you are in danger now.\n" +
        "- 988 Suicide & Crisis Lifeline: call or text 988. Free, confidential, 24/7. https://988lifeline.org\n" +
        "- SAMHSA National Helpline: call 1-800-662-4357. Free, confidential, 24/7 treatment referral and information.\n" +
        "Your exercise is saved. You can come back to it whenever you're ready.";

    [Fact]
    public void The_reply_to_violence_at_home_names_the_domestic_violence_line_first()
    {
        Assert.Equal(UsViolenceReply, Composer().Compose(Crisis(CrisisCategory.ViolenceAtHome), "en-US", inExercise: true));
        var uk = Composer().Compose(Crisis(CrisisCategory.ViolenceAtHome), "en-GB", inExercise: true)!;
        Assert.StartsWith("- National Domestic Abuse Helpline: call 0808 2000 247.", uk.Split('\n')[3], StringComparison.Ordinal);
        Assert.StartsWith("- National Domestic Violence Hotline:", Composer().ComposeSafetyAtHome("en-US").Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_domestic_violence_line_is_kept_out_of_every_other_reply()
    {
        var composer = Composer();
        var others = new[]
        {
            composer.Compose(Crisis(CrisisCategory.SuicidalThoughts), "en-US", inExercise: true)!,
            composer.Compose(Crisis(CrisisCategory.Overdose), "en-US", inExercise: true)!,
            composer.Compose(new CrisisAssessment(CrisisLevel.Concern, CrisisCategory.SuicidalThoughts, false, "CN01"), "en-US", inExercise: true)!,
            composer.ComposeHelpNow("en-US"),
            composer.ComposeGentleCheck("en-GB"),
            composer.ComposeWelcomeLine("en-GB"),
        };
        Assert.All(others, text => Assert.DoesNotContain("Domestic", text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_locale_with_only_topic_lines_or_an_unknown_topic_is_refused()
    {
        var onlyTopic = new CrisisResourceOptions { Locales = new(StringComparer.OrdinalIgnoreCase) { ["en-US"] = [new CrisisResource { Name = "Line", Phone = "123", Topic = CrisisResource.ViolenceAtHomeTopic }] } };
        var unknown = new CrisisResourceOptions { Locales = new(StringComparer.OrdinalIgnoreCase) { ["en-US"] = [new CrisisResource { Name = "Line", Phone = "123", Topic = "gambling" }] } };
        Assert.Contains("only topic lines", new CrisisResourceOptionsValidator().Validate(null, onlyTopic).FailureMessage, StringComparison.Ordinal);
        Assert.Contains("unknown Topic", new CrisisResourceOptionsValidator().Validate(null, unknown).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Built_in_defaults_pass_the_validator()
    {
        var options = new CrisisResourceOptions { Locales = CrisisResourceOptions.CreateDefaults() };
        var result = new CrisisResourceOptionsValidator().Validate(null, options);
        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.True(new CrisisResourceOptionsValidator().Validate(null, new CrisisResourceOptions()).Succeeded);
    }

    [Fact]
    public void Crisis_reply_for_suicidal_thoughts_is_pinned()
    {
        Assert.Equal(UsCrisisReply, Composer().Compose(Crisis(CrisisCategory.SuicidalThoughts), "en-US", inExercise: true));
        Assert.Equal(UsCrisisReply, Composer().Compose(Crisis(CrisisCategory.IndirectSignal), null, inExercise: true));
    }

    [Fact]
    public void Crisis_reply_for_a_medical_emergency_puts_emergency_services_first()
    {
        Assert.Equal(UsMedicalReply, Composer().Compose(Crisis(CrisisCategory.Overdose), "en-US", inExercise: true));
        Assert.Equal(UsMedicalReply, Composer().Compose(Crisis(CrisisCategory.MedicalEmergency), "en-us", inExercise: true));
    }

    [Fact]
    public void Violence_reply_is_kind_and_puts_emergency_first()
    {
        var reply = Composer().Compose(Crisis(CrisisCategory.ViolenceAtHome), "en-US", inExercise: true)!;
        Assert.StartsWith("Thank you for telling me. You deserve to be safe, and this is not your fault.\n", reply);
        Assert.Contains("\n- Emergency: call 911 or your local emergency number if you are in danger now.\n- 988", reply);
        Assert.EndsWith("Your exercise is saved. You can come back to it whenever you're ready.", reply);
    }

    [Fact]
    public void Concern_reply_is_gentle_and_pinned()
    {
        var concern = new CrisisAssessment(CrisisLevel.Concern, CrisisCategory.SelfHarm, false, "SH01");
        Assert.Equal(UsConcernReply, Composer().Compose(concern, "en-US", inExercise: true));
        Assert.DoesNotContain("911", UsConcernReply);
    }

    // Outside an exercise (the menu, an offer, a first message) there is no exercise to speak of: the crisis reply ends
    // with its resources, and the concern reply does not ask whether to keep going.
    [Fact]
    public void Outside_an_exercise_the_replies_say_nothing_of_an_exercise()
    {
        var crisis = Composer().Compose(Crisis(CrisisCategory.SuicidalThoughts), "en-US", inExercise: false);
        var concern = Composer().Compose(new CrisisAssessment(CrisisLevel.Concern, CrisisCategory.SuicidalThoughts, false, "CN01"), "en-US", inExercise: false);

        Assert.Equal(UsCrisisReply[..UsCrisisReply.LastIndexOf('\n')], crisis);
        Assert.Equal(UsConcernReply[..UsConcernReply.LastIndexOf('\n')] + "\nI'm here whenever you'd like to keep talking.", concern);
    }

    [Fact]
    public void No_reply_when_nothing_was_detected()
    {
        Assert.Null(Composer().Compose(CrisisAssessment.None, "en-US", inExercise: true));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-AU")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("not a locale")]
    public void Unconfigured_locales_fall_back_to_the_us_defaults(string? locale)
    {
        Assert.Equal(UsCrisisReply, Composer().Compose(Crisis(CrisisCategory.SuicidalThoughts), locale, inExercise: true));
    }

    [Fact]
    public void Configured_locales_replace_the_defaults_and_fallback_is_honoured()
    {
        var options = new CrisisResourceOptions
        {
            FallbackLocale = "es",
            Locales =
            {
                ["es"] = [new CrisisResource { Name = "Línea de ayuda", Phone = "+34 900 000 000", Description = "gratis" }],
            },
        };

        Assert.Equal("Línea de ayuda", options.ResolveFor("es-MX")[0].Name); // bare language
        Assert.Equal("Línea de ayuda", options.ResolveFor("en-GB")[0].Name); // configured fallback, not the built-ins
        var reply = Composer(options).Compose(Crisis(CrisisCategory.SelfHarm), "es-ES", inExercise: true)!;
        Assert.Contains("- Línea de ayuda: call +34 900 000 000. gratis\n", reply);
    }

    [Fact]
    public void Validator_accepts_good_resources()
    {
        var options = new CrisisResourceOptions
        {
            Locales =
            {
                ["en-US"] =
                [
                    new CrisisResource { Name = "Phone only", Phone = "+1 (555) 010-0000" },
                    new CrisisResource { Name = "Text only", Sms = "741741" },
                    new CrisisResource { Name = "Web only", Url = "https://example.org/help" },
                ],
            },
        };

        var result = new CrisisResourceOptionsValidator().Validate(null, options);
        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("", "988", null, null, "resource [1] has no Name")]
    [InlineData("No way to reach", null, null, null, "resource [1] ('No way to reach') needs at least one of Phone, Sms or Url")]
    [InlineData("Letters", "1-800-HELP-NOW", null, null, "resource [1] ('Letters') has a malformed Phone")]
    [InlineData("Too short", "12", null, null, "malformed Phone")]
    [InlineData("Bad sms", null, "text me", null, "malformed Sms")]
    [InlineData("Relative url", null, null, "/help", "malformed Url")]
    [InlineData("Not http", null, null, "ftp://example.org", "malformed Url")]
    [InlineData("No host", null, null, "https://", "malformed Url")]
    public void Validator_rejects_bad_resources_naming_locale_and_index(string name, string? phone, string? sms, string? url, string expected)
    {
        var options = new CrisisResourceOptions
        {
            Locales =
            {
                ["en-US"] =
                [
                    new CrisisResource { Name = "Fine", Phone = "988" },
                    new CrisisResource { Name = name, Phone = phone, Sms = sms, Url = url },
                ],
            },
        };

        var result = new CrisisResourceOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        Assert.Contains("locale 'en-US'", result.FailureMessage);
        Assert.Contains(expected, result.FailureMessage);
    }

    [Fact]
    public void Validator_rejects_an_empty_locale_and_a_missing_fallback()
    {
        var options = new CrisisResourceOptions
        {
            FallbackLocale = "en-US",
            Locales = { ["de-DE"] = [] },
        };

        var result = new CrisisResourceOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        Assert.Contains("locale 'de-DE' has no resources", result.FailureMessage);
        Assert.Contains("FallbackLocale 'en-US' is not one of the configured locales", result.FailureMessage);
    }
}
