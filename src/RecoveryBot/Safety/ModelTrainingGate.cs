namespace RecoveryBot.Safety;

/// <summary>
/// One ML.NET training at a time in the process. The crisis and intent models train in the background at start-up;
/// running them one after the other costs a few seconds on 2 cores and rules out any interference between trainings,
/// which the crisis model, a safety net, must never suffer.
/// </summary>
internal static class ModelTrainingGate
{
    private static readonly object Gate = new();

    /// <summary>Runs <paramref name="train"/> while no other model trains.</summary>
    public static T Run<T>(Func<T> train)
    {
        lock (Gate)
        {
            return train();
        }
    }
}
