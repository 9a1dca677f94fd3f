using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>Reading what the bot said.</summary>
public static class Replies
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    public static IReadOnlyList<string> Texts(this IEnumerable<Activity> replies) => replies.Select(a => a.Text ?? "").ToList();

    public static string Joined(this IEnumerable<Activity> replies) => string.Join("\n", replies.Texts());

    /// <summary>The one Adaptive Card attachment among the replies, as JSON.</summary>
    public static JObject AdaptiveCard(this IEnumerable<Activity> replies)
    {
        var attachment = Assert.Single(replies.SelectMany(a => a.Attachments ?? []), a => a.ContentType == AdaptiveCardType);
        return JObject.FromObject(attachment.Content);
    }

    /// <summary>Asserts that each fragment appears in some reply, each in a later reply than the one before.</summary>
    public static void AssertInOrder(IReadOnlyList<string> transcript, params string[] fragments)
    {
        var at = 0;
        foreach (var fragment in fragments)
        {
            var found = -1;
            for (var i = at; i < transcript.Count; i++)
            {
                if (transcript[i].Contains(fragment, StringComparison.Ordinal))
                {
                    found = i;
                    break;
                }
            }

            Assert.True(found >= 0, $"Expected \"{fragment}\" after reply {at} in:\n{string.Join("\n", transcript.Select((t, i) => $"{i}: {t}"))}");
            at = found + 1;
        }
    }

    /// <summary>The last reply that asks something (the question the bot now waits on).</summary>
    public static string LastText(this IReadOnlyList<Activity> replies) => Assert.IsType<string>(replies[^1].Text);
}
