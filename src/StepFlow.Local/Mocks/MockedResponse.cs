using System.Text.Json.Nodes;

namespace StepFlow.Local.Mocks;

/// <summary>One canned task outcome: a result to return or an error to throw.</summary>
public sealed class MockedResponse
{
    private MockedResponse(JsonNode? result, string? error, string? cause, bool isThrow)
    {
        Result = result;
        Error = error;
        Cause = cause;
        IsThrow = isThrow;
    }

    public JsonNode? Result { get; }

    public string? Error { get; }

    public string? Cause { get; }

    public bool IsThrow { get; }

    public static MockedResponse Return(JsonNode? result) => new(result, null, null, false);

    public static MockedResponse Throw(string error, string? cause = null) => new(null, error, cause, true);
}
