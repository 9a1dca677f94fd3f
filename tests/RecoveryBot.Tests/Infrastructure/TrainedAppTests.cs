using RecoveryBot.Safety;
using RecoveryBot.Tests.Conversation;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>
/// A test class with its own app and database on Wednesday 25 November 2026 (<see cref="Walks.Wednesday"/>), whose tests
/// start once the crisis classifier is trained: safety replies are part of what they assert, so the same messages get
/// the same replies however fast the machine is.
/// </summary>
public abstract class TrainedAppTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _folder = new();

    /// <summary>Creates the app.</summary>
    protected TrainedAppTests() => App = new TestApp(_folder.File("bot.db"), new FakeTimeProvider(Walks.Wednesday));

    /// <summary>The app under test.</summary>
    protected TestApp App { get; }

    /// <inheritdoc/>
    public async Task InitializeAsync() => Assert.NotNull((await App.Get<CrisisSecondOpinion>().EnsureTrainedAsync()).Classifier);

    /// <inheritdoc/>
    public Task DisposeAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public void Dispose()
    {
        App.Dispose();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
