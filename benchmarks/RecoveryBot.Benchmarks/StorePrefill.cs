using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// Fills a SQLite file, before RecoveryBot starts on it, with many people's state: as many conversation-state rows as
/// user-state rows, half Teams-shaped (<c>msteams/conversations/a:…</c>, <c>msteams/users/29:…</c>) and half on the
/// channel the load uses (<c>webchat/…</c>). The rows are never read by the load (other keys); they make the table and
/// its index as big as a store with that many people.
/// </summary>
/// <remarks>
/// The schema is the app's own (<c>SqliteStorage.Schema</c>, so the app's <c>CREATE … IF NOT EXISTS</c>
/// then finds it in place), in WAL mode as the app sets it. Each value is the envelope the app stores, an opaque
/// <c>{"protected":"…"}</c> of about 1.5 KB of base64url (random bytes: what sealed state looks like to SQLite), with an
/// ETag and an <c>updated_at</c> within the last three days, well inside retention, so the start-up sweep deletes none.
/// One transaction and one prepared statement, keys inserted in order: 200,000 rows take seconds.
/// </remarks>
public static class StorePrefill
{
    private const int PayloadBytes = 1100; // about 1,470 characters of base64url

    /// <summary>Creates the file at <paramref name="path"/> with <paramref name="rowsEach"/> conversation and user rows.</summary>
    /// <returns>A line saying what was written and how long it took.</returns>
    public static string Fill(string path, int rowsEach)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(20261130);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var keys = new List<string>(rowsEach * 2);
        for (var i = 0; i < rowsEach; i++)
        {
            // Ids shaped like each channel's: Teams "a:…" conversations and "29:…" users, Web Chat's random ids.
            var teams = i % 2 == 0;
            keys.Add(teams ? $"msteams/conversations/a:1{RandomId(random, 40)}" : $"webchat/conversations/{RandomId(random, 22)}-{i.ToString(CultureInfo.InvariantCulture)}");
            keys.Add(teams ? $"msteams/users/29:1{RandomId(random, 44)}" : $"webchat/users/dl_{RandomId(random, 16)}");
        }

        // In key order, as the WITHOUT ROWID table stores them: each insert appends to the B-tree.
        keys.Sort(StringComparer.Ordinal);

        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString()))
        {
            connection.Open();
            using (var schema = connection.CreateCommand())
            {
                schema.CommandText = RecoveryBot.Storage.SqliteStorage.Schema;
                schema.ExecuteNonQuery();
            }

            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO state (key, value, etag, updated_at) VALUES ($key, $value, $etag, $updated)";
            var key = insert.Parameters.Add("$key", SqliteType.Text);
            var value = insert.Parameters.Add("$value", SqliteType.Text);
            var etag = insert.Parameters.Add("$etag", SqliteType.Text);
            var updated = insert.Parameters.Add("$updated", SqliteType.Integer);
            insert.Prepare();
            var payload = new byte[PayloadBytes];
            foreach (var k in keys)
            {
                random.NextBytes(payload);
                key.Value = k;
                value.Value = "{\"protected\":\"" + Convert.ToBase64String(payload).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"}";
                etag.Value = Guid.NewGuid().ToString("N");
                updated.Value = now - random.Next(0, 3 * 24 * 3600);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var size = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
        return string.Create(CultureInfo.InvariantCulture,
            $"pre-filled {rowsEach:N0} conversation-state + {rowsEach:N0} user-state rows ({size / 1024 / 1024} MB) in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private static string RandomId(Random random, int length)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[r.Next(Alphabet.Length)];
            }
        });
    }
}
