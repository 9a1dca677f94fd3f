using System.Collections.Concurrent;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace RecoveryBot.Dialogs.Recognizers;

/// <summary>
/// Builds Microsoft.Recognizers.Text models once per culture and hands out the same instance afterwards
/// (building one takes hundreds of milliseconds). Thread-safe. Register one instance per app (e.g. a DI
/// singleton), pass it to the prompts, and call <see cref="WarmUpAsync"/> from a background service at start-up.
/// </summary>
public sealed class RecognizerCache
{
    private readonly ConcurrentDictionary<(string Kind, string Culture), Lazy<IModel>> _models = new();

    /// <summary>Gets the process-wide cache the prompts use unless given another (models are immutable and thread-safe).</summary>
    public static RecognizerCache Shared { get; } = new();

    /// <summary>Gets the number model for a culture ("three", "12", "a couple").</summary>
    /// <param name="culture">A Recognizers.Text culture code, e.g. en-us.</param>
    /// <returns>The model.</returns>
    public IModel GetNumberModel(string culture)
        => Get("number", culture, c => new NumberRecognizer(c).GetNumberModel(c));

    /// <summary>
    /// Gets the number-with-unit models a number prompt falls back to, in the order it tries them: currency ("$500"),
    /// age ("18 years old"), temperature ("32C") and dimension ("5km").
    /// </summary>
    /// <param name="culture">A Recognizers.Text culture code.</param>
    /// <returns>The four models.</returns>
    public IReadOnlyList<IModel> GetNumberWithUnitModels(string culture) =>
    [
        Get("currency", culture, c => new NumberWithUnitRecognizer(c).GetCurrencyModel(c)),
        Get("age", culture, c => new NumberWithUnitRecognizer(c).GetAgeModel(c)),
        Get("temperature", culture, c => new NumberWithUnitRecognizer(c).GetTemperatureModel(c)),
        Get("dimension", culture, c => new NumberWithUnitRecognizer(c).GetDimensionModel(c)),
    ];

    /// <summary>Gets the ordinal model for a culture ("second", "3rd").</summary>
    /// <param name="culture">A Recognizers.Text culture code.</param>
    /// <returns>The model.</returns>
    public IModel GetOrdinalModel(string culture)
        => Get("ordinal", culture, c => new NumberRecognizer(c).GetOrdinalModel(c));

    /// <summary>
    /// Gets the date-time model for a culture ("next Saturday", "in two weeks"). It keeps no results of its own: the
    /// library's results cache is keyed by the text and the reference time, which is "now" for every prompt, so it
    /// never hits and would only grow (to 20,000 entries per extractor) and be compacted.
    /// </summary>
    /// <param name="culture">A Recognizers.Text culture code.</param>
    /// <returns>The model.</returns>
    public DateTimeModel GetDateTimeModel(string culture)
        => (DateTimeModel)Get("datetime", culture, c => new DateTimeRecognizer(c, DateTimeOptions.NoProtoCache).GetDateTimeModel(c));

    /// <summary>Builds (and runs once) every model for the given cultures, off the calling thread.</summary>
    /// <param name="cultures">Culture codes, e.g. en-us.</param>
    /// <param name="cancellationToken">Stops between models.</param>
    /// <returns>A task that completes when all models are ready.</returns>
    public Task WarmUpAsync(IEnumerable<string> cultures, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cultures);
        var list = cultures.ToList();
        return Task.Run(
            () =>
            {
                foreach (var culture in list)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    GetNumberModel(culture).Parse("12");
                    cancellationToken.ThrowIfCancellationRequested();
                    GetOrdinalModel(culture).Parse("second");
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach (var model in GetNumberWithUnitModels(culture))
                    {
                        model.Parse("5km");
                    }

                    cancellationToken.ThrowIfCancellationRequested();

                    // The first parse compiles the regexes; do it here rather than in a user's turn.
                    GetDateTimeModel(culture).Parse("tomorrow", new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Unspecified));
                }
            },
            cancellationToken);
    }

    /// <summary>Gets a value indicating whether a model was already built (for tests and health checks).</summary>
    /// <param name="kind">"number", "ordinal" or "datetime".</param>
    /// <param name="culture">The culture code.</param>
    /// <returns>True when built.</returns>
    public bool IsBuilt(string kind, string culture)
        => _models.TryGetValue((kind, Normalize(culture)), out var lazy) && lazy.IsValueCreated;

    private static string Normalize(string culture)
        => Culture.MapToNearestLanguage(string.IsNullOrWhiteSpace(culture) ? Culture.English : culture);

    private IModel Get(string kind, string culture, Func<string, IModel> build)
    {
        var key = (kind, Normalize(culture));

        // Lazy with ExecutionAndPublication: concurrent first callers wait for one build instead of racing.
        var lazy = _models.GetOrAdd(key, k => new Lazy<IModel>(() => build(k.Culture), LazyThreadSafetyMode.ExecutionAndPublication));
        return lazy.Value;
    }
}
