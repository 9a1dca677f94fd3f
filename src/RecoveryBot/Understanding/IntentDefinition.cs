namespace RecoveryBot.Understanding;

/// <summary>One intent as written in <c>dialogs/intents/*.yaml</c>.</summary>
/// <param name="Id">A command id (<see cref="IntentIds"/>), an exercise id, or a kind of talk.</param>
/// <param name="Description">What the person wants, for people editing the file.</param>
/// <param name="Phrases">Whole messages that mean this intent exactly; matched before the classifier.</param>
/// <param name="Examples">Messages the classifier learns this intent from.</param>
/// <param name="NotEveryday">
/// Those of <paramref name="Examples"/> the crisis model does not learn as everyday talk (an entry marked
/// <c>crisisModelLearns: false</c>): stories of a slip sit close to danger, and lines of slips and of loneliness, learned
/// as everyday, were measured to cost it recall. The 30 first examples of After a slip are still learned, as the crisis
/// model was measured with them.
/// </param>
public sealed record IntentDefinition(string Id, string Description, IReadOnlyList<string> Phrases, IReadOnlyList<string> Examples, IReadOnlyList<string>? NotEveryday = null);
