using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.RateLimiting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using RecoveryBot.Conversation;
using RecoveryBot.Dialogs;
using RecoveryBot.Exercises;
using RecoveryBot.Privacy;
using RecoveryBot.Storage;
using RecoveryBot.Understanding;
using RecoveryBot.Wording;

namespace RecoveryBot.GroupSessions;

/// <summary>
/// Group sessions, as the people in them see it: a facilitator starts one for an exercise and moves it on; members
/// join with the code in their own chat, answer there in private, and may share an answer anonymously; everyone's
/// chat gets what the group does through <see cref="GroupOutbox"/>. Nothing here logs, shows or hints at who wrote what.
/// </summary>
public sealed partial class GroupSessionCoordinator : IPersonalDataStore, IRetentionSweep
{
    private static readonly HashSet<string> StartWords = Phrases("start group session", "start a group session", "new group session", "start group", "run a group session", "start a group", "group session");
    private static readonly HashSet<string> FullStartWords = Phrases("start group session", "start a group session", "new group session", "run a group session");
    private static readonly HashSet<string> LeaveWords = Phrases("leave", "leave session", "leave the session", "leave group", "leave the group", "leave group session", "leave the group session", "exit session", "quit session");
    private static readonly HashSet<string> NextWords = Phrases("next", "next step", "begin", "move on", "next question", "go on");
    private static readonly HashSet<string> PauseWords = Phrases("pause", "pause session", "pause the session", "pause group", "pause the group");
    private static readonly HashSet<string> ResumeWords = Phrases("resume", "resume session", "resume the session", "carry on", "continue");
    private static readonly HashSet<string> EndWords = Phrases("end session", "end the session", "end group session", "end the group session", "stop session", "close session", "end group");
    private static readonly HashSet<string> StatusWords = Phrases("status", "session status", "group status");
    private static readonly HashSet<string> ShowSharesWords = Phrases("show shares", "show the shares", "shares");
    private static readonly HashSet<string> ExportSharesWords = Phrases("export shares", "export the shares", "save shares");
    private static readonly HashSet<string> HelpWords = Phrases("help", "commands", "what can you do");
    private static readonly HashSet<string> CancelWords = Phrases("cancel", "never mind", "nevermind", "no", "stop");

    private readonly GroupSessionStore _sessions;
    private readonly ConversationState _conversationState;
    private readonly ExerciseCatalog _catalog;
    private readonly DialogRunner _dialogs;
    private readonly ExercisePause _pause;
    private readonly GroupOutbox _outbox;
    private readonly TimeProvider _timeProvider;
    private readonly GroupSessionOptions _options;
    private readonly string? _chatPageUrl;
    private readonly IStatePropertyAccessor<GroupPlace> _place;
    private readonly PartitionedRateLimiter<string> _failedJoins;

    /// <summary>Creates the coordinator.</summary>
    public GroupSessionCoordinator(
        GroupSessionStore sessions,
        ConversationState conversationState,
        ExerciseCatalog catalog,
        DialogRunner dialogs,
        ExercisePause pause,
        GroupOutbox outbox,
        TimeProvider timeProvider,
        IOptions<GroupSessionOptions> options,
        IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        _sessions = sessions;
        _conversationState = conversationState;
        _catalog = catalog;
        _dialogs = dialogs;
        _pause = pause;
        _outbox = outbox;
        _timeProvider = timeProvider;
        _options = options.Value;
        _chatPageUrl = configuration["GroupSessions:ChatPageUrl"];
        _place = conversationState.CreateProperty<GroupPlace>(nameof(GroupPlace));

        // Failed joins are limited per person and per code tried, so a code cannot be guessed in the time a session lasts.
        // No bucket is shared by everyone: a stranger's wrong codes must never stop a member with the right one.
        var o = _options;
        _failedJoins = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = key.StartsWith("user:", StringComparison.Ordinal) ? o.FailedJoinsPerUser : o.FailedJoinsPerCode,
            Window = o.FailedJoinWindow,
            QueueLimit = 0,
        }));
    }

    /// <summary>The user key a participant is known by: channel and user id.</summary>
    public static string UserKeyOf(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{activity.ChannelId}:{activity.From?.Id}";
    }

    /// <summary>A shared answer as a Markdown quote, so it reads as someone's words and not as the bot's.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join("\n", text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => "> " + line.Trim()));
    }

    /// <summary>Whether this conversation is a member's chat in a session (for the safety follow-up's wording).</summary>
    public async Task<bool> IsMemberAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var place = await _place.GetIfSetAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return place is { Facilitates: false, Code.Length: > 0 };
    }

    /// <summary>
    /// A message in a 1:1 chat, after the safety response and before the commands: starting, joining and leaving a
    /// session, a facilitator's commands, and a member's messages that are not answers. Says how the turn goes on.
    /// </summary>
    public async Task<InterruptionResult> HandleAsync(DialogContext dc, Interpretation meaning, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(meaning);
        var context = dc.Context;
        var key = TextKey.OfPhrase(meaning.Text);
        var place = await _place.GetIfSetAsync(context, cancellationToken).ConfigureAwait(false);

        if (place is { Code.Length: 0 })
        {
            return await ChooseExerciseAsync(context, place, meaning.Text, key, cancellationToken).ConfigureAwait(false)
                ? InterruptionResult.Handled
                : InterruptionResult.NotHandled;
        }

        // In the middle of an exercise, "group session" may be an answer; the full request is not.
        if (StartWords.Contains(key) && (!meaning.Pending.IsExerciseQuestion || FullStartWords.Contains(key)))
        {
            await AskForExerciseAsync(context, place, cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Handled;
        }

        // In the middle of an exercise, "join meetup" is an answer; a code has a digit and a letter.
        if (JoinCommand().Match(meaning.Text.Trim()) is { Success: true } join && (!meaning.Pending.IsExerciseQuestion || JoinCode.TryNormalize(join.Groups["code"].Value, out _)))
        {
            await JoinAsync(dc, place, join.Groups["code"].Value, cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Handled;
        }

        // "sorry im late, code is YCKEB2", "lou said to type join YCKEB2": a code said in a sentence about joining, away
        // from an exercise's question (a user trial: only "join YCKEB2" alone worked).
        if (!meaning.Pending.IsExerciseQuestion && CodeInSentence(meaning.Text) is { } spoken)
        {
            await JoinAsync(dc, place, spoken, cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Handled;
        }

        if (place is null && !meaning.Pending.IsExerciseQuestion && (LeaveWords.Contains(key) || IsFacilitatorWord(key)))
        {
            place = await RecoverPlaceAsync(context, cancellationToken).ConfigureAwait(false);
        }

        if (place is null)
        {
            // "leave the group" may answer a question of one's own; "leave session" is about a session only.
            if (LeaveWords.Contains(key) && key != "leave" && (!meaning.Pending.IsExerciseQuestion || key.Contains("session", StringComparison.Ordinal)))
            {
                await SayAsync(context, BotMessages.GroupNotInSession, cancellationToken).ConfigureAwait(false);
                return Resume(dc);
            }

            return InterruptionResult.NotHandled;
        }

        var session = await ReadOpenAsync(place.Code, cancellationToken).ConfigureAwait(false);
        if (session is null && place.Facilitates)
        {
            // The facilitator's session ended meanwhile (idle, or their data erased elsewhere): the message is an ordinary one.
            await _place.DeleteAsync(context, cancellationToken).ConfigureAwait(false);
            return InterruptionResult.NotHandled;
        }

        if (session is null)
        {
            // Ended while this chat was away (or idle): the person is told, and their own exercise comes back.
            await LeaveHereAsync(dc, place, BotMessages.GroupNoLongerRunning, cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Handled;
        }

        if (place.Facilitates)
        {
            return meaning.Pending.IsExerciseQuestion && IsAmbiguousWhileAnswering(key)
                || !await FacilitateAsync(context, session, key, cancellationToken).ConfigureAwait(false)
                ? InterruptionResult.NotHandled
                : InterruptionResult.Handled;
        }

        return await AsMemberAsync(dc, place, session, meaning, key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A message that @mentions the bot in a Teams group chat or channel: starting a session there and the
    /// facilitator's commands. False when it is none of these (the caller invites the person to a 1:1 chat).</summary>
    public async Task<bool> HandleThreadAsync(ITurnContext turnContext, Interpretation meaning, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(meaning);
        var key = TextKey.OfPhrase(meaning.Text);
        var place = await _place.GetIfSetAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (place is { Code.Length: 0 } && place.ChoosingFrom == turnContext.Activity.From?.Id)
        {
            if (await ChooseExerciseAsync(turnContext, place, meaning.Text, key, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        if (StartWords.Contains(key))
        {
            await AskForExerciseAsync(turnContext, null, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (JoinCommand().IsMatch(meaning.Text.Trim()))
        {
            await SayAsync(turnContext, BotMessages.GroupJoinInPrivate, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (!IsFacilitatorWord(key))
        {
            return false;
        }

        var participant = await _sessions.ReadParticipantAsync(UserKeyOf(turnContext.Activity), cancellationToken).ConfigureAwait(false);
        var session = participant is { Facilitates: true } ? await ReadOpenAsync(participant.Code, cancellationToken).ConfigureAwait(false) : null;
        if (session is null)
        {
            return false;
        }

        // Steps and shares go where the session is run, never to another chat or channel with other people in it.
        if (!session.InThread || ChatOf(session.Facilitator.Conversation?.Id) != ChatOf(turnContext.Activity.Conversation?.Id))
        {
            await SayAsync(turnContext, BotMessages.GroupRunElsewhere, cancellationToken).ConfigureAwait(false);
            return true;
        }

        return await FacilitateAsync(turnContext, session, key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A crisis message from a member: they are told the group waits and nothing was shared. Nothing reaches anyone else.</summary>
    public async Task OnCrisisAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await _place.GetIfSetAsync(turnContext, cancellationToken).ConfigureAwait(false) is { Facilitates: false, Code.Length: > 0 } place)
        {
            // The question in front of them stays there until they answer it, whatever the group does meanwhile.
            place.TakingTime = true;
            await SayAsync(turnContext, BotMessages.GroupWillWait, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    /// <remarks>"delete my data": a member leaves at once, and everything they shared goes from the session, shown or
    /// not; a facilitator's session ends for everyone.</remarks>
    public async Task EraseAsync(string channelId, string conversationId, string userId, CancellationToken cancellationToken)
    {
        var userKey = $"{channelId}:{userId}";
        if (await _sessions.ReadParticipantAsync(userKey, cancellationToken).ConfigureAwait(false) is not { } participant)
        {
            return;
        }

        if (participant.Facilitates)
        {
            if (await _sessions.ReadAsync(participant.Code, cancellationToken).ConfigureAwait(false) is { } running)
            {
                await EndAsync(running, BotMessages.GroupEnded, cancellationToken).ConfigureAwait(false);
            }

            await _sessions.DeleteParticipantAsync(userKey, cancellationToken).ConfigureAwait(false);
            return;
        }

        await RemoveMemberAsync(participant.Code, userKey, takeSharesBack: true, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var ended = 0;
        foreach (var code in await _sessions.ListOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await _sessions.ReadAsync(code, cancellationToken).ConfigureAwait(false) is null)
            {
                await _sessions.ForgetOpenAsync(code, cancellationToken).ConfigureAwait(false);
            }
            else if (await ReadOpenAsync(code, cancellationToken).ConfigureAwait(false) is null)
            {
                ended++;
            }
        }

        return ended;
    }

    private static HashSet<string> Phrases(params string[] phrases) => phrases.Select(TextKey.OfPhrase).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="key"/> (in <see cref="TextKey.OfPhrase"/> form) is a group session's own
    /// command that never answers a question: "next", "leave", "status", "end session", "show shares", "export shares",
    /// "join K7PQ2M".</summary>
    public static bool IsGroupCommand(string key) =>
        key is "next" or "next step" || LeaveWords.Contains(key) || StatusWords.Contains(key) || EndWords.Contains(key)
        || ShowSharesWords.Contains(key) || ExportSharesWords.Contains(key) || JoinCommand().IsMatch(key);

    private static bool IsFacilitatorWord(string key) =>
        NextWords.Contains(key) || PauseWords.Contains(key) || ResumeWords.Contains(key) || EndWords.Contains(key)
        || StatusWords.Contains(key) || ShowSharesWords.Contains(key) || ExportSharesWords.Contains(key) || HelpWords.Contains(key);

    // Words that are as likely an answer to one's own exercise ("pause", "continue", "help", "go on"): while a question of
    // their own waits, a facilitator's command must be said in full ("pause session").
    private static bool IsAmbiguousWhileAnswering(string key) =>
        !(key is "next" or "next step" or "status" || EndWords.Contains(key) || ShowSharesWords.Contains(key) || ExportSharesWords.Contains(key)
          || key.Contains("session", StringComparison.Ordinal) || key.Contains("group", StringComparison.Ordinal));

    // The one join code in a message that speaks of joining, a code, a session or a group; null when there is none, or
    // more than one.
    private static string? CodeInSentence(string text)
    {
        if (text.Length > 300 || !JoinTalk().IsMatch(text))
        {
            return null;
        }

        var codes = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim('.', ',', '!', '?', ':', ';', '"', '\'', '(', ')'))
            .Where(word => word.Length == JoinCode.Length && JoinCode.TryNormalize(word, out _))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return codes is [var only] ? only : null;
    }

    [GeneratedRegex(@"\b(join|joining|code|session|group)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinTalk();

    // "join K7PQ2M", "join session k7p-q2m", "join code K7P Q2M": six letters and digits, in two halves at most.
    [GeneratedRegex(@"^join\s+(?:(?:the\s+)?(?:group\s+)?session\s+)?(?:code\s+)?(?<code>[A-Za-z0-9]{3}[ \-]?[A-Za-z0-9]{3})[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinCommand();

    // A Teams channel's threads share the channel's id before ";messageid=": the same people read them all.
    private static string? ChatOf(string? conversationId) =>
        conversationId is null ? null : conversationId.Split(";messageid=", 2, StringSplitOptions.None)[0];

    private static InterruptionResult Resume(DialogContext dc) => dc.ActiveDialog is null ? InterruptionResult.Handled : InterruptionResult.Reprompt;

    private static Task SayAsync(ITurnContext context, string text, CancellationToken cancellationToken) =>
        context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    // The session, unless it has gone quiet for longer than the idle time: then it ends now, for everyone.
    private async Task<GroupSession?> ReadOpenAsync(string code, CancellationToken cancellationToken)
    {
        var session = await _sessions.ReadAsync(code, cancellationToken).ConfigureAwait(false);
        if (session is not null && _timeProvider.GetUtcNow() - session.LastActivityAt > _options.IdleTimeout)
        {
            await EndAsync(session, BotMessages.GroupEndedIdle, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return session;
    }

    // This chat's state went (a failed turn clears it, so does an uninstall) while its user is still in a session: the
    // per-user record brings it back, so "leave" and "end session" still work.
    private async Task<GroupPlace?> RecoverPlaceAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        if (await _sessions.ReadParticipantAsync(UserKeyOf(context.Activity), cancellationToken).ConfigureAwait(false) is not { } participant
            || await _sessions.ReadAsync(participant.Code, cancellationToken).ConfigureAwait(false) is not { } session
            || (participant.Facilitates ? session.InThread : session.MemberOf(UserKeyOf(context.Activity)) is null))
        {
            return null;
        }

        var place = new GroupPlace { Code = participant.Code, Facilitates = participant.Facilitates };
        await _place.SetAsync(context, place, cancellationToken).ConfigureAwait(false);
        return place;
    }

    private async Task AskForExerciseAsync(ITurnContext context, GroupPlace? place, CancellationToken cancellationToken)
    {
        var userKey = UserKeyOf(context.Activity);
        if (place is { Code.Length: > 0 } || await _sessions.ReadParticipantAsync(userKey, cancellationToken).ConfigureAwait(false) is { } existing
            && await ReadOpenAsync(existing.Code, cancellationToken).ConfigureAwait(false) is not null)
        {
            await SayAsync(context, place is { Facilitates: false } ? BotMessages.GroupInAnotherSession : BotMessages.GroupAlreadyFacilitating, cancellationToken).ConfigureAwait(false);
            return;
        }

        await _place.SetAsync(context, new GroupPlace { ChoosingFrom = context.Activity.From?.Id }, cancellationToken).ConfigureAwait(false);
        var titles = _catalog.Exercises.Select(e => e.Title).ToArray();
        var text = MainDialog.MenuText(_catalog, BotMessages.GroupWhichExercise);
        await context.SendActivityAsync(MessageFactory.SuggestedActions(titles, text, null, null), cancellationToken).ConfigureAwait(false);
    }

    // The answer to "which exercise?": one of them starts the session; anything else is asked once more, then dropped.
    private async Task<bool> ChooseExerciseAsync(ITurnContext context, GroupPlace place, string text, string key, CancellationToken cancellationToken)
    {
        var found = new Dialogs.Choices.ChoiceRecognizer().Recognize(text, MainDialog.MenuChoices(_catalog));
        if (found is null || _catalog.Find(found.Value) is not { } exercise)
        {
            if (CancelWords.Contains(key) || place.AskedAgain)
            {
                await _place.DeleteAsync(context, cancellationToken).ConfigureAwait(false);
                await SayAsync(context, BotMessages.GroupNotStarted, cancellationToken).ConfigureAwait(false);
                return true;
            }

            place.AskedAgain = true;
            await SayAsync(context, BotMessages.GroupWhichExerciseAgain, cancellationToken).ConfigureAwait(false);
            return true;
        }

        var now = _timeProvider.GetUtcNow();
        var activity = context.Activity;
        var session = new GroupSession
        {
            ExerciseId = exercise.Id,
            FacilitatorKey = UserKeyOf(activity),
            Facilitator = activity.GetConversationReference(),
            InThread = Channels.Teams.TeamsGroupConversation.Applies(activity),
            StartedAt = now,
            LastActivityAt = now,
        };
        var code = await _sessions.CreateAsync(session, cancellationToken).ConfigureAwait(false);
        await _sessions.WriteParticipantAsync(session.FacilitatorKey, new GroupParticipant { Code = code, Facilitates = true }, cancellationToken).ConfigureAwait(false);
        if (session.InThread)
        {
            await _place.DeleteAsync(context, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _place.SetAsync(context, new GroupPlace { Code = code, Facilitates = true }, cancellationToken).ConfigureAwait(false);
        }

        var howToJoin = string.IsNullOrWhiteSpace(_chatPageUrl)
            ? string.Format(CultureInfo.InvariantCulture, BotMessages.GroupHowToJoinFormat, code)
            : string.Format(CultureInfo.InvariantCulture, BotMessages.GroupHowToJoinWithLinkFormat, code, $"{_chatPageUrl.TrimEnd('/')}/?join={code}");
        await SayAsync(context, string.Format(CultureInfo.InvariantCulture, BotMessages.GroupReadyFormat, exercise.Title, code, howToJoin), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task JoinAsync(DialogContext dc, GroupPlace? place, string typed, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var userKey = UserKeyOf(context.Activity);
        if (place is { Facilitates: true })
        {
            await SayAsync(context, BotMessages.GroupAlreadyFacilitating, cancellationToken).ConfigureAwait(false);
            return;
        }

        // A person who keeps getting codes wrong waits, before the code is even looked at.
        using (var check = _failedJoins.AttemptAcquire("user:" + userKey, 0))
        {
            if (!check.IsAcquired)
            {
                await SayAsync(context, BotMessages.GroupTooManyTries, cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        if (!JoinCode.TryNormalize(typed, out var code))
        {
            await FailJoinAsync(context, userKey, code, BotMessages.GroupCodeMalformed, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (place is { Code.Length: > 0 })
        {
            await SayAsync(context, place.Code == code ? BotMessages.GroupAlreadyJoined : BotMessages.GroupInAnotherSession, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await _sessions.ReadParticipantAsync(userKey, cancellationToken).ConfigureAwait(false) is { } elsewhere
            && await ReadOpenAsync(elsewhere.Code, cancellationToken).ConfigureAwait(false) is not null)
        {
            await SayAsync(context, elsewhere.Facilitates ? BotMessages.GroupAlreadyFacilitating : BotMessages.GroupInAnotherSession, cancellationToken).ConfigureAwait(false);
            return;
        }

        var reference = context.Activity.GetConversationReference();
        var session = await ReadOpenAsync(code, cancellationToken).ConfigureAwait(false) is null ? null
            : await _sessions.UpdateAsync(code, s =>
            {
                if (s.MemberOf(userKey) is null)
                {
                    s.Members.Add(new GroupMember { UserKey = userKey, Reference = reference });
                }

                s.LastActivityAt = _timeProvider.GetUtcNow();
            }, cancellationToken).ConfigureAwait(false);
        if (session is null || _catalog.Find(session.ExerciseId) is not { } exercise)
        {
            await FailJoinAsync(context, userKey, code, BotMessages.GroupCodeNotFound, cancellationToken).ConfigureAwait(false);
            return;
        }

        await _sessions.WriteParticipantAsync(userKey, new GroupParticipant { Code = code }, cancellationToken).ConfigureAwait(false);

        // The person's own exercise, if one is running, is kept aside until they leave.
        var solo = _pause.ActiveExercise(dc);
        place = new GroupPlace { Code = code, SoloStack = solo is null ? null : [.. dc.Stack], SoloExerciseId = solo?.Id };
        await _place.SetAsync(context, place, cancellationToken).ConfigureAwait(false);
        dc.Stack.Clear();

        var joined = string.Format(CultureInfo.InvariantCulture, BotMessages.GroupJoinedFormat, exercise.Title);
        if (solo is not null)
        {
            joined += " " + string.Format(CultureInfo.InvariantCulture, BotMessages.GroupSoloKeptFormat, solo.Title);
        }

        await SayAsync(context, joined, cancellationToken).ConfigureAwait(false);
        PostNotice(session.Facilitator, string.Format(CultureInfo.InvariantCulture, BotMessages.GroupMemberJoinedFormat, Members(session.Members.Count)));
        if (session.StepNumber < 0)
        {
            await SayAsync(context, BotMessages.GroupNotBegun, cancellationToken).ConfigureAwait(false);
            return;
        }

        // A late joiner starts at the group's step, after the exercise's opening.
        await dc.BeginDialogAsync(MainDialog.DialogId, new GroupStepRequest
        {
            Code = code, ExerciseId = exercise.Id, StepNumber = session.StepNumber, WithOpening = true,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task FailJoinAsync(ITurnContext context, string userKey, string code, string reply, CancellationToken cancellationToken)
    {
        using var lease = _failedJoins.AttemptAcquire("user:" + userKey);
        using var forCode = _failedJoins.AttemptAcquire("code:" + code);
        await SayAsync(context, lease.IsAcquired && forCode.IsAcquired ? reply : BotMessages.GroupTooManyTries, cancellationToken).ConfigureAwait(false);
    }

    // A member's message that is not an answer to the question in front of them.
    private async Task<InterruptionResult> AsMemberAsync(DialogContext dc, GroupPlace place, GroupSession session, Interpretation meaning, string key, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var userKey = UserKeyOf(context.Activity);
        if (session.MemberOf(userKey) is not { } member)
        {
            // Removed meanwhile (their data erased from another chat): this chat is told and let go.
            await LeaveHereAsync(dc, place, BotMessages.GroupNoLongerRunning, cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Handled;
        }

        if (LeaveWords.Contains(key))
        {
            await RemoveMemberAsync(session.Code, userKey, takeSharesBack: false, cancellationToken).ConfigureAwait(false);
            await LeaveHereAsync(dc, place, BotMessages.GroupLeft, cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Handled;
        }

        if (StatusWords.Contains(key))
        {
            await SayAsync(context, Status(session), cancellationToken).ConfigureAwait(false);
            return Resume(dc);
        }

        if (HelpWords.Contains(key) || meaning.IsCommand && meaning.Intent == IntentIds.Help)
        {
            await SayAsync(context, BotMessages.GroupMemberHelp, cancellationToken).ConfigureAwait(false);
            return Resume(dc);
        }

        // A facilitator's command typed by a member; while a question waits, only the unmistakable ones ("go on" may be an answer).
        var waiting = dc.ActiveDialog is not null;
        if (key is "next" or "next step" || EndWords.Contains(key) || ShowSharesWords.Contains(key) || ExportSharesWords.Contains(key)
            || !waiting && (NextWords.Contains(key) && key != TextKey.OfPhrase("next question") || PauseWords.Contains(key) && key != "pause"))
        {
            await SayAsync(context, BotMessages.GroupFacilitatorOnly, cancellationToken).ConfigureAwait(false);
            return Resume(dc);
        }

        if (meaning.IsCommand && meaning.Intent == IntentIds.Pause)
        {
            // A break of one's own: the group goes on, and the question waits (a user trial: "can i take a break for a
            // min, this one is hitting hard" was told that "the other exercises wait").
            await SayAsync(context, BotMessages.GroupMemberBreak, cancellationToken).ConfigureAwait(false);
            return Resume(dc);
        }

        if (meaning.IsCommand && meaning.Intent is IntentIds.Menu or IntentIds.Resume or IntentIds.Cancel or IntentIds.Back)
        {
            await SayAsync(context, BotMessages.GroupSoloWaits, cancellationToken).ConfigureAwait(false);
            return Resume(dc);
        }

        // An answer to the question in front of them, or to the bot's own yes/no ("delete my data?"), goes on as usual.
        if (dc.ActiveDialog is not null || meaning.Pending is { Kind: QuestionKind.Confirm, IsExerciseQuestion: false })
        {
            return InterruptionResult.NotHandled;
        }

        if (member.Unreachable)
        {
            await _sessions.UpdateAsync(session.Code, s => s.Members.Where(m => m.UserKey == userKey).ToList().ForEach(m => m.Unreachable = false), cancellationToken).ConfigureAwait(false);
        }

        if (meaning.IsCommand)
        {
            return InterruptionResult.NotHandled;
        }

        // Nothing asked here: before the start, after answering, or a step that could not be delivered (then it is now).
        if (session.StepNumber < 0)
        {
            await SayAsync(context, BotMessages.GroupWaitingToBegin, cancellationToken).ConfigureAwait(false);
            return InterruptionResult.Handled;
        }

        if (member.AnsweredStep >= session.StepNumber)
        {
            return await SayThenHandledAsync(context, BotMessages.GroupWaitingForNext, cancellationToken).ConfigureAwait(false);
        }

        await dc.BeginDialogAsync(MainDialog.DialogId, new GroupStepRequest { Code = session.Code, ExerciseId = session.ExerciseId, StepNumber = session.StepNumber }, cancellationToken).ConfigureAwait(false);
        return InterruptionResult.Handled;
    }

    private static async Task<InterruptionResult> SayThenHandledAsync(ITurnContext context, string text, CancellationToken cancellationToken)
    {
        await SayAsync(context, text, cancellationToken).ConfigureAwait(false);
        return InterruptionResult.Handled;
    }

    // This chat leaves its session: the step in progress goes, the person's own exercise comes back.
    private async Task LeaveHereAsync(DialogContext dc, GroupPlace place, string text, CancellationToken cancellationToken)
    {
        await _place.DeleteAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        dc.Stack.Clear();
        await SayAsync(dc.Context, text, cancellationToken).ConfigureAwait(false);
        if (place.SoloStack is { Count: > 0 } solo)
        {
            dc.Stack.AddRange(solo);
            if (place.SoloExerciseId is { } soloId && _catalog.Find(soloId) is { } exercise)
            {
                await SayAsync(dc.Context, string.Format(CultureInfo.InvariantCulture, BotMessages.GroupSoloBackFormat, exercise.Title), cancellationToken).ConfigureAwait(false);
            }

            await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Leaving keeps what the member chose to share (taking it back would show the others which shares were theirs);
    // "delete my data" takes every share back, shown or not.
    private async Task RemoveMemberAsync(string code, string userKey, bool takeSharesBack, CancellationToken cancellationToken)
    {
        var removed = false;
        var session = await _sessions.UpdateAsync(code, s =>
        {
            removed = s.Members.RemoveAll(m => m.UserKey == userKey) > 0;
            if (takeSharesBack)
            {
                s.PendingShares.RemoveAll(m => m.UserKey == userKey);
                s.ShownShares.RemoveAll(m => m.UserKey == userKey);
            }

            s.LastActivityAt = _timeProvider.GetUtcNow();
        }, cancellationToken).ConfigureAwait(false);
        await _sessions.DeleteParticipantAsync(userKey, cancellationToken).ConfigureAwait(false);
        if (session is not null && removed)
        {
            PostNotice(session.Facilitator, string.Format(CultureInfo.InvariantCulture, BotMessages.GroupMemberSteppedAwayFormat, Members(session.Members.Count)));
        }
    }

    // The facilitator's commands, answered where they were typed (their 1:1 chat or the Teams thread).
    private async Task<bool> FacilitateAsync(ITurnContext context, GroupSession session, string key, CancellationToken cancellationToken)
    {
        if (_catalog.Find(session.ExerciseId) is null && IsFacilitatorWord(key))
        {
            // The exercise was removed or renamed by a deployment: the session cannot go on, and ends for everyone.
            await EndAsync(session, BotMessages.GroupEnded, cancellationToken, facilitatorHere: true).ConfigureAwait(false);
            await _place.DeleteAsync(context, cancellationToken).ConfigureAwait(false);
            await SayAsync(context, BotMessages.GroupExerciseGone, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (NextWords.Contains(key))
        {
            await NextAsync(context, session, cancellationToken).ConfigureAwait(false);
        }
        else if (PauseWords.Contains(key) || ResumeWords.Contains(key))
        {
            var pause = PauseWords.Contains(key);
            await _sessions.UpdateAsync(session.Code, s => (s.Paused, s.LastActivityAt) = (pause, _timeProvider.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            var notice = pause ? BotMessages.GroupPaused : BotMessages.GroupResumed;
            foreach (var member in session.Members.Where(m => !m.Unreachable))
            {
                PostNotice(member.Reference, notice, session.Code, member.UserKey);
            }

            await SayAsync(context, notice, cancellationToken).ConfigureAwait(false);
        }
        else if (EndWords.Contains(key))
        {
            var shares = session.PendingShares.Count + session.ShownShares.Count;
            await EndAsync(session, BotMessages.GroupEnded, cancellationToken, facilitatorHere: true).ConfigureAwait(false);
            if (!session.InThread)
            {
                await _place.DeleteAsync(context, cancellationToken).ConfigureAwait(false);
            }

            await SayAsync(context, string.Format(CultureInfo.InvariantCulture, BotMessages.GroupEndedForFacilitatorFormat, shares), cancellationToken).ConfigureAwait(false);
        }
        else if (StatusWords.Contains(key))
        {
            await SayAsync(context, Status(session), cancellationToken).ConfigureAwait(false);
        }
        else if (ShowSharesWords.Contains(key))
        {
            // One share shown on its own, at a moment of the facilitator's choosing, could be told apart by its timing.
            if (session.PendingShares.Count == 1)
            {
                await SayAsync(context, BotMessages.GroupOneShareWaits, cancellationToken).ConfigureAwait(false);
            }
            else if (!await ReleaseSharesAsync(context, session, cancellationToken).ConfigureAwait(false))
            {
                await SayAsync(context, BotMessages.GroupNoShares, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (ExportSharesWords.Contains(key))
        {
            await ExportSharesAsync(context, session, cancellationToken).ConfigureAwait(false);
        }
        else if (HelpWords.Contains(key))
        {
            await SayAsync(context, BotMessages.GroupFacilitatorHelp, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            return false;
        }

        return true;
    }

    private async Task NextAsync(ITurnContext context, GroupSession session, CancellationToken cancellationToken)
    {
        if (session.Paused)
        {
            await SayAsync(context, BotMessages.GroupPausedNoNext, cancellationToken).ConfigureAwait(false);
            return;
        }

        var exercise = _catalog.Find(session.ExerciseId)!;
        var steps = exercise.GroupSteps();
        await ReleaseSharesAsync(context, session, cancellationToken).ConfigureAwait(false);
        if (session.StepNumber + 1 >= steps.Count)
        {
            await SayAsync(context, BotMessages.GroupNoMoreSteps, cancellationToken).ConfigureAwait(false);
            return;
        }

        var moved = await _sessions.UpdateAsync(session.Code, s =>
        {
            s.StepNumber = Math.Min(s.StepNumber + 1, steps.Count - 1);
            s.LastActivityAt = _timeProvider.GetUtcNow();
        }, cancellationToken).ConfigureAwait(false) ?? session;
        var number = moved.StepNumber;
        foreach (var member in moved.Members.Where(m => !m.Unreachable))
        {
            PostStep(moved, member, number);
        }

        // What the facilitator (and a Teams thread) sees of the step: its question with no one's answers.
        var questions = steps.Count(s => s.Question is not null);
        var prompt = GroupStepDialog.GroupPrompt(steps[number]);
        var shown = prompt.Length == 0 ? string.Join("\n\n", steps[number].Says.Select(s => SlotTemplate.Render(s.Say!, new Dictionary<string, string>()))) : prompt;
        var reached = Members(moved.Members.Count(m => !m.Unreachable));
        var text = steps[number].Question is null
            ? string.Format(CultureInfo.InvariantCulture, BotMessages.GroupClosingSentFormat, moved.InThread ? "everyone" : reached, shown)
            : moved.InThread
            ? string.Format(CultureInfo.InvariantCulture, BotMessages.GroupThreadStepFormat, number + 1, questions, shown)
            : string.Format(CultureInfo.InvariantCulture, BotMessages.GroupStepSentFormat, number + 1, questions, reached, shown);
        await SayAsync(context, text, cancellationToken).ConfigureAwait(false);
    }

    // Every share waiting is shown at once, to everyone, in a random order: no name, no time, nothing to tell them apart.
    private async Task<bool> ReleaseSharesAsync(ITurnContext context, GroupSession session, CancellationToken cancellationToken)
    {
        List<GroupShare> released = [];
        var after = await _sessions.UpdateAsync(session.Code, s =>
        {
            released = [.. s.PendingShares];
            s.ShownShares.AddRange(s.PendingShares);
            s.PendingShares.Clear();
        }, cancellationToken).ConfigureAwait(false);
        if (after is null || released.Count == 0)
        {
            return false;
        }

        var steps = _catalog.Find(session.ExerciseId)!.GroupSteps();
        var text = new StringBuilder();
        foreach (var forStep in released.GroupBy(s => s.StepNumber).OrderBy(g => g.Key))
        {
            var shares = forStep.Select(s => s.Text).ToArray();
            RandomNumberGenerator.Shuffle<string>(shares);
            var question = forStep.Key >= 0 && forStep.Key < steps.Count ? GroupStepDialog.GroupPrompt(steps[forStep.Key]) : "";
            text.Append(string.Format(CultureInfo.InvariantCulture, BotMessages.GroupSharesFormat, shares.Length, question)).Append("\n\n");
            text.AppendJoin("\n\n", shares.Select(Quote)).Append("\n\n");
        }

        var message = text.ToString().TrimEnd();
        foreach (var member in after.Members.Where(m => !m.Unreachable))
        {
            PostNotice(member.Reference, message, after.Code, member.UserKey);
        }

        await SayAsync(context, message, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task ExportSharesAsync(ITurnContext context, GroupSession session, CancellationToken cancellationToken)
    {
        if (session.ShownShares.Count == 0)
        {
            await SayAsync(context, BotMessages.GroupNothingToExport, cancellationToken).ConfigureAwait(false);
            return;
        }

        var exercise = _catalog.Find(session.ExerciseId)!;
        var steps = exercise.GroupSteps();
        var markdown = new StringBuilder(string.Format(CultureInfo.InvariantCulture, BotMessages.GroupSharesHeadingFormat, exercise.Title)).Append("\n\n");
        foreach (var forStep in session.ShownShares.GroupBy(s => s.StepNumber).OrderBy(g => g.Key))
        {
            var question = forStep.Key >= 0 && forStep.Key < steps.Count ? GroupStepDialog.GroupPrompt(steps[forStep.Key]) : "";
            markdown.Append("## ").Append(question).Append("\n\n");
            var shares = forStep.Select(s => s.Text).ToArray();
            RandomNumberGenerator.Shuffle<string>(shares);
            markdown.AppendJoin("\n\n", shares.Select(Quote)).Append("\n\n");
        }

        // Teams refuses a file sent inline, so there the export is the text itself.
        if (context.Activity.ChannelId == Microsoft.Bot.Connector.Channels.Msteams)
        {
            await SayAsync(context, BotMessages.GroupExported + "\n\n" + markdown, cancellationToken).ConfigureAwait(false);
            return;
        }

        var file = new Attachment
        {
            ContentType = "text/markdown",
            Name = "group-shares.md",
            ContentUrl = "data:text/markdown;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(markdown.ToString())),
        };
        await context.SendActivityAsync(MessageFactory.Attachment(file, BotMessages.GroupExported), cancellationToken).ConfigureAwait(false);
    }

    private string Status(GroupSession session)
    {
        var exercise = _catalog.Find(session.ExerciseId);
        var steps = exercise?.GroupSteps() ?? [];
        var where = session.StepNumber < 0 ? BotMessages.GroupStatusNotBegun
            : session.StepNumber < steps.Count && steps[session.StepNumber].Question is null ? BotMessages.GroupStatusAtClosingWords
            : string.Format(CultureInfo.InvariantCulture, BotMessages.GroupStatusAtStepFormat, session.StepNumber + 1, steps.Count(s => s.Question is not null));
        if (session.Paused)
        {
            where += BotMessages.GroupStatusPausedSuffix;
        }

        var unreachable = session.Members.Count(m => m.Unreachable);
        var notes = unreachable > 0 ? string.Format(CultureInfo.InvariantCulture, BotMessages.GroupUnreachableFormat, Members(unreachable)) : "";
        var answered = session.StepNumber < 0 ? 0 : session.Members.Count(m => m.AnsweredStep >= session.StepNumber);
        return string.Format(CultureInfo.InvariantCulture, BotMessages.GroupStatusFormat, exercise?.Title, where, Members(session.Members.Count), answered, notes);
    }

    private static string Members(int count) => count == 1 ? BotMessages.OneMember : string.Format(CultureInfo.InvariantCulture, BotMessages.MembersFormat, count);

    // Ends the session for everyone: each member's chat is told and let go, the shares are deleted with the session.
    private async Task EndAsync(GroupSession session, string memberText, CancellationToken cancellationToken, bool facilitatorHere = false)
    {
        await _sessions.DeleteAsync(session, cancellationToken).ConfigureAwait(false);
        foreach (var member in session.Members)
        {
            _outbox.Post(new GroupDelivery(member.Reference, async (turnContext, ct) =>
            {
                var place = await _place.GetIfSetAsync(turnContext, ct).ConfigureAwait(false);
                if (place?.Code != session.Code)
                {
                    return;
                }

                var dc = await _dialogs.CreateContextAsync(turnContext, ct).ConfigureAwait(false);
                await LeaveHereAsync(dc, place, memberText, ct).ConfigureAwait(false);
                await _conversationState.SaveChangesAsync(turnContext, false, ct).ConfigureAwait(false);
            }));
        }

        if (!facilitatorHere)
        {
            _outbox.Post(new GroupDelivery(session.Facilitator, async (turnContext, ct) =>
            {
                if (await _place.GetIfSetAsync(turnContext, ct).ConfigureAwait(false) is { Facilitates: true } place && place.Code == session.Code)
                {
                    await _place.DeleteAsync(turnContext, ct).ConfigureAwait(false);
                    await _conversationState.SaveChangesAsync(turnContext, false, ct).ConfigureAwait(false);
                }

                await SayAsync(turnContext, memberText == BotMessages.GroupEndedIdle ? BotMessages.GroupEndedIdle : BotMessages.GroupEndedForFacilitator, ct).ConfigureAwait(false);
            }));
        }
    }

    // The step, in the member's own chat: whatever was in front of them (a share question left unanswered) goes, so
    // silence keeps an answer private.
    private void PostStep(GroupSession session, GroupMember member, int number) =>
        _outbox.Post(new GroupDelivery(member.Reference, async (turnContext, ct) =>
        {
            var place = await _place.GetIfSetAsync(turnContext, ct).ConfigureAwait(false);
            if (place?.Code != session.Code || place.Facilitates)
            {
                return;
            }

            if (place.TakingTime && (await _dialogs.CreateContextAsync(turnContext, ct).ConfigureAwait(false)).ActiveDialog is not null)
            {
                // After a crisis message their question is not taken away: this step follows once they have answered it.
                place.HeldStep = number;
                await _conversationState.SaveChangesAsync(turnContext, false, ct).ConfigureAwait(false);
                return;
            }

            place.TakingTime = false;
            place.HeldStep = null;
            await _dialogs.BeginRootAsync(turnContext, new GroupStepRequest { Code = session.Code, ExerciseId = session.ExerciseId, StepNumber = number }, ct).ConfigureAwait(false);
            await _conversationState.SaveChangesAsync(turnContext, false, ct).ConfigureAwait(false);
        }, MarkUnreachable(session.Code, member.UserKey)));

    private void PostNotice(ConversationReference to, string text, string? code = null, string? memberKey = null) =>
        _outbox.Post(new GroupDelivery(
            to,
            (turnContext, ct) => turnContext.SendActivityAsync(MessageFactory.Text(text), ct),
            code is null || memberKey is null ? null : MarkUnreachable(code, memberKey)));

    private Func<CancellationToken, Task> MarkUnreachable(string code, string userKey) => ct =>
        _sessions.UpdateAsync(code, s =>
        {
            if (s.MemberOf(userKey) is { } member)
            {
                member.Unreachable = true;
            }
        }, ct);
}
