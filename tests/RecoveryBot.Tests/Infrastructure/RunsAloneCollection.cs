namespace RecoveryBot.Tests.Infrastructure;

/// <summary>Tests that measure the whole test process (its memory) run in this collection: after the parallel ones,
/// one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAloneCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "runs alone";
}
