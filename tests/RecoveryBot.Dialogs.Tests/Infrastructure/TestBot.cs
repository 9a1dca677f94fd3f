using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace RecoveryBot.Dialogs.Tests.Infrastructure;

/// <summary>
/// One app instance talking in one conversation: its own ConversationState and runner over the given storage.
/// Make a second TestBot over the same storage to simulate a restart or a second app instance.
/// </summary>
public sealed class TestBot
{
    private readonly DialogRunner _runner;

    public TestBot(Dialog root, IStorage storage, DialogRunnerOptions? options = null, string channelId = "test", string conversationId = "convo1", string? conversationType = null, Action<Activity>? beforeTurn = null)
    {
        Storage = storage;
        ConversationKey = $"{channelId}/conversations/{conversationId}";
        ConversationState = new ConversationState(storage);
        Accessor = ConversationState.CreateProperty<DialogState>("DialogState");
        _runner = new DialogRunner(root, Accessor, options);
        var reference = new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "https://test.com",
            User = new ChannelAccount("user1", "User1"),
            Bot = new ChannelAccount("bot", "Bot"),
            Conversation = new ConversationAccount(conversationType: conversationType, id: conversationId),
            Locale = "en-us",
        };
        Adapter = new TestAdapter(reference);
        if (beforeTurn is not null)
        {
            Adapter.Use(new TweakMiddleware(beforeTurn));
        }

        Adapter.Use(new AutoSaveStateMiddleware(ConversationState));
    }

    public IStorage Storage { get; }

    public string ConversationKey { get; }

    public ConversationState ConversationState { get; }

    public IStatePropertyAccessor<DialogState> Accessor { get; }

    public TestAdapter Adapter { get; }

    public List<DialogTurnResult> Results { get; } = new();

    public DialogTurnResult LastResult => Results[^1];

    /// <summary>Reads the saved stack straight from storage (the raw JSON, as the next app instance would see it).</summary>
    public DialogState ReadStoredStack()
    {
        var raw = ((JsonRoundTripStorage)Storage).RawItems[ConversationKey];
        var json = Newtonsoft.Json.Linq.JObject.Parse(raw);
        return json["DialogState"]?.ToObject<DialogState>() ?? new DialogState();
    }

    public TestFlow Flow() => new(Adapter, async (ctx, ct) => Results.Add(await _runner.RunAsync(ctx, ct)));

    private sealed class TweakMiddleware(Action<Activity> tweak) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            tweak((Activity)turnContext.Activity);
            return next(cancellationToken);
        }
    }
}
