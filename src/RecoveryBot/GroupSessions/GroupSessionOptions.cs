namespace RecoveryBot.GroupSessions;

/// <summary>Settings for group sessions (section <c>GroupSessions</c>).</summary>
public sealed class GroupSessionOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "GroupSessions";

    /// <summary>A session nobody has touched for this long ends, and its code stops working.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(3);

    /// <summary>Wrong or failed "join" attempts one person may make per <see cref="FailedJoinWindow"/>.</summary>
    public int FailedJoinsPerUser { get; set; } = 5;

    /// <summary>Failed attempts with one code, by anyone, per <see cref="FailedJoinWindow"/>.</summary>
    public int FailedJoinsPerCode { get; set; } = 5;

    /// <summary>Failed attempts by everyone together per <see cref="FailedJoinWindow"/>: guessing with many identities stays slow.</summary>
    public int FailedJoinsInTotal { get; set; } = 200;

    /// <summary>The window the failed-join limits count in.</summary>
    public TimeSpan FailedJoinWindow { get; set; } = TimeSpan.FromMinutes(15);
}
