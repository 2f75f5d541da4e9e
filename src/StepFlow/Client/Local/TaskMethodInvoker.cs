using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Client;

/// <summary>
/// Runs one Task state's C# method on the local engine: takes the task input, returns the task result. Generated
/// per method, so calling it needs no reflection.
/// </summary>
public delegate Task<JsonNode?> TaskMethodInvoker(JsonNode? input, CancellationToken cancellationToken);
