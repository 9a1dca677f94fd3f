namespace RecoveryBot.Safety;

/// <summary>
/// Where trained models are kept between starts (<c>data/models</c> by default): each is written aside and moved into
/// place, so a crash or a second instance never leaves half a file, and models of the same kind that no start has
/// written or loaded for a week (older builds, older data) are removed, so the folder does not grow with every build.
/// </summary>
internal static class ModelFiles
{
    /// <summary>How long a model file nobody wrote again is kept (a rolling deployment's older build may still want it).</summary>
    internal static readonly TimeSpan KeepUnused = TimeSpan.FromDays(7);

    /// <summary>Saves a model to <paramref name="path"/> (named <c>{kind}-{fingerprint}.zip</c>) with
    /// <paramref name="save"/>, then removes unused models of the same kind. Returns false if it could not be kept (the
    /// next start trains again; nothing else is lost).</summary>
    internal static bool Keep(string path, Action<string> save)
    {
        var partial = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            save(partial);
            File.Move(partial, path, overwrite: true);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            TryDelete(partial);
            return false;
        }

        var name = Path.GetFileName(path);
        var kind = name[..(name.IndexOf('-') + 1)];
        foreach (var old in Directory.EnumerateFiles(Path.GetDirectoryName(path)!, kind + "*.zip"))
        {
            if (old != path && File.GetLastWriteTimeUtc(old) < DateTime.UtcNow - KeepUnused)
            {
                TryDelete(old);
            }
        }

        return true;
    }

    /// <summary>Notes that a start loaded the model at <paramref name="path"/>, so it is kept while in use.</summary>
    internal static void MarkUsed(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only folder: the model still works; it may be removed a week after its last write.
        }
    }

    /// <summary>Removes a model file if it can (a damaged one, an old one); otherwise it is replaced or ignored next time.</summary>
    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Left where it is.
        }
    }
}
