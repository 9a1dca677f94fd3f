using Microsoft.Bot.Schema;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Conversation;

/// <summary>Walks through exercises up to a point, with the answers a person might type.</summary>
public static class Walks
{
    /// <summary>Wednesday 25 November 2026, 06:00 in Chicago: "next Saturday" is Saturday 5 December.</summary>
    public static readonly DateTimeOffset Wednesday = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public const string UserTimeZone = "America/Chicago";

    /// <summary>A conversation whose activities carry the user's time zone and local time, as Web Chat and Teams send.</summary>
    public static Chat StartChat(TestApp app, string channelId = "emulator", string conversationId = "conversation-1", string userId = "user-1", string? serviceUrl = null)
    {
        var client = app.Client(conversationId, userId, channelId);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(UserTimeZone);
        client.Configure = activity =>
        {
            var now = app.Clock?.GetUtcNow() ?? DateTimeOffset.UtcNow;
            activity.LocalTimezone ??= UserTimeZone;
            activity.LocalTimestamp ??= TimeZoneInfo.ConvertTime(now, zone);
            activity.ServiceUrl ??= serviceUrl;
        };
        return new Chat(client);
    }

    public static Task<IReadOnlyList<Activity>> PlanAmendsUpToMethodAsync(Chat chat, string person = "my mom") =>
        chat.SayAllAsync("plan amends", person, "yes", "I missed her birthday twice", "Mom, I'm sorry I wasn't there.");

    public static async Task<IReadOnlyList<Activity>> PlanAmendsUpToReadinessAsync(Chat chat, string person = "my mom", string method = "a letter", string when = "next Saturday")
    {
        await PlanAmendsUpToMethodAsync(chat, person);
        return await chat.SayAllAsync(method, when, "call my sponsor and go to a meeting");
    }

    public static async Task<IReadOnlyList<Activity>> FinishPlanAmendsAsync(Chat chat, string person = "my mom", string when = "next Saturday", string readiness = "1")
    {
        await PlanAmendsUpToReadinessAsync(chat, person, when: when);
        return await chat.SayAsync(readiness);
    }

    public static Task<IReadOnlyList<Activity>> SetBoundariesUpToStatementAsync(Chat chat, string direction = "someone else") =>
        chat.SayAllAsync("set boundaries", direction, "you check my phone", "yes, it's safe", "watched", "some privacy");

    public static Task<IReadOnlyList<Activity>> RebuildTrustUpToThinkAboutTimeAsync(Chat chat, string person = "Jo") =>
        chat.SayAllAsync("rebuild trust", person, "no", "three", "call on Sunday when I say I will", "show up every week, and tell my sponsor when it's hard");

    public static Task<IReadOnlyList<Activity>> FinishRebuildTrustAsync(Chat chat, string person = "Jo") =>
        chat.SayAllAsync("rebuild trust", person, "no", "three", "call on Sunday when I say I will", "show up every week", "nope");
}
