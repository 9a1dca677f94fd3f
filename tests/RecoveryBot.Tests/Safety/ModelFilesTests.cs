using RecoveryBot.Safety;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Safety;

/// <summary>The model folder keeps what starts use and loses models no start has written for a week.</summary>
public sealed class ModelFilesTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_saved_model_replaces_unused_models_of_its_kind_and_keeps_recent_ones_and_other_kinds()
    {
        var stale = Touch("crisis-0001.zip", TimeSpan.FromDays(8));
        var recent = Touch("crisis-0002.zip", TimeSpan.FromDays(1));
        var otherKind = Touch("intents-0003.zip", TimeSpan.FromDays(30));
        var path = _folder.File("crisis-0004.zip");

        Assert.True(ModelFiles.Keep(path, p => File.WriteAllText(p, "model")));

        Assert.Equal("model", File.ReadAllText(path));
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(recent));
        Assert.True(File.Exists(otherKind));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Fact]
    public void A_model_that_cannot_be_saved_leaves_no_partial_file_and_says_so()
    {
        var path = _folder.File("crisis-0005.zip");

        Assert.False(ModelFiles.Keep(path, p => { File.WriteAllText(p, "half"); throw new IOException("disk full"); }));

        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    private string Touch(string name, TimeSpan age)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, "old");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return path;
    }
}
