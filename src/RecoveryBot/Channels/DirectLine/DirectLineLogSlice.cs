using Newtonsoft.Json.Linq;

namespace RecoveryBot.Channels.DirectLine;

/// <summary>What a read of a conversation's log returns: the activities after a watermark, oldest first, and the
/// watermark to ask from next time (the newest activity logged; empty before the first).</summary>
/// <param name="Activities">The kept activities after the watermark asked for.</param>
/// <param name="Watermark">The watermark after the newest activity ever logged.</param>
public sealed record DirectLineLogSlice(IReadOnlyList<JObject> Activities, string Watermark);
