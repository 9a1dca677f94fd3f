using Newtonsoft.Json;

namespace RecoveryBot.Dialogs;

/// <summary>
/// One entry of the persisted dialog stack. A plain JSON class: after a reload from storage that
/// keeps no type names, the values in <see cref="State"/> come back as long/double/bool/string, and objects and arrays
/// as their JSON text (<see cref="Newtonsoft.Json.Linq.JRaw"/>), so dialogs read them through coercing helpers
/// (<see cref="WaterfallStepContext.GetOptions{T}"/>, <see cref="ValuesExtensions.GetValue{T}"/>) rather than casts.
/// </summary>
public sealed class DialogInstance
{
    /// <summary>Gets or sets the id of the dialog this instance runs.</summary>
    [JsonProperty("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the dialog's own persisted state. The key <c>"dialogs"</c> is a component's inner stack
    /// and is read back as a <see cref="DialogState"/>; other dialogs must not use it.</summary>
    [JsonProperty("state")]
    [JsonConverter(typeof(Internal.InstanceStateConverter))]
    public Dictionary<string, object?> State { get; set; } = new();

    /// <summary>
    /// Gets or sets the version of the dialog when this instance was started (see <see cref="Dialog.GetVersion"/>).
    /// A mismatch on a later turn means a deployment changed the dialog; null skips the check.
    /// </summary>
    [JsonProperty("version")]
    public string? Version { get; set; }
}
