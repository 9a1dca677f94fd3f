using RecoveryBot.Dialogs.Choices;
using RecoveryBot.Dialogs.Prompts;

namespace RecoveryBot.Dialogs.Tests;

public class PromptCultureModelsTests
{
    private static readonly string[] Locales =
    {
        "bg-bg", "zh-cn", "nl-nl", "en-us", "fr-fr", "de-de", "hi-in", "it-it", "ja-jp", "ko-kr", "pt-br", "es-es", "sv-se", "tr-tr",
    };

    public static TheoryData<string, PromptCultureModel, string, string, string, string, string, string> Models() => new()
    {
        { "Bulgarian", PromptCultureModels.Bulgarian, "bg-bg", ", ", " или ", ", или ", "да", "Не" },
        { "Chinese", PromptCultureModels.Chinese, "zh-cn", "， ", " 要么 ", "， 要么 ", "是的", "不" },
        { "Dutch", PromptCultureModels.Dutch, "nl-nl", ", ", " of ", ", of ", "Ja", "Nee" },
        { "English", PromptCultureModels.English, "en-us", ", ", " or ", ", or ", "Yes", "No" },
        { "French", PromptCultureModels.French, "fr-fr", ", ", " ou ", ", ou ", "Oui", "Non" },
        { "German", PromptCultureModels.German, "de-de", ", ", " oder ", ", oder ", "Ja", "Nein" },
        { "Hindi", PromptCultureModels.Hindi, "hi-in", ", ", " या ", ", या ", "हां", "नहीं" },
        { "Italian", PromptCultureModels.Italian, "it-it", ", ", " o ", " o ", "Si", "No" },
        { "Japanese", PromptCultureModels.Japanese, "ja-jp", "、 ", " または ", "、 または ", "はい", "いいえ" },
        { "Korean", PromptCultureModels.Korean, "ko-kr", ", ", " 또는 ", " 또는 ", "예", "아니" },
        { "Portuguese", PromptCultureModels.Portuguese, "pt-br", ", ", " ou ", ", ou ", "Sim", "Não" },
        { "Spanish", PromptCultureModels.Spanish, "es-es", ", ", " o ", ", o ", "Sí", "No" },
        { "Swedish", PromptCultureModels.Swedish, "sv-se", ", ", " eller ", " eller ", "Ja", "Nej" },
        { "Turkish", PromptCultureModels.Turkish, "tr-tr", ", ", " veya ", " veya ", "Evet", "Hayır" },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void Each_model_has_the_sdk_values(string name, PromptCultureModel model, string locale, string separator, string inlineOr, string inlineOrMore, string yes, string no)
    {
        Assert.NotNull(name);
        Assert.Equal(locale, model.Locale);
        Assert.Equal(separator, model.Separator);
        Assert.Equal(inlineOr, model.InlineOr);
        Assert.Equal(inlineOrMore, model.InlineOrMore);
        Assert.Equal(yes, model.YesInLanguage);
        Assert.Equal(no, model.NoInLanguage);
    }

    [Fact]
    public void Supported_cultures_are_the_fourteen_in_alphabetical_order()
    {
        var cultures = PromptCultureModels.GetSupportedCultures();
        Assert.Equal(Locales, cultures.Select(c => c.Locale));
        Assert.Equal(Models().Select(row => ((PromptCultureModel)row[1]).Locale), cultures.Select(c => c.Locale));
    }

    [Fact]
    public void Every_access_returns_a_new_instance()
    {
        Assert.NotSame(PromptCultureModels.English, PromptCultureModels.English);
        Assert.NotSame(PromptCultureModels.GetSupportedCultures()[0], PromptCultureModels.GetSupportedCultures()[0]);

        var changed = PromptCultureModels.German;
        changed.YesInLanguage = "Jawohl";
        Assert.Equal("Ja", PromptCultureModels.German.YesInLanguage);
    }

    [Fact]
    public void A_new_model_is_empty()
    {
        var model = new PromptCultureModel();
        Assert.Null(model.Locale);
        Assert.Null(model.Separator);
        Assert.Null(model.InlineOr);
        Assert.Null(model.InlineOrMore);
        Assert.Null(model.YesInLanguage);
        Assert.Null(model.NoInLanguage);
    }

    [Theory]
    [InlineData("en-GB", "en-us")]
    [InlineData("EN", "en-us")]
    [InlineData("en", "en-us")]
    [InlineData("en-US", "en-us")]
    [InlineData("ES", "es-es")]
    [InlineData("es-MX", "es-es")]
    [InlineData("de-AT", "de-de")]
    [InlineData("DE", "de-de")]
    [InlineData("fr-CA", "fr-fr")]
    [InlineData("pt-PT", "pt-br")]
    [InlineData("zh-TW", "zh-cn")]
    [InlineData("not-supported", "not-supported")]
    [InlineData("Not-Supported", "not-supported")]
    [InlineData("custom-custom", "custom-custom")]
    [InlineData("e", "en-us")] // a plain prefix test, as in the SDK
    public void Map_to_nearest_language_gives_the_nearest_supported_culture_or_the_input_lowercased(string input, string expected)
        => Assert.Equal(expected, PromptCultureModels.MapToNearestLanguage(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Map_to_nearest_language_returns_empty_input_unchanged(string? input)
        => Assert.Equal(input, PromptCultureModels.MapToNearestLanguage(input));

    [Fact]
    public void Map_to_nearest_language_finds_every_supported_locale_in_any_case_or_by_language()
    {
        foreach (var locale in Locales)
        {
            var language = locale[..2];
            var region = locale[3..];
            foreach (var input in new[] { locale, locale.ToUpperInvariant(), $"{language}-{region.ToUpperInvariant()}", $"{language}-{char.ToUpperInvariant(region[0])}{region[1]}", language, language.ToUpperInvariant() })
            {
                Assert.Equal(locale, PromptCultureModels.MapToNearestLanguage(input));
            }
        }
    }

    [Theory]
    [InlineData("en-us", "Prompt. (1) Yes or (2) No")]
    [InlineData("es-es", "Prompt. (1) Sí o (2) No")]
    [InlineData("fr-fr", "Prompt. (1) Oui ou (2) Non")]
    [InlineData("de-de", "Prompt. (1) Ja oder (2) Nein")]
    [InlineData("nl-nl", "Prompt. (1) Ja of (2) Nee")]
    [InlineData("it-it", "Prompt. (1) Si o (2) No")]
    [InlineData("pt-br", "Prompt. (1) Sim ou (2) Não")]
    [InlineData("ja-jp", "Prompt. (1) はい または (2) いいえ")]
    [InlineData("zh-cn", "Prompt. (1) 是的 要么 (2) 不")]
    [InlineData("ko-kr", "Prompt. (1) 예 또는 (2) 아니")]
    [InlineData("sv-se", "Prompt. (1) Ja eller (2) Nej")]
    [InlineData("tr-tr", "Prompt. (1) Evet veya (2) Hayır")]
    [InlineData("bg-bg", "Prompt. (1) да или (2) Не")]
    [InlineData("hi-in", "Prompt. (1) हां या (2) नहीं")]
    public void Each_culture_renders_a_yes_no_choice_inline(string locale, string expected)
    {
        // As the SDK's confirm prompt builds its per-culture defaults.
        var model = PromptCultureModels.GetSupportedCultures().Single(c => c.Locale == locale);
        var options = new ChoiceFactoryOptions(model.Separator, model.InlineOr, model.InlineOrMore, true);
        var choices = new List<Choice> { new(model.YesInLanguage!), new(model.NoInLanguage!) };
        Assert.Equal(expected, ChoiceFactory.ForChannel("test", choices, "Prompt.", null, options).Text);
    }

    [Fact]
    public void Culture_separators_apply_to_three_choices()
    {
        var model = PromptCultureModels.Japanese;
        var options = new ChoiceFactoryOptions(model.Separator, model.InlineOr, model.InlineOrMore, true);
        var choices = new List<Choice> { new("a"), new("b"), new("c") };
        Assert.Equal("t (1) a、 (2) b、 または (3) c", ChoiceFactory.Inline(choices, "t", null, options).Text);
    }
}
