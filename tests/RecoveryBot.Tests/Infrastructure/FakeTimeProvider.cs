namespace RecoveryBot.Tests.Infrastructure;

/// <summary>
/// The test clock from Microsoft.Extensions.TimeProvider.Testing: the time of day moves only when the test moves it.
/// Timers and timestamps keep real time here, because the app runs under this clock in end-to-end tests, and its
/// hosted services, send timeouts and leases must not wait for a test to advance the clock.
/// </summary>
public sealed class FakeTimeProvider(DateTimeOffset start) : Microsoft.Extensions.Time.Testing.FakeTimeProvider(start)
{
    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, dueTime, period);

    /// <inheritdoc/>
    public override long GetTimestamp() => System.GetTimestamp();

    /// <inheritdoc/>
    public override long TimestampFrequency => System.TimestampFrequency;

    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}
