using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;

namespace RecoveryBot.Dialogs;

/// <summary>A named collection of dialogs, optionally bound to the state property that persists the stack.</summary>
public sealed class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _accessor;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private IBotTelemetryClient _telemetryClient = NullBotTelemetryClient.Instance;

    /// <summary>Creates a set.</summary>
    /// <param name="dialogState">The accessor that persists the stack; null for sets inside a <see cref="ComponentDialog"/>.</param>
    public DialogSet(IStatePropertyAccessor<DialogState>? dialogState = null)
    {
        _accessor = dialogState;
    }

    /// <summary>Gets the dialogs in the set.</summary>
    public IEnumerable<Dialog> Dialogs => _dialogs.Values;

    /// <summary>
    /// Gets or sets the telemetry client of every dialog in the set, and of every dialog added later (as in the SDK).
    /// Null means <see cref="NullBotTelemetryClient.Instance"/>.
    /// </summary>
    public IBotTelemetryClient TelemetryClient
    {
        get => _telemetryClient;
        set
        {
            _telemetryClient = value ?? NullBotTelemetryClient.Instance;
            foreach (var dialog in _dialogs.Values)
            {
                dialog.TelemetryClient = _telemetryClient;
            }
        }
    }

    /// <summary>Gets the dialogs in the set (the SDK's method form of <see cref="Dialogs"/>).</summary>
    /// <returns>The dialogs.</returns>
    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>
    /// Adds a dialog. Adding the same object twice is a no-op. Unlike the SDK (which silently renames
    /// the newcomer), a different dialog with an existing id throws: renamed ids would break stored stacks.
    /// </summary>
    /// <param name="dialog">The dialog.</param>
    /// <returns>This set, for chaining.</returns>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog))
            {
                return this;
            }

            throw new ArgumentException($"A different dialog with the id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        dialog.TelemetryClient = _telemetryClient;
        _dialogs.Add(dialog.Id, dialog);
        return this;
    }

    /// <summary>Finds a dialog by id.</summary>
    /// <param name="dialogId">The id.</param>
    /// <returns>The dialog, or null when absent.</returns>
    public Dialog? Find(string dialogId)
        => dialogId is not null && _dialogs.TryGetValue(dialogId, out var d) ? d : null;

    /// <summary>Loads the persisted stack and wraps it in a context for this turn.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The dialog context.</returns>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_accessor is null)
        {
            throw new InvalidOperationException("This DialogSet was created without a state property accessor, so it cannot load a stack.");
        }

        var state = await _accessor.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false)
                    ?? new DialogState();
        state.DialogStack ??= new List<DialogInstance>();

        // BotState may have converted a JObject into a fresh DialogState; set it back so our mutations are what gets saved.
        await _accessor.SetAsync(turnContext, state, cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }

    /// <summary>Gets a hash of the versions of all dialogs in the set, in id order.</summary>
    /// <returns>A short hex string.</returns>
    public string GetVersion()
    {
        var joined = string.Join("|", _dialogs.Values.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => d.GetVersion()));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..16];
    }
}
