using Microsoft.Bot.Schema;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>A <see cref="BotClient"/> that keeps everything the bot said, in order, for assertions over a whole conversation.</summary>
public sealed class Chat(BotClient client)
{
    private readonly List<Activity> _all = [];

    public BotClient Client { get; } = client;

    /// <summary>Every reply so far.</summary>
    public IReadOnlyList<Activity> All => _all;

    /// <summary>The text of every reply so far.</summary>
    public IReadOnlyList<string> Transcript => _all.Texts();

    /// <summary>The replies to the last message.</summary>
    public IReadOnlyList<Activity> Last { get; private set; } = [];

    public async Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        Last = await Client.SayAsync(text);
        _all.AddRange(Last);
        return Last;
    }

    /// <summary>Says each line in turn; returns the replies to the last one.</summary>
    public async Task<IReadOnlyList<Activity>> SayAllAsync(params string[] lines)
    {
        foreach (var line in lines)
        {
            await SayAsync(line);
        }

        return Last;
    }

    public void AssertInOrder(params string[] fragments) => Replies.AssertInOrder(Transcript, fragments);
}
