using System.Text.Json.Nodes;

namespace StepFlow.Local.Jsonata;

/// <summary>Outcome of a JSONata evaluation: a JSON value (which may be JSON null), JSONata <c>undefined</c>, or an
/// error with a JSONata error code such as <c>T1006</c>.</summary>
public readonly struct JsonataResult
{
    private JsonataResult(JsonNode? value, bool isUndefined, string? errorCode, string? errorMessage)
    {
        Value = value;
        IsUndefined = isUndefined;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
    }

    /// <summary>The value; meaningful only when neither <see cref="IsUndefined"/> nor <see cref="IsError"/>.</summary>
    public JsonNode? Value { get; }

    /// <summary>True when the expression produced nothing (distinct from JSON null).</summary>
    public bool IsUndefined { get; }

    /// <summary>The JSONata error code, e.g. <c>T1006</c>, when evaluation failed.</summary>
    public string? ErrorCode { get; }

    /// <summary>The JSONata error message when evaluation failed.</summary>
    public string? ErrorMessage { get; }

    public bool IsError => ErrorCode is not null;

    public static JsonataResult Undefined => new(null, true, null, null);

    public static JsonataResult FromValue(JsonNode? value) => new(value, false, null, null);

    public static JsonataResult Failure(string errorCode, string message) => new(null, false, errorCode, message);
}
