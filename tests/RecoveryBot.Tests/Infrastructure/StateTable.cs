using Microsoft.Data.Sqlite;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>Reads the app's SQLite file directly (table <c>state</c>, columns key/value), not through the bot.</summary>
public static class StateTable
{
    public static Dictionary<string, string> ReadAll(string databasePath)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, value FROM state";
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            rows[reader.GetString(0)] = reader.GetString(1);
        }

        return rows;
    }

    /// <summary>The same rows, decrypted through the app's own store: what the bot keeps, row by row.</summary>
    public static async Task<Dictionary<string, string>> ReadAllDecryptedAsync(TestApp app)
    {
        var keys = ReadAll(app.DatabasePath).Keys.ToArray();
        var values = await app.Get<Microsoft.Bot.Builder.IStorage>().ReadAsync(keys);
        return values.ToDictionary(v => v.Key, v => Newtonsoft.Json.JsonConvert.SerializeObject(v.Value), StringComparer.Ordinal);
    }
}
