using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace RecoveryBot.Safety;

/// <summary>
/// The crisis detector's second opinion: a linear logistic-regression model over word uni- and bigrams and character
/// 3- to 5-grams of the <em>normalised</em> message (the same <see cref="CrisisTextNormalizer"/> the rules use), trained
/// on the labelled lines in <c>Safety/Data/</c> (crisis vs. not; concern counts as not). It catches new wordings of
/// the ideas in the data that no rule was written for. Linear, so every decision can be explained as the n-grams that
/// pushed it (<see cref="Explain"/>). Immutable once trained and thread-safe: predictions go through a small pool of
/// ML.NET prediction engines (one engine is not thread-safe).
/// </summary>
/// <remarks>Training is deterministic: a fixed seed, one thread, data in file order. See Safety/README.md.</remarks>
public sealed class CrisisClassifier
{
    /// <summary>
    /// The probability at or above which the model alone calls a message a crisis. Recall first: since the twenty-second
    /// round, when the model began to learn the bot's own everyday messages (<see cref="EverydayMessages"/>), it is the
    /// highest threshold (of 0.80 to 0.83) at which the development files not trained on keep at least the earlier
    /// model's recall on each count (explicit lines with the full response and with any reply, indirect lines with any
    /// reply); before that it was 0.82, the lowest at which those files' everyday lines got the full response no more
    /// often than before. See Safety/README.md.
    /// </summary>
    public const float Threshold = 0.80f;

    /// <summary>
    /// At or above this probability the model overrules the rules' <see cref="CrisisLevel.Concern"/> (a negated,
    /// disclaimed or past mention). Below it, Concern stands.
    /// </summary>
    public const float ConfidentThreshold = 0.95f;

    /// <summary>
    /// From here up to <see cref="Threshold"/> the model alone asks for a gentle check-in. Chosen with
    /// <see cref="Threshold"/> (twenty-second round, 0.60 before): once the model had learned the bot's everyday messages
    /// its probabilities for indirect danger fell too, and this is the highest value (of 0.45, 0.42, 0.41, 0.40, 0.38 and
    /// 0.36) at which the development files' indirect lines get a reply at least as often as before. A clear request drops the check-in
    /// (MessageInterpreter).
    /// </summary>
    public const float GentleThreshold = 0.41f;

    /// <summary>
    /// <see cref="GentleThreshold"/> for answers to reflection questions, where talk of harm and shame is the point of
    /// the question. A judgement, not a fitted value: an answer there is expected to be dark, so only a stronger lean of
    /// the model alone earns a check-in. The rules, and the model's confident verdict, are the same everywhere. It may not
    /// lie above <see cref="Threshold"/> (CrisisDetector.Combine reads them as bands).
    /// </summary>
    public const float GentleThresholdForAnswers = 0.80f;

    /// <summary>
    /// The model abstains (probability 0) on messages shorter than this many normalised words: on a short reply
    /// ("hi again", "i think so, yeah") a single word decides and the model's prior (two in five lines of the data are
    /// crises) shows, so short replies are left to the rules, which catch the short direct signals ("kms", "i want to
    /// die"). Three words were tried with the fifth round's data: a little more recall on terse plans, but "i think so,
    /// yeah" at a yes/no question got a check-in.
    /// </summary>
    public const int MinWords = 6;

    /// <summary>The L2 regularisation weight (cross-validated: 0.001 to 0.1 gave the same held-out AUC, about 0.89; 0.1 trains fastest).</summary>
    public const float L2Regularization = 0.1f;

    /// <summary>The seed of the ML.NET context: training gives the same model every time.</summary>
    public const int Seed = 20250101;

    private readonly ITransformer _model;
    private readonly ITransformer _featurizer;
    private readonly MLContext _ml;
    private readonly ConcurrentBag<PredictionEngine<ModelInput, ModelOutput>> _engines = [];
    private readonly float[] _weights;
    private readonly string[] _slotNames;

    private CrisisClassifier(MLContext ml, ITransformer featurizer, ITransformer model, float[] weights, float bias, string[] slotNames, int examples)
    {
        _ml = ml;
        _featurizer = featurizer;
        _model = model;
        _weights = weights;
        Bias = bias;
        _slotNames = slotNames;
        ExampleCount = examples;
    }

    /// <summary>How many labelled lines the model was trained on; for a shipped model loaded from its file, the data lines
    /// and everyday messages it was given (a few of which training leaves out).</summary>
    public int ExampleCount { get; }

    /// <summary>How many n-gram features the model knows.</summary>
    public int FeatureCount => _weights.Length;

    /// <summary>The model's bias (intercept), for explanations.</summary>
    public float Bias { get; }

    /// <summary>Trains a classifier on <paramref name="examples"/> (label crisis = positive). Deterministic.</summary>
    /// <exception cref="ArgumentException">The examples do not hold both crisis and non-crisis lines.</exception>
    public static CrisisClassifier Train(IEnumerable<CrisisExample> examples, float l2Regularization = L2Regularization)
    {
        var rows = examples.Select(e => ModelInput.Of(CrisisTextNormalizer.Normalize(e.Text, readDialect: false).Whole, e.IsCrisis)).ToList();
        if (!rows.Any(r => r.Label) || rows.All(r => r.Label))
        {
            throw new ArgumentException("Training needs both crisis and non-crisis lines.", nameof(examples));
        }

        var ml = new MLContext(seed: Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var featurizer = NgramFeaturizer.Create(ml, nameof(ModelInput.Text), longestCharGram: 5, nameof(ModelInput.Concepts)).Fit(data);
        // Featurised once and kept in memory: L-BFGS reads the data on every iteration, and featurising it anew each
        // time made training five to eight times slower (the same model either way).
        var features = ml.Data.Cache(featurizer.Transform(data));
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(ModelInput.Label),
            FeatureColumnName = "Features",
            L1Regularization = 0,
            L2Regularization = l2Regularization,
            NumberOfThreads = 1,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 1000,
        });
        var predictor = trainer.Fit(features);
        var linear = predictor.Model.SubModel;

        VBuffer<ReadOnlyMemory<char>> names = default;
        features.Schema["Features"].GetSlotNames(ref names);
        var slotNames = names.DenseValues().Select(n => ReadableNgram(n.ToString())).ToArray();
        var weights = linear.Weights.ToArray();
        return new CrisisClassifier(ml, featurizer, featurizer.Append(predictor), weights, linear.Bias, slotNames, rows.Count);
    }

    /// <summary>Writes the model to <paramref name="path"/> (an ML.NET model file), for <see cref="Load"/>.</summary>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _ml.Model.Save(_model, _ml.Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema, path);
    }

    /// <summary>Loads a model written by <see cref="Save"/>: the same predictions and explanations as the trained one.</summary>
    /// <param name="path">The model file.</param>
    /// <param name="examples">How many lines it was trained on (for the start-up log).</param>
    /// <exception cref="InvalidDataException">The file holds some other model.</exception>
    public static CrisisClassifier Load(string path, int examples)
    {
        var ml = new MLContext(seed: Seed);
        var model = ml.Model.Load(path, out _);
        if (model is not TransformerChain<ITransformer> chain
            || chain.LastTransformer is not ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> predictor
            || chain.Count() != 2)
        {
            throw new InvalidDataException("The file does not hold a crisis classifier.");
        }

        var featurizer = chain.First();
        var linear = predictor.Model.SubModel;
        VBuffer<ReadOnlyMemory<char>> names = default;
        featurizer.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema)["Features"].GetSlotNames(ref names);
        var slotNames = names.DenseValues().Select(n => ReadableNgram(n.ToString())).ToArray();
        return new CrisisClassifier(ml, featurizer, model, linear.Weights.ToArray(), linear.Bias, slotNames, examples);
    }

    /// <summary>The probability (0..1) that <paramref name="text"/> signals a crisis. Empty text is 0.</summary>
    public float Probability(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0f : ProbabilityOfNormalized(NormalizeForModel(text));

    /// <summary>The probability for a message the detector already normalised (its clauses joined, as in training; dialect
    /// read as English, which training leaves as written).</summary>
    internal float ProbabilityOf(NormalizedMessage message) => ProbabilityOfNormalized(message.Whole);

    /// <summary>
    /// The n-grams that pushed <paramref name="text"/> towards (positive) or away from (negative) a crisis, largest
    /// first: the feature value times its weight. For tests, the README and offline review only: the n-grams are pieces
    /// of the user's text, so they must never be logged.
    /// </summary>
    public IReadOnlyList<(string Ngram, float Contribution)> Explain(string text, int top = 10)
    {
        using var engine = _ml.Model.CreatePredictionEngine<ModelInput, FeaturesOutput>(_featurizer);
        var output = engine.Predict(ModelInput.Of(NormalizeForModel(text)));
        var result = new List<(string, float)>();
        foreach (var (index, value) in output.Features.Items())
        {
            if (value != 0 && _weights[index] != 0)
            {
                result.Add((_slotNames[index], value * _weights[index]));
            }
        }

        return result.OrderByDescending(c => Math.Abs(c.Item2)).Take(top).ToList();
    }

    /// <summary>The n-grams with the largest weights towards a crisis, for the README and reviews of the data.</summary>
    public IReadOnlyList<(string Ngram, float Weight)> StrongestCrisisNgrams(int top = 20) =>
        _weights.Select((w, i) => (_slotNames[i], w)).OrderByDescending(x => x.w).Take(top).ToList();

    private float ProbabilityOfNormalized(string normalized)
    {
        if (CountWords(normalized) < MinWords)
        {
            return 0f;
        }

        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(_model);
        }

        try
        {
            return engine.Predict(ModelInput.Of(normalized)).Probability;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private static int CountWords(string normalized)
    {
        int words = 0;
        foreach (var part in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words += part == "." ? 0 : 1;
        }

        return words;
    }

    private static string NormalizeForModel(string text) => CrisisTextNormalizer.Normalize(text).Whole;

    // Slot names look like "WordsN.want|to" or "CharsN.Char3.<␂>|i|..." depending on the transforms; keep them readable.
    private static string ReadableNgram(string slotName)
    {
        if (slotName.StartsWith("Concepts.", StringComparison.Ordinal))
        {
            return "idea:" + slotName["Concepts.".Length..];
        }

        bool isWord = slotName.StartsWith("WordsN", StringComparison.Ordinal);
        int dot = slotName.LastIndexOf('.');
        string gram = dot >= 0 && dot < slotName.Length - 1 ? slotName[(dot + 1)..] : slotName;
        if (isWord)
        {
            return "w:" + gram.Replace('|', ' ');
        }

        return "c:" + gram.Replace("|", "", StringComparison.Ordinal).Replace('\u0002', '^').Replace('\u0003', '$')
            .Replace("<␂>", "^", StringComparison.Ordinal).Replace("<␃>", "$", StringComparison.Ordinal).Replace("<␠>", "_", StringComparison.Ordinal);
    }

    private sealed class ModelInput
    {
        public string Text { get; set; } = "";

        public string Concepts { get; set; } = CrisisConcepts.NoneFound;

        public bool Label { get; set; }

        public static ModelInput Of(string normalized, bool label = false) =>
            new() { Text = normalized, Concepts = CrisisConcepts.Of(normalized), Label = label };
    }

    private sealed class ModelOutput
    {
        public float Probability { get; set; }
    }

    private sealed class FeaturesOutput
    {
        public VBuffer<float> Features { get; set; }
    }
}
