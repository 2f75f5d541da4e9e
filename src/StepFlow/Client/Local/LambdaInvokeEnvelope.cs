using System.Text.Json.Nodes;

namespace StepFlow.Client;

/// <summary>
/// The shape of the optimized <c>lambda:invoke</c> integration: the task input carries the function's event under
/// <c>Payload</c>, and the task result wraps the function's return value the same way (the generated ASL then
/// selects <c>$.Payload</c>). Local dispatch reproduces it so the ASL behaves as on AWS.
/// </summary>
public static class LambdaInvokeEnvelope
{
    /// <summary>The function's event: <c>Payload</c> of the task input, or the whole input when absent.</summary>
    public static JsonNode? Unwrap(JsonNode? taskInput)
        => taskInput is JsonObject envelope && envelope.ContainsKey("Payload") ? envelope["Payload"] : taskInput;

    /// <summary>The task result Lambda's Invoke API returns for a successful call.</summary>
    public static JsonNode Wrap(JsonNode? payload) => new JsonObject
    {
        ["ExecutedVersion"] = "$LATEST",
        ["Payload"] = payload,
        ["StatusCode"] = 200,
    };
}
