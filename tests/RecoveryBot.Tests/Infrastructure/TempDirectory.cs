using Microsoft.Data.Sqlite;

namespace RecoveryBot.Tests.Infrastructure;

/// <summary>A folder that is deleted, with any SQLite files in it, when the test ends.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("recoverybot-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere; the OS temp cleaner takes it.
        }
    }
}
