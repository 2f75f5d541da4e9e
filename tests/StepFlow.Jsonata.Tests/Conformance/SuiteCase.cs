using System.Text.Json.Nodes;

namespace StepFlow.Jsonata.Tests.Conformance;

/// <summary>One case of the official JSONata suite (one line of <c>groups/&lt;group&gt;.jsonl</c>).</summary>
internal sealed record SuiteCase(
    string Id,
    string Group,
    string Expression,
    JsonataResult Input,
    JsonObject Bindings,
    bool ExpectsResult,
    JsonNode? ExpectedResult,
    bool ExpectsUndefined,
    string? ExpectedErrorCode,
    bool Unordered,
    int? TimeLimitMs,
    int? Depth);
