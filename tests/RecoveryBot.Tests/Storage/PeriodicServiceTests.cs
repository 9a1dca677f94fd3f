using Microsoft.Extensions.Logging;
using RecoveryBot.Storage;
using RecoveryBot.Tests.Infrastructure;
using Clock = Microsoft.Extensions.Time.Testing.FakeTimeProvider;

namespace RecoveryBot.Tests.Storage;

/// <summary>The loop behind the check-in sender and the retention sweep.</summary>
public sealed class PeriodicServiceTests
{
    [Fact]
    public async Task A_failed_round_is_logged_by_its_type_only_and_the_next_round_runs()
    {
        var clock = new Clock(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        using var logs = new CapturingLoggerProvider();
        using var service = new Rounds(clock, logs.CreateLogger("rounds"))
        {
            // The first round times out inside (its own cancellation, not a stop); the second throws.
            Fail = n => n switch
            {
                1 => new OperationCanceledException("dana said something private"),
                2 => new InvalidOperationException("dana said something private"),
                _ => null,
            },
        };

        await service.StartAsync(CancellationToken.None);
        await service.WaitForRoundAsync(1);
        clock.Advance(TimeSpan.FromMinutes(1));
        await service.WaitForRoundAsync(2);
        clock.Advance(TimeSpan.FromMinutes(1));
        await service.WaitForRoundAsync(3);
        await service.StopAsync(CancellationToken.None);

        Assert.Contains(logs.Lines, l => l.Contains("Test round failed: System.OperationCanceledException", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("Test round failed: System.InvalidOperationException", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("dana", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stopping_the_app_ends_the_loop_without_a_failure()
    {
        var clock = new Clock(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        using var logs = new CapturingLoggerProvider();
        using var service = new Rounds(clock, logs.CreateLogger("rounds"));
        await service.StartAsync(CancellationToken.None);
        await service.WaitForRoundAsync(1);
        await service.StopAsync(CancellationToken.None);

        Assert.True(service.ExecuteTask!.IsCompletedSuccessfully || service.ExecuteTask.IsCanceled);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("failed", StringComparison.Ordinal));
    }

    private sealed class Rounds(TimeProvider clock, ILogger logger) : PeriodicService(clock, logger)
    {
        private readonly SemaphoreSlim _ran = new(0);
        private int _count;

        public Func<int, Exception?> Fail { get; init; } = _ => null;

        protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

        protected override string RoundName => "Test round";

        public async Task WaitForRoundAsync(int round)
        {
            while (Volatile.Read(ref _count) < round)
            {
                Assert.True(await _ran.WaitAsync(TimeSpan.FromSeconds(10)), $"round {round} did not run");
            }
        }

        protected override Task RunRoundAsync(CancellationToken cancellationToken)
        {
            var round = Interlocked.Increment(ref _count);
            _ran.Release();
            return Fail(round) is { } failure ? Task.FromException(failure) : Task.CompletedTask;
        }
    }
}
