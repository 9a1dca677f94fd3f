using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace RecoveryBot.Deployment.Tests;

public sealed class TeamsManifestTests(ITestOutputHelper output)
{
    private const string PlaceholderId = "00000000-0000-0000-0000-000000000000";
    private static readonly Regex Guid = new("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$");
    private static readonly string ManifestPath = Path.Combine(RepoPaths.Teams, "manifest.json");

    private static JsonNode Manifest() =>
        JsonNode.Parse(File.ReadAllText(ManifestPath), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow })
        ?? throw new InvalidDataException("manifest.json is empty");

    [Fact]
    public void Manifest_is_valid_json_and_its_schema_url_matches_the_manifest_version()
    {
        var manifest = Manifest();
        var version = (string)manifest["manifestVersion"]!;
        Assert.Matches(@"^1\.\d+$", version);
        Assert.True(int.Parse(version.Split('.')[1]) >= 19, $"manifest version {version} is older than 1.19");
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", (string)manifest["$schema"]!);
    }

    [Fact]
    public void Required_top_level_fields_are_present_and_within_limits()
    {
        var m = Manifest();
        foreach (var field in new[] { "manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor" })
        {
            Assert.NotNull(m[field]);
        }

        Assert.Matches(@"^\d+\.\d+\.\d+$", (string)m["version"]!);
        Assert.Matches(Guid, (string)m["id"]!);
        Assert.Matches("^#[0-9a-fA-F]{6}$", (string)m["accentColor"]!);

        var developer = m["developer"]!;
        Assert.InRange(((string)developer["name"]!).Length, 1, 32);
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            var value = (string)developer[url]!;
            Assert.StartsWith("https://", value);
            Assert.DoesNotContain("example.com", value);
            Assert.True(Uri.TryCreate(value, UriKind.Absolute, out _), $"{url} is not a URL");
        }

        Assert.InRange(((string)m["name"]!["short"]!).Length, 1, 30);
        Assert.InRange(((string)m["name"]!["full"]!).Length, 1, 100);
        Assert.InRange(((string)m["description"]!["short"]!).Length, 1, 80);
        var full = (string)m["description"]!["full"]!;
        Assert.InRange(full.Length, 1, 4000);
        Assert.Contains("not a therapist", full);
    }

    [Fact]
    public void App_id_and_bot_id_are_the_documented_placeholder_guid()
    {
        var m = Manifest();
        Assert.Equal(PlaceholderId, (string)m["id"]!);
        Assert.Equal(PlaceholderId, (string)m["bots"]![0]!["botId"]!);
        Assert.Contains(PlaceholderId, File.ReadAllText(Path.Combine(RepoPaths.DeploymentTemplates, "README.md")));
    }

    [Fact]
    public void Bot_is_conversational_in_personal_team_and_group_chat_scopes()
    {
        var bots = Manifest()["bots"]!.AsArray();
        var bot = Assert.Single(bots)!;
        var scopes = bot["scopes"]!.AsArray().Select(s => (string)s!).ToHashSet();
        Assert.Equal(new HashSet<string> { "personal", "team", "groupChat" }, scopes);
        Assert.False((bool)bot["supportsFiles"]!);
        Assert.False((bool)bot["isNotificationOnly"]!);
    }

    [Fact]
    public void Command_lists_cover_every_scope_with_short_titles_and_descriptions()
    {
        var bot = Manifest()["bots"]![0]!;
        var botScopes = bot["scopes"]!.AsArray().Select(s => (string)s!).ToHashSet();
        var lists = bot["commandLists"]!.AsArray();
        Assert.InRange(lists.Count, 1, 3);
        var covered = new HashSet<string>();
        foreach (var list in lists)
        {
            var scopes = list!["scopes"]!.AsArray().Select(s => (string)s!).ToList();
            Assert.All(scopes, s => Assert.Contains(s, botScopes));
            covered.UnionWith(scopes);

            var commands = list["commands"]!.AsArray();
            Assert.InRange(commands.Count, 1, 10);
            var titles = commands.Select(c => (string)c!["title"]!).ToList();
            Assert.Equal(titles.Count, titles.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            foreach (var command in commands)
            {
                var title = (string)command!["title"]!;
                var description = (string)command["description"]!;
                Assert.InRange(title.Length, 1, 32);
                Assert.InRange(description.Length, 1, 128);
            }
        }

        Assert.Equal(botScopes, covered);
        var personal = lists.Single(l => l!["scopes"]!.AsArray().Any(s => (string)s! == "personal"))!;
        var personalTitles = personal["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToList();
        foreach (var expected in new[] { "menu", "help", "help now", "my reflections", "delete my data" })
        {
            Assert.Contains(expected, personalTitles);
        }
        // In a group chat or channel the bot gives crisis lines, the way to a private chat, and a facilitator's group
        // session commands: the list promises only these.
        var group = lists.Single(l => l!["scopes"]!.AsArray().Any(s => (string)s! == "groupChat"))!;
        Assert.Equal(["help now", "help", "start group session", "next", "status", "end session"], group["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToList());
    }

    [Fact]
    public void Icons_exist_as_pngs_of_the_sizes_teams_requires()
    {
        var icons = Manifest()["icons"]!;
        var color = Png.Read(Path.Combine(RepoPaths.Teams, (string)icons["color"]!));
        var outline = Png.Read(Path.Combine(RepoPaths.Teams, (string)icons["outline"]!));
        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
    }

    [Fact]
    public void Outline_icon_is_white_on_transparent()
    {
        var outline = Png.Read(Path.Combine(RepoPaths.Teams, "outline.png"));
        Assert.True(outline.HasAlphaChannel, "outline.png has no alpha channel");
        Assert.NotNull(outline.Rgba);
        int transparent = 0, drawn = 0;
        for (var y = 0; y < outline.Height; y++)
        {
            for (var x = 0; x < outline.Width; x++)
            {
                var (r, g, b, a) = outline.Pixel(x, y);
                if (a == 0)
                {
                    transparent++;
                }
                else
                {
                    drawn++;
                    Assert.True(r == 255 && g == 255 && b == 255, $"pixel ({x},{y}) is not white: {r},{g},{b}");
                }
            }
        }

        output.WriteLine($"transparent {transparent}, drawn {drawn}");
        Assert.True(transparent > 32 * 32 / 4, "the outline icon should be mostly transparent");
        Assert.True(drawn > 20, "the outline icon has almost nothing drawn");
        Assert.Equal(0, outline.Pixel(0, 0).A); // corners are background
    }

    [Fact]
    public void Color_icon_is_opaque_in_the_middle_and_uses_the_accent_color()
    {
        var color = Png.Read(Path.Combine(RepoPaths.Teams, "color.png"));
        Assert.NotNull(color.Rgba);
        var accent = Convert.FromHexString(((string)Manifest()["accentColor"]!)[1..]);
        var (r, g, b, a) = color.Pixel(20, 96); // left of the leaf, inside the rounded square
        Assert.Equal(255, a);
        Assert.Equal((accent[0], accent[1], accent[2]), (r, g, b));
    }

    [Fact]
    public void Icon_script_regenerates_exactly_the_committed_pngs()
    {
        var work = Directory.CreateTempSubdirectory("recoverybot-icons-");
        try
        {
            var script = Path.Combine(work.FullName, "make-icons.py");
            File.Copy(Path.Combine(RepoPaths.Teams, "make-icons.py"), script);
            var run = ProcessRunner.Run("python3", [script], work.FullName);
            Assert.True(run.ExitCode == 0, run.StdErr);
            foreach (var icon in new[] { "color.png", "outline.png" })
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Teams, icon)), File.ReadAllBytes(Path.Combine(work.FullName, icon)));
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void Package_script_zips_exactly_manifest_and_icons_at_the_root_with_the_real_ids()
    {
        const string appId = "1a2b3c4d-1234-5678-9abc-def012345678";
        var before = File.ReadAllText(ManifestPath);
        var work = Directory.CreateTempSubdirectory("recoverybot-package-");
        try
        {
            var zipPath = Path.Combine(work.FullName, "out", "recoverybot-teams.zip");
            var run = ProcessRunner.Run("bash", [Path.Combine(RepoPaths.Teams, "package.sh"), appId, zipPath, "recoverybot-x.azurewebsites.net"], work.FullName);
            output.WriteLine(run.StdOut + run.StdErr);
            Assert.True(run.ExitCode == 0, run.StdErr);

            using var zip = ZipFile.OpenRead(zipPath);
            var names = zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(["color.png", "manifest.json", "outline.png"], names);

            using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
            var packaged = JsonNode.Parse(reader.ReadToEnd())!;
            Assert.Equal(appId, (string)packaged["id"]!);
            Assert.Equal(appId, (string)packaged["bots"]![0]!["botId"]!);
            Assert.Equal(["recoverybot-x.azurewebsites.net"], packaged["validDomains"]!.AsArray().Select(d => (string)d!));
            Assert.DoesNotContain(PlaceholderId, packaged.ToJsonString());

            using var icon = zip.GetEntry("color.png")!.Open();
            using var copy = new MemoryStream();
            icon.CopyTo(copy);
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Teams, "color.png")), copy.ToArray());
        }
        finally
        {
            work.Delete(recursive: true);
        }

        Assert.Equal(before, File.ReadAllText(ManifestPath)); // the committed manifest is left alone
    }

    [Fact]
    public void Package_script_without_a_host_leaves_valid_domains_empty_and_still_valid_json()
    {
        var work = Directory.CreateTempSubdirectory("recoverybot-package-");
        try
        {
            var zipPath = Path.Combine(work.FullName, "p.zip");
            var run = ProcessRunner.Run("bash", [Path.Combine(RepoPaths.Teams, "package.sh"), "1a2b3c4d-1234-5678-9abc-def012345678", zipPath], work.FullName);
            Assert.True(run.ExitCode == 0, run.StdErr);
            using var zip = ZipFile.OpenRead(zipPath);
            using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
            var packaged = JsonNode.Parse(reader.ReadToEnd())!;
            Assert.Empty(packaged["validDomains"]!.AsArray());
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData(PlaceholderId)]
    public void Package_script_refuses_an_app_id_that_is_not_a_real_guid(string appId)
    {
        var work = Directory.CreateTempSubdirectory("recoverybot-package-");
        try
        {
            var zipPath = Path.Combine(work.FullName, "p.zip");
            var run = ProcessRunner.Run("bash", [Path.Combine(RepoPaths.Teams, "package.sh"), appId, zipPath], work.FullName);
            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains("APP_ID", run.StdErr);
            Assert.False(File.Exists(zipPath));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
