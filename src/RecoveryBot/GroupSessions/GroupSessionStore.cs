using Microsoft.Bot.Builder;
using RecoveryBot.Storage;

namespace RecoveryBot.GroupSessions;

/// <summary>
/// Group sessions in the bot's <see cref="IStorage"/> (so they survive a restart, encrypted like all state): one item
/// per session under its code, one small item per participant naming their session (so "delete my data" and a Teams
/// facilitator's commands find it), and the list of open codes for the idle sweep. Changes are ETag-checked.
/// </summary>
public sealed class GroupSessionStore(IStorage storage) : IDisposable
{
    private const string Prefix = "groups/";
    private const string OpenKey = Prefix + "open";

    // One change at a time within the app: members answering at once would otherwise keep failing each other's ETag
    // check. The ETag check still guards against another instance.
    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>Releases the lock that serialises this process's changes to a session.</summary>
    public void Dispose() => _lock.Dispose();

    /// <summary>The session with <paramref name="code"/>, or null.</summary>
    public Task<GroupSession?> ReadAsync(string code, CancellationToken cancellationToken) =>
        StoredItems.ReadAsync<GroupSession>(storage, SessionKey(code), cancellationToken);

    /// <summary>Stores a new session under a code no open session uses; returns the code.</summary>
    public async Task<string> CreateAsync(GroupSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            string code;
            do
            {
                code = JoinCode.New();
            }
            while (await ReadAsync(code, cancellationToken).ConfigureAwait(false) is not null);

            session.Code = code;
            session.ETag = null;
            await storage.WriteAsync(new Dictionary<string, object> { [SessionKey(code)] = session }, cancellationToken).ConfigureAwait(false);
            await StoredItems.UpdateAsync<OpenSessions>(storage, OpenKey, open =>
            {
                open ??= new OpenSessions();
                open.Codes.Add(code);
                return open;
            }, cancellationToken).ConfigureAwait(false);
            return code;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Changes the session with <paramref name="code"/> (retried on a conflict); null when there is none.</summary>
    public async Task<GroupSession?> UpdateAsync(string code, Action<GroupSession> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var missing = false;
            var written = await StoredItems.UpdateAsync<GroupSession>(storage, SessionKey(code), session =>
            {
                missing = session is null;
                if (session is not null)
                {
                    change(session);
                }

                return session;
            }, cancellationToken).ConfigureAwait(false);
            return missing ? null : written;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Deletes the session, its shares with it, and every participant's pointer to it.</summary>
    public async Task DeleteAsync(GroupSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        // Under the lock: a change already under way (a share, a join) must not write the session back after it is gone.
        var keys = session.Members.Select(m => UserKey(m.UserKey)).Append(UserKey(session.FacilitatorKey)).Append(SessionKey(session.Code)).ToArray();
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await storage.DeleteAsync(keys, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }

        await ForgetOpenAsync(session.Code, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes <paramref name="code"/> off the list of open sessions.</summary>
    public async Task ForgetOpenAsync(string code, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await StoredItems.UpdateAsync<OpenSessions>(storage, OpenKey, open =>
            {
                open?.Codes.Remove(code);
                return open is { Codes.Count: > 0 } ? open : null;
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>The codes of every session not yet ended.</summary>
    public async Task<IReadOnlyList<string>> ListOpenAsync(CancellationToken cancellationToken) =>
        (await StoredItems.ReadAsync<OpenSessions>(storage, OpenKey, cancellationToken).ConfigureAwait(false))?.Codes ?? [];

    /// <summary>The session a participant is in, or null.</summary>
    public Task<GroupParticipant?> ReadParticipantAsync(string userKey, CancellationToken cancellationToken) =>
        StoredItems.ReadAsync<GroupParticipant>(storage, UserKey(userKey), cancellationToken);

    /// <summary>Records that a participant is in a session.</summary>
    public Task WriteParticipantAsync(string userKey, GroupParticipant participant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(participant);
        participant.ETag = "*";
        return storage.WriteAsync(new Dictionary<string, object> { [UserKey(userKey)] = participant }, cancellationToken);
    }

    /// <summary>Forgets a participant's session.</summary>
    public Task DeleteParticipantAsync(string userKey, CancellationToken cancellationToken) =>
        storage.DeleteAsync([UserKey(userKey)], cancellationToken);

    private static string SessionKey(string code) => Prefix + "session/" + code;

    private static string UserKey(string userKey) => Prefix + "user/" + userKey;

    private sealed class OpenSessions : IStoreItem
    {
        public string? ETag { get; set; }

        public List<string> Codes { get; set; } = [];
    }
}
