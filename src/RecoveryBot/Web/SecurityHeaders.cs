using Microsoft.Extensions.Options;

namespace RecoveryBot.Web;

/// <summary>
/// The security headers every response carries, whatever answers it (the page, its files, the bot's endpoints, errors):
/// no MIME sniffing, no referrer, no framing except by the origins in <see cref="WebOptions.FrameAncestors"/>, and no
/// camera, microphone, location or payment access. The page's own Content-Security-Policy (a meta tag in
/// <c>wwwroot/index.html</c>) governs scripts and connections; the header adds what a meta tag cannot say.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The Permissions-Policy value: the page needs none of these.</summary>
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    /// <summary>Adds the headers to every response.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetRequiredService<IOptions<WebOptions>>().Value;
        var ancestors = options.FrameAncestors.Length == 0 ? "'none'" : string.Join(' ', options.FrameAncestors);
        var policy = $"frame-ancestors {ancestors}; base-uri 'none'; object-src 'none'";
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = policy;
                headers["Permissions-Policy"] = PermissionsPolicy;
                if (options.FrameAncestors.Length == 0)
                {
                    // For browsers that predate frame-ancestors.
                    headers.XFrameOptions = "DENY";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>Binds <see cref="WebOptions"/> and checks at start-up that every frame ancestor is an https origin.</summary>
    public static IServiceCollection AddWebOptions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WebOptions>()
            .Bind(configuration.GetSection(WebOptions.SectionName))
            .Validate(
                o => o.FrameAncestors.All(IsOrigin),
                "Web:FrameAncestors must list origins like https://example.org (https, an ASCII host name, punycode for an international one, no user, no path).")
            .ValidateOnStart();
        return services;
    }

    // An https origin in ASCII (a header cannot carry anything else: write an international name in its punycode form),
    // with no user, path, query or fragment.
    private static bool IsOrigin(string value) =>
        value.All(c => char.IsAscii(c) && !char.IsControl(c) && c != ' ' && c != ';' && c != ',')
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps && string.IsNullOrEmpty(uri.UserInfo)
        && uri.AbsolutePath == "/" && !value.EndsWith('/') && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);
}
