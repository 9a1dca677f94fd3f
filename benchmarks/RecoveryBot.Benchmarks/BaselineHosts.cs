using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace RecoveryBot.Benchmarks;

/// <summary>The in-process baselines, each its own <see cref="WebApplication"/> on a free loopback port.</summary>
public static class BaselineHosts
{
    /// <summary>
    /// The Bot Framework SDK echo bot: CloudAdapter with ConfigurationBotFrameworkAuthentication (no app id, so no token
    /// is needed), ConversationState on MemoryStorage, an ActivityHandler that echoes the text and saves state.
    /// </summary>
    public static async Task<(WebApplication App, Uri Messages)> StartEchoBotAsync()
    {
        var builder = CreateBuilder();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
            new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IStorage, MemoryStorage>();
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddTransient<IBot, EchoBot>();

        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(request, response, bot, request.HttpContext.RequestAborted));
        var baseUri = await StartAsync(app);
        return (app, new Uri(baseUri, "/api/messages"));
    }

    /// <summary>A bare Kestrel JSON endpoint (no routing, no MVC): the ceiling of what this machine can serve.</summary>
    public static async Task<(WebApplication App, Uri Json)> StartBareKestrelAsync()
    {
        var builder = CreateBuilder();
        var app = builder.Build();
        app.Run(context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            return JsonSerializer.SerializeAsync(context.Response.Body, new HelloMessage("Hello, World!"), BenchJsonContext.Default.HelloMessage);
        });
        var baseUri = await StartAsync(app);
        return (app, new Uri(baseUri, "/json"));
    }

    /// <summary>A stand-in for the Bot Connector: accepts every reply (the fuzz run sends the bot's replies here).</summary>
    public static async Task<(WebApplication App, Uri Uri)> StartConnectorSinkAsync()
    {
        var app = CreateBuilder().Build();
        app.MapPost("/{**path}", () => Results.Text("""{"id":"1"}""", "application/json"));
        var baseUri = await StartAsync(app);
        return (app, baseUri);
    }

    private static WebApplicationBuilder CreateBuilder()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        return builder;
    }

    private static async Task<Uri> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var uri = new Uri(address);
        if (!uri.IsLoopback)
        {
            throw new InvalidOperationException($"Baseline bound to a non-loopback address {address}.");
        }

        return uri;
    }

    /// <summary>Echoes the text and counts turns in conversation state, so every turn reads and writes state.</summary>
    private sealed class EchoBot(ConversationState conversationState) : ActivityHandler
    {
        private readonly IStatePropertyAccessor<EchoState> _state = conversationState.CreateProperty<EchoState>(nameof(EchoState));

        public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
            await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        }

        protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            var state = await _state.GetAsync(turnContext, () => new EchoState(), cancellationToken);
            state.Turns++;
            await _state.SetAsync(turnContext, state, cancellationToken);
            await turnContext.SendActivityAsync(MessageFactory.Text($"Echo: {turnContext.Activity.Text}"), cancellationToken);
        }
    }

    private sealed class EchoState
    {
        public int Turns { get; set; }
    }
}

/// <summary>The bare endpoint's body.</summary>
public sealed record HelloMessage(string Message);
