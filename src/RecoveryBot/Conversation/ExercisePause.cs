using RecoveryBot.Dialogs;
using RecoveryBot.Exercises;

namespace RecoveryBot.Conversation;

/// <summary>Sets an exercise aside with its place kept, and brings it back: used by "pause", "menu", a return after
/// a break and the crisis response, so the stack is always moved the same way.</summary>
public sealed class ExercisePause(ExerciseCatalog catalog)
{
    /// <summary>The exercise running in this conversation, if any.</summary>
    public ExerciseDefinition? ActiveExercise(DialogContext dc)
    {
        var prefix = ExerciseDialogFactory.DialogIdOf("");
        var id = dc.Child?.Stack
            .Select(i => i.Id)
            .FirstOrDefault(i => i.StartsWith(prefix, StringComparison.Ordinal) && i.Count(c => c == ':') == 1);
        return id is null ? null : catalog.Find(id[prefix.Length..]);
    }

    /// <summary>The exercise "resume" would bring back: one set aside by a crisis response first, else the paused one.</summary>
    public ExerciseDefinition? PausedExercise(ConversationData data) =>
        data.SetAsideStack is { Count: > 0 } && data.SetAsideExerciseId is { } setAside ? catalog.Find(setAside)
        : data.PausedStack is { Count: > 0 } && data.PausedExerciseId is { } id ? catalog.Find(id) : null;

    /// <summary>Sets the running exercise aside for a crisis response, in its own slot; returns it, or null.</summary>
    public ExerciseDefinition? SetAside(DialogContext dc, ConversationData data) =>
        MoveAside(dc, (stack, id) => (data.SetAsideStack, data.SetAsideExerciseId) = (stack, id));

    private ExerciseDefinition? MoveAside(DialogContext dc, Action<List<DialogInstance>, string> keep)
    {
        if (ActiveExercise(dc) is not { } exercise)
        {
            return null;
        }

        keep([.. dc.Stack], exercise.Id);
        dc.Stack.Clear();
        return exercise;
    }

    /// <summary>Moves the running exercise aside until the next message, for "undo"; returns it, or null.</summary>
    public ExerciseDefinition? KeepForUndo(DialogContext dc, ConversationData data) =>
        MoveAside(dc, (stack, id) => (data.CancelledStack, data.CancelledExerciseId) = (stack, id));

    /// <summary>Forgets the exercise kept for "undo"; with <paramref name="restore"/>, puts it back first. Returns it, or null.</summary>
    public ExerciseDefinition? TakeUndo(DialogContext dc, ConversationData data, bool restore)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(data);
        var (stack, id) = (data.CancelledStack, data.CancelledExerciseId);
        (data.CancelledStack, data.CancelledExerciseId) = (null, null);
        if (!restore || stack is not { Count: > 0 } || id is null || catalog.Find(id) is not { } exercise)
        {
            return null;
        }

        dc.Stack.Clear();
        dc.Stack.AddRange(stack);
        return exercise;
    }

    /// <summary>Moves the running exercise's stack aside; returns the exercise, or null if none was running.</summary>
    public ExerciseDefinition? Pause(DialogContext dc, ConversationData data) =>
        MoveAside(dc, (stack, id) => (data.PausedStack, data.PausedExerciseId) = (stack, id));

    /// <summary>Puts the paused stack back; returns the exercise, or null if nothing was paused.</summary>
    public ExerciseDefinition? Restore(DialogContext dc, ConversationData data)
    {
        var exercise = PausedExercise(data);
        if (data.SetAsideStack is { Count: > 0 } setAside)
        {
            // One running meanwhile takes the paused slot if it is free; it is never dropped without a word (the
            // caller says "resume" is refused instead when both slots are taken).
            if (ActiveExercise(dc) is { } runningNow)
            {
                if (data.PausedStack is { Count: > 0 })
                {
                    return null;
                }

                (data.PausedStack, data.PausedExerciseId) = ([.. dc.Stack], runningNow.Id);
            }

            dc.Stack.Clear();
            dc.Stack.AddRange(setAside);
            data.SetAsideStack = null;
            data.SetAsideExerciseId = null;
            return exercise;
        }

        if (data.PausedStack is not { Count: > 0 } paused)
        {
            return null;
        }

        // "resume" during another exercise swaps the two: the running one takes the paused one's place, not lost.
        var running = ActiveExercise(dc);
        List<DialogInstance>? runningStack = running is null ? null : [.. dc.Stack];
        dc.Stack.Clear();
        dc.Stack.AddRange(paused);
        data.PausedStack = runningStack;
        data.PausedExerciseId = running?.Id;
        return exercise;
    }

    /// <summary>Forgets the exercise "resume" would bring back (the one set aside by a crisis response first).</summary>
    public static void Discard(ConversationData data)
    {
        if (data.SetAsideStack is { Count: > 0 })
        {
            data.SetAsideStack = null;
            data.SetAsideExerciseId = null;
            return;
        }

        data.PausedStack = null;
        data.PausedExerciseId = null;
    }
}
