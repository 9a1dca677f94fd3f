using RecoveryBot.Dialogs.Prompts;
using RecoveryBot.Dialogs.Tests.Infrastructure;

namespace RecoveryBot.Dialogs.Tests;

public class VersioningTests
{
    private static WaterfallDialog Steps(string id, int count, string? version = null)
    {
        var w = new WaterfallDialog(id) { Version = version };
        for (var i = 0; i < count; i++)
        {
            var n = i + 1;
            w.AddStep(async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"step {n} of {count}", cancellationToken: ct);
                return Dialog.EndOfTurn;
            });
        }

        return w;
    }

    [Fact]
    public async Task Stored_stack_pointing_at_a_removed_dialog_is_cleared_with_the_default_message()
    {
        var storage = new JsonRoundTripStorage();
        await new TestBot(Steps("old-exercise", 3), storage).Flow()
            .Send("hi").AssertReply("step 1 of 3")
            .Send("x").AssertReply("step 2 of 3")
            .StartTestAsync();

        var bot = new TestBot(Steps("new-exercise", 3), storage);
        await bot.Flow()
            .Send("y").AssertReply(DialogRunnerOptions.DefaultVersionChangedMessage).AssertNoReply()
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Cancelled, bot.LastResult.Status);
        Assert.Empty(bot.ReadStoredStack().DialogStack);

        // The user can simply start again.
        await bot.Flow().Send("start").AssertReply("step 1 of 3").StartTestAsync();
    }

    [Fact]
    public async Task Shortened_waterfall_is_detected_by_its_version()
    {
        var storage = new JsonRoundTripStorage();
        await new TestBot(Steps("exercise", 4), storage).Flow()
            .Send("hi").AssertReply("step 1 of 4")
            .Send("a").AssertReply("step 2 of 4")
            .Send("b").AssertReply("step 3 of 4")
            .StartTestAsync();

        DialogVersionChange? seen = null;
        var options = new DialogRunnerOptions
        {
            OnVersionChanged = async (change, ct) =>
            {
                seen = change;
                await change.TurnContext.SendActivityAsync($"'{change.RootDialogId}' changed. Start it again?", cancellationToken: ct);
            },
        };
        await new TestBot(Steps("exercise", 2), storage, options).Flow()
            .Send("c").AssertReply("'exercise' changed. Start it again?")
            .StartTestAsync();
        Assert.NotNull(seen);
        Assert.Equal("exercise", seen!.DialogId);
        Assert.Equal("exercise:4", seen.Exception.StoredVersion);
        Assert.Equal("exercise:2", seen.Exception.CurrentVersion);
    }

    [Fact]
    public async Task Step_beyond_the_waterfall_is_detected_even_when_the_version_was_not_bumped()
    {
        var storage = new JsonRoundTripStorage();
        await new TestBot(Steps("exercise", 4, version: "v1"), storage).Flow()
            .Send("hi").AssertReply("step 1 of 4")
            .Send("a").AssertReply("step 2 of 4")
            .Send("b").AssertReply("step 3 of 4")
            .StartTestAsync();

        DialogVersionChange? seen = null;
        var options = new DialogRunnerOptions { OnVersionChanged = (change, ct) => { seen = change; return Task.CompletedTask; } };
        var bot = new TestBot(Steps("exercise", 2, version: "v1"), storage, options);
        await bot.Flow().Send("c").AssertNoReply().StartTestAsync();
        Assert.NotNull(seen);
        Assert.Contains("step 2", seen!.Exception.Message);
        Assert.Empty(bot.ReadStoredStack().DialogStack);
    }

    [Fact]
    public async Task Changed_inner_dialog_of_a_component_reports_the_outer_root_id()
    {
        var storage = new JsonRoundTripStorage();
        await new TestBot(TestDialogs.Survey("check-in"), storage).Flow()
            .Send("hi").AssertReply("What's your name?")
            .StartTestAsync();

        DialogVersionChange? seen = null;
        var options = new DialogRunnerOptions { OnVersionChanged = (change, ct) => { seen = change; return change.TurnContext.SendActivityAsync("changed", cancellationToken: ct); } };

        // The same component id, but its waterfall gained a step in the new deployment.
        await new TestBot(TestDialogs.Survey("check-in", extraSteps: 1), storage, options).Flow()
            .Send("Alex").AssertReply("changed")
            .StartTestAsync();
        Assert.Equal("check-in", seen!.RootDialogId);
    }

    [Fact]
    public async Task Unchanged_deployment_resumes_normally()
    {
        var storage = new JsonRoundTripStorage();
        await new TestBot(Steps("exercise", 3), storage).Flow().Send("hi").AssertReply("step 1 of 3").StartTestAsync();
        await new TestBot(Steps("exercise", 3), storage).Flow().Send("a").AssertReply("step 2 of 3").StartTestAsync();
    }

    [Fact]
    public async Task Legacy_instance_without_version_still_gets_the_step_check()
    {
        var storage = new JsonRoundTripStorage();
        var seed = new TestBot(Steps("exercise", 2), storage);
        await seed.Flow().Send("hi").AssertReply("step 1 of 2").Send("a").AssertReply("step 2 of 2").StartTestAsync();

        // Simulate an instance saved before versions existed, pointing at step 5.
        var key = seed.ConversationKey;
        var item = (Newtonsoft.Json.Linq.JObject)(await storage.ReadAsync(new[] { key }))[key];
        var instance = (Newtonsoft.Json.Linq.JObject)item.SelectToken("DialogState.dialogStack[0]")!;
        instance["version"] = null;
        instance["state"]!["stepIndex"] = 5;
        await storage.WriteAsync(new Dictionary<string, object> { [key] = item });

        var options = new DialogRunnerOptions { OnVersionChanged = (change, ct) => change.TurnContext.SendActivityAsync("restart?", cancellationToken: ct) };
        await new TestBot(Steps("exercise", 2), storage, options).Flow().Send("b").AssertReply("restart?").StartTestAsync();
    }
}
