using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace StepFlow.Local.Execution;

/// <summary>What a state visit produced: its output, the next state (null = end of this scope) and the variable
/// assignments to apply once it has exited.</summary>
internal readonly record struct StateResult(JsonNode? Output, string? Next, IReadOnlyDictionary<string, JsonNode?>? Assigned);
