using RecoveryBot.Storage;

namespace RecoveryBot.Tests.Storage;

/// <summary>One holder per key: the same key waits, another key does not, and a waiter that gives up leaves nothing stuck.</summary>
public sealed class KeyedLockTests
{
    private static readonly TimeSpan Enough = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_same_key_waits_for_its_holder_and_another_key_does_not()
    {
        var locks = new KeyedLock();
        var held = await locks.AcquireAsync("conversation-a", default);

        var same = locks.AcquireAsync("conversation-a", default);
        using (await locks.AcquireAsync("conversation-b", default).WaitAsync(Enough))
        {
            Assert.False(same.IsCompleted);
        }

        held.Dispose();
        (await same.WaitAsync(Enough)).Dispose();
    }

    [Fact]
    public async Task A_waiter_that_gives_up_leaves_the_key_free_for_the_next_one()
    {
        var locks = new KeyedLock();
        var held = await locks.AcquireAsync("k", default);
        using var giveUp = new CancellationTokenSource();
        var waiting = locks.AcquireAsync("k", giveUp.Token);

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();
        held.Dispose(); // a second dispose gives nothing back twice

        using var next = await locks.AcquireAsync("k", default).WaitAsync(Enough);
        var after = locks.AcquireAsync("k", default);
        Assert.False(after.IsCompleted); // still one holder at a time
        next.Dispose();
        (await after.WaitAsync(Enough)).Dispose();
    }

    [Fact]
    public async Task A_null_key_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => new KeyedLock().AcquireAsync(null!, default));
    }
}
