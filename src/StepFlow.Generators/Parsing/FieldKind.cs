using System.Collections.Generic;

namespace StepFlow.Generators.Parsing;

/// <summary>How an attribute property becomes an ASL field.</summary>
internal enum FieldKind
{
    /// <summary>A string (or an explicit null) written as is.</summary>
    Text,

    /// <summary>A state name or <c>nameof(member)</c>, resolved against the scope's members.</summary>
    Transition,

    /// <summary>JSON text, or a <c>{% %}</c> expression written as a string.</summary>
    Json,

    /// <summary>A number, or a <c>{% %}</c> expression (JSONata).</summary>
    NumberOrExpression,

    /// <summary>Handled by the parser itself (Name, StartAt, End, QueryLanguage, nested scopes, ...).</summary>
    Special,
}

/// <summary>The ASL field behind each state attribute property.</summary>
internal static class FieldKinds
{
    private static readonly Dictionary<string, FieldKind> Kinds = new()
    {
        ["Comment"] = FieldKind.Text,
        ["InputPath"] = FieldKind.Text,
        ["OutputPath"] = FieldKind.Text,
        ["ResultPath"] = FieldKind.Text,
        ["Resource"] = FieldKind.Text,
        ["TimeoutSecondsPath"] = FieldKind.Text,
        ["HeartbeatSecondsPath"] = FieldKind.Text,
        ["SecondsPath"] = FieldKind.Text,
        ["Timestamp"] = FieldKind.Text,
        ["TimestampPath"] = FieldKind.Text,
        ["Error"] = FieldKind.Text,
        ["ErrorPath"] = FieldKind.Text,
        ["Cause"] = FieldKind.Text,
        ["CausePath"] = FieldKind.Text,
        ["ItemsPath"] = FieldKind.Text,
        ["MaxConcurrencyPath"] = FieldKind.Text,
        ["ToleratedFailurePercentagePath"] = FieldKind.Text,
        ["ToleratedFailureCountPath"] = FieldKind.Text,
        ["Label"] = FieldKind.Text,
        ["Next"] = FieldKind.Transition,
        ["Default"] = FieldKind.Transition,
        ["Parameters"] = FieldKind.Json,
        ["Arguments"] = FieldKind.Json,
        ["ResultSelector"] = FieldKind.Json,
        ["Output"] = FieldKind.Json,
        ["Assign"] = FieldKind.Json,
        ["Result"] = FieldKind.Json,
        ["Credentials"] = FieldKind.Json,
        ["ItemSelector"] = FieldKind.Json,
        ["ItemReader"] = FieldKind.Json,
        ["ItemBatcher"] = FieldKind.Json,
        ["ResultWriter"] = FieldKind.Json,
        ["Items"] = FieldKind.Json,
        ["TimeoutSeconds"] = FieldKind.NumberOrExpression,
        ["HeartbeatSeconds"] = FieldKind.NumberOrExpression,
        ["Seconds"] = FieldKind.NumberOrExpression,
        ["MaxConcurrency"] = FieldKind.NumberOrExpression,
        ["ToleratedFailurePercentage"] = FieldKind.NumberOrExpression,
        ["ToleratedFailureCount"] = FieldKind.NumberOrExpression,
    };

    public static FieldKind Of(string property) => Kinds.TryGetValue(property, out var kind) ? kind : FieldKind.Special;
}
