namespace RecoveryBot.Safety;

/// <summary>
/// Messages people are known to send this bot in ordinary talk (the intent examples: commands, exercise requests,
/// questions, answers). The crisis model learns them as not a crisis beside its data files
/// (<see cref="CrisisData.WithEverydayMessages"/>), so asking for one's journal or for help being kinder to oneself is not
/// met with a crisis line. Registered by the part of the app that owns them; <see cref="SafetyServiceCollectionExtensions"/>
/// requires it.
/// </summary>
public sealed record EverydayMessages
{
    /// <summary>Creates the list.</summary>
    /// <param name="lines">The messages.</param>
    public EverydayMessages(IReadOnlyList<string> lines)
    {
        Lines = lines ?? throw new ArgumentNullException(nameof(lines));
    }

    /// <summary>The messages.</summary>
    public IReadOnlyList<string> Lines { get; }
}
