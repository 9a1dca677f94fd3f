using System.Globalization;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// One message sent over and over by one user: each worker in its own conversation, all workers as
/// <paramref name="userId"/>. A reply must contain <paramref name="expect"/> and must not be the turn-error apology. The
/// journal case uses it for "my reflections" and "open 3", so what is timed is reading a journal of a known size.
/// </summary>
public sealed class RepeatedMessageScenario(string name, Uri uri, string runId, string userId, string text, string expect)
    : Scenario(name, [text])
{
    /// <summary>What is sent.</summary>
    public string Text { get; } = text;

    /// <summary>A phrase every reply must contain.</summary>
    public string Expect { get; } = expect;

    /// <summary>The texts of the last reply that lacked the expected phrase (for the error report).</summary>
    public string? LastUnexpected { get; private set; }

    /// <inheritdoc/>
    public override ScenarioWorker CreateWorker(int index) => new Worker(this, uri, userId, $"rm-{runId}-p{Phase}-{index}");

    private sealed class Worker(RepeatedMessageScenario scenario, Uri uri, string userId, string conversationId) : ScenarioWorker
    {
        private long _activityId;

        public override HttpRequestMessage Next(out int step)
        {
            step = 0;
            return Activities.Post(uri, conversationId, userId, ++_activityId, scenario.Text);
        }

        public override string? Check(int step, byte[] body)
        {
            var texts = Activities.ReplyTexts(body, out var problem);
            if (problem is not null)
            {
                return problem;
            }

            if (texts.Any(t => t.Contains(PlanAmendsScenario.ApologyPhrase, StringComparison.Ordinal)))
            {
                return $"\"{scenario.Text}\": the turn failed (the bot apologised)";
            }

            if (!texts.Any(t => t.Contains(scenario.Expect, StringComparison.Ordinal)))
            {
                scenario.LastUnexpected = string.Join(" | ", texts.Select(t => t.Length > 80 ? t[..80] : t));
                return string.Create(CultureInfo.InvariantCulture, $"\"{scenario.Text}\": reply without \"{scenario.Expect}\"");
            }

            return null;
        }
    }
}
