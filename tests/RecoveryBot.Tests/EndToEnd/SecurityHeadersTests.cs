using System.Net;
using System.Text;
using RecoveryBot.Tests.Infrastructure;
using RecoveryBot.Web;

namespace RecoveryBot.Tests.EndToEnd;

/// <summary>The security headers on every kind of response, and CORS closed unless origins are configured.</summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> Requests => new()
    {
        { "GET", "/" },
        { "GET", "/index.html" },
        { "GET", "/css/chat.css" },
        { "GET", "/healthz" },
        { "GET", "/no-such-page" },
        { "POST", "/api/messages" },
        { "POST", "/v3/directline/conversations" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Every_response_carries_the_security_headers(string method, string path)
    {
        using var app = BotApplicationFactory.WithSqlite(_folder.File("bot.db"));
        using var http = app.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{", Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal(SecurityHeaders.PermissionsPolicy, Header(response, "Permissions-Policy"));
    }

    [Fact]
    public async Task Configured_frame_ancestors_may_frame_the_page()
    {
        using var app = BotApplicationFactory.WithSqlite(_folder.File("bot.db"), new Dictionary<string, string?> { ["Web:FrameAncestors:0"] = "https://group.example.org" });
        using var http = app.CreateClient();

        using var response = await http.GetAsync("/");

        Assert.Contains("frame-ancestors https://group.example.org;", Header(response, "Content-Security-Policy"));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Theory]
    [InlineData("http://group.example.org")]
    [InlineData("https://group.example.org/chat")]
    [InlineData("https://a.example.org; script-src *")]
    [InlineData("*")]
    [InlineData("https://bücher.example")]
    [InlineData("https://user:secret@group.example.org")]
    public void A_frame_ancestor_that_is_not_an_https_origin_stops_start_up(string origin)
    {
        var failure = BotApplicationFactory.StartupFailure(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Web:FrameAncestors:0"] = origin,
        });

        Assert.Contains("Web:FrameAncestors", failure.ToString());
    }

    [Theory]
    [InlineData("/v3/directline/conversations")]
    [InlineData("/v3/directline/tokens/generate")]
    [InlineData("/api/messages")]
    public async Task Cors_is_closed_to_other_sites_by_default(string path)
    {
        using var app = BotApplicationFactory.WithSqlite(_folder.File("bot.db"));
        using var http = app.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
        preflight.Headers.Add("Origin", "https://elsewhere.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        using var response = await http.SendAsync(preflight);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}
