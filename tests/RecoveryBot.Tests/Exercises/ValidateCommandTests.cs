using RecoveryBot;
using RecoveryBot.Exercises;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Exercises;

/// <summary>`dotnet run --project src/RecoveryBot -- validate [folder]`.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private static string Shipped => Path.Combine(AppContext.BaseDirectory, "dialogs");

    [Fact]
    public void The_shipped_folder_passes_with_exit_code_0()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        Assert.Equal(0, ValidateCommand.Run(Shipped, output, error));
        Assert.Contains("plan-amends", output.ToString());
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void A_broken_file_fails_with_its_name_and_line()
    {
        foreach (var file in Directory.GetFiles(Shipped, "*.yaml"))
        {
            File.Copy(file, _folder.File(Path.GetFileName(file)));
        }

        var broken = _folder.File("plan-amends.yaml");
        File.WriteAllText(broken, File.ReadAllText(broken).Replace("slot: draft", "slot: person"));
        var error = new StringWriter();

        Assert.Equal(1, ValidateCommand.Run(_folder.Path, new StringWriter(), error));
        Assert.Matches(@"plan-amends\.yaml:\d+:\d+: The slot 'person' is used by two questions", error.ToString());
    }

    [Fact]
    public void A_missing_folder_fails()
    {
        Assert.Equal(1, ValidateCommand.Run(_folder.File("nope"), new StringWriter(), new StringWriter()));
    }

    [Fact]
    public void The_app_refuses_to_start_with_a_broken_exercise_file()
    {
        File.WriteAllText(_folder.File("broken.yaml"), "id: Broken Id\n");
        var failure = BotApplicationFactory.StartupFailure(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Exercises:Folder"] = _folder.Path,
        });
        Assert.Contains("broken.yaml:1:", failure.ToString());
    }

    public void Dispose() => _folder.Dispose();
}
