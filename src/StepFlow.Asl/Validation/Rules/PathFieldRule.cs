using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// JSONPath fields hold the kind of path their field needs: InputPath/OutputPath any Path (or null), ResultPath a
/// Reference Path into the input (or null), the *Path fields a Reference Path, and Fail ErrorPath/CausePath a
/// Reference Path or a string-returning intrinsic. Only JSONPath states evaluate them.
/// </summary>
public sealed class PathFieldRule : IAslRule
{
    public static readonly AslRuleDescriptor BadPath = new(
        "SF5001",
        "Invalid JSONPath",
        "State '{0}': {1} '{2}' is not a valid path: {3}",
        AslSeverity.Error,
        "StepFlow.Paths");

    public static readonly AslRuleDescriptor BadReferencePath = new(
        "SF5002",
        "Invalid reference path",
        "State '{0}': {1} '{2}' must address one value, like $.field: {3}",
        AslSeverity.Error,
        "StepFlow.Paths");

    public static readonly AslRuleDescriptor BadErrorPath = new(
        "SF5011",
        "Fail ErrorPath or CausePath is not a string",
        "Fail state '{0}': {1} '{2}' {3}",
        AslSeverity.Error,
        "StepFlow.Paths");

    private static readonly Dictionary<string, PathKind> Fields = new()
    {
        ["InputPath"] = PathKind.Path,
        ["OutputPath"] = PathKind.Path,
        ["ResultPath"] = PathKind.ResultPath,
        ["ItemsPath"] = PathKind.ReferencePath,
        ["TimeoutSecondsPath"] = PathKind.ReferencePath,
        ["HeartbeatSecondsPath"] = PathKind.ReferencePath,
        ["SecondsPath"] = PathKind.ReferencePath,
        ["TimestampPath"] = PathKind.ReferencePath,
        ["MaxConcurrencyPath"] = PathKind.ReferencePath,
        ["ToleratedFailurePercentagePath"] = PathKind.ReferencePath,
        ["ToleratedFailureCountPath"] = PathKind.ReferencePath,
    };

    private static readonly HashSet<string> Nullable = new() { "InputPath", "OutputPath", "ResultPath" };

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { BadPath, BadReferencePath, BadErrorPath };

    /// <summary>
    /// What the state field <paramref name="field"/> takes, as this rule checks it (Fail's ErrorPath and CausePath: a
    /// Reference Path unless they call an intrinsic), or null when it is not a path field.
    /// </summary>
    public static PathKind? KindOf(string field)
        => Fields.TryGetValue(field, out var kind) ? kind : field is "ErrorPath" or "CausePath" ? PathKind.ReferencePath : null;

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (context.IsJsonata(state))
            {
                continue;
            }

            foreach (var property in state.Body.Properties)
            {
                if (Fields.TryGetValue(property.Name, out var kind))
                {
                    CheckPath(context, state.Name, property.Name, property.Value, state.Path, property.Name, kind);
                }
                else if (state.Type == "Fail" && property.Name is "ErrorPath" or "CausePath")
                {
                    CheckErrorPath(context, state.Name, property.Name, property.Value, Placeholders.Append(state.Path, property.Name));
                }
            }
        }

        foreach (var catcher in ErrorHandlers.All(context, "Catch"))
        {
            if (!context.IsJsonata(catcher.State) && catcher.Body["ResultPath"] is { } resultPath)
            {
                CheckPath(context, catcher.State.Name, "Catcher " + catcher.Index + " ResultPath", resultPath, catcher.Path, "ResultPath", PathKind.ResultPath);
            }
        }
    }

    /// <summary>Checks the path <paramref name="value"/> held by member <paramref name="member"/> of the object at <paramref name="ownerPath"/>.</summary>
    private static void CheckPath(AslValidationContext context, string state, string field, AslValue value, string ownerPath, string member, PathKind kind)
    {
        if (value is AslNull && (Nullable.Contains(field) || field.EndsWith("ResultPath", System.StringComparison.Ordinal)))
        {
            return;
        }

        if (value is not AslString text)
        {
            context.Report(kind == PathKind.Path ? BadPath : BadReferencePath, value, Placeholders.Append(ownerPath, member), state, field, value.ToString(), "a path is a string");
            return;
        }

        if (PathSyntax.Check(text.Value, kind) is { } problem)
        {
            context.Report(kind == PathKind.Path ? BadPath : BadReferencePath, value, Placeholders.Append(ownerPath, member), state, field, text.Value, problem);
        }
    }

    private static void CheckErrorPath(AslValidationContext context, string state, string field, AslValue value, string path)
    {
        if (value is not AslString text)
        {
            context.Report(BadErrorPath, value, path, state, field, value.ToString(), "must be a path or an intrinsic function call");
            return;
        }

        if (IntrinsicSyntax.LooksLikeCall(text.Value))
        {
            // Syntax, names and arity are IntrinsicFunctionRule's; here only the result type matters.
            if (IntrinsicSyntax.Parse(text.Value, out _) is { } call && StepFlow.Paths.IntrinsicCatalog.TryGet(call.Name, out var function) && !function.ReturnsString)
            {
                context.Report(BadErrorPath, value, path, state, field, text.Value, "calls " + call.Name + ", which does not return a string: use States.Format, States.JsonToString, States.ArrayGetItem, States.Base64Encode, States.Base64Decode, States.Hash or States.UUID");
            }

            return;
        }

        if (PathSyntax.Check(text.Value, PathKind.ReferencePath) is { } problem)
        {
            context.Report(BadErrorPath, value, path, state, field, text.Value, "must be a reference path or a string-returning intrinsic: " + problem);
        }
    }
}
