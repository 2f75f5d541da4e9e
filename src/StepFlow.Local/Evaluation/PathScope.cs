using System.Text.Json.Nodes;

namespace StepFlow.Local.Evaluation;

/// <summary>The document <c>$</c> refers to plus the surrounding state context.</summary>
internal readonly record struct PathScope(JsonNode? Input, IStateContext State);
