using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using RecoveryBot;
using RecoveryBot.Bots;
using RecoveryBot.Channels.DirectLine;
using RecoveryBot.Conversation;
using RecoveryBot.Exercises;
using RecoveryBot.GroupSessions;
using RecoveryBot.Privacy;
using RecoveryBot.Safety;
using RecoveryBot.Storage;
using RecoveryBot.Web;

if (args.Length > 0 && args[0] == ValidateCommand.Name)
{
    return ValidateCommand.Run(args.Length > 1 ? args[1] : null, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
// The SDK's Bot Connector client comes from the default HttpClient: a connector that answers 5xx, 408 or 429 for a moment
// gets up to three more tries with backoff (Retry-After honoured), each try limited, the whole send bounded.
builder.Services.AddHttpClient(Microsoft.Extensions.Options.Options.DefaultName).AddStandardResilienceHandler(RecoveryBot.Channels.ConnectorRetries.Configure);
builder.Services.AddPrivacy(builder.Configuration);
builder.Services.AddBotStorage(builder.Configuration);
builder.Services.AddCrisisSafety(builder.Configuration);
builder.Services.AddReflectionConversation(builder.Configuration);
builder.Services.AddGroupSessions(builder.Configuration);

// Started before the server listens: the first message meets a fully armed safety check at full speed.
builder.Services.AddHostedService<StartupWarmUp>();

// Reads MicrosoftAppType/Id/Password/TenantId; with no app id, requests are accepted without a token (local, Emulator).
// Wrapped so that every refused token is a 401 (the SDK alone lets a forged signature through as a 500).
builder.Services.AddSingleton<ConfigurationBotFrameworkAuthentication>();
builder.Services.AddSingleton<BotFrameworkAuthentication>(services => new ChannelAuthentication(services.GetRequiredService<ConfigurationBotFrameworkAuthentication>(), services.GetRequiredService<TimeProvider>()));
builder.Services.AddTurns();
builder.Services.AddSingleton<IBotFrameworkHttpAdapter, AdapterWithErrorHandler>();
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddWebOptions(builder.Configuration);

var app = builder.Build();

app.UseSecurityHeaders();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapHealthChecks("/healthz");
app.MapPost("/api/messages", async (HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot, IHostApplicationLifetime lifetime) =>
{
    if (await ActivityRequestValidator.ValidateAsync(context, context.RequestAborted))
    {
        // A turn runs to the end even if the caller hangs up: stopping halfway would leave state half-written.
        await adapter.ProcessAsync(context.Request, context.Response, bot, lifetime.ApplicationStopping);
    }
});
app.MapDirectLine();

app.Run();
return 0;

/// <summary>The app's entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
