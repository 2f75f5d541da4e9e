using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation.Rules;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Asl.Validation;

/// <summary>
/// Where variables are assigned and read. Reads are collected from JSONPath states only (paths that start with
/// $name, also inside intrinsic calls): in JSONata, $name also names functions and local bindings, which cannot be
/// told apart from variables without a full JSONata parser.
/// </summary>
public static class VariableReads
{
    /// <summary>A read of variable <see cref="Name"/> by the string <see cref="Source"/>.</summary>
    public readonly record struct Read(string Name, AslString Source, string Path);

    /// <summary>An assignment of <see cref="Name"/> by the key <see cref="Key"/> of an Assign object.</summary>
    public readonly record struct Assignment(string Name, AslProperty Key, AslValue Target, string Path);

    private static readonly string[] PathFields =
    {
        "InputPath", "OutputPath", "ItemsPath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "SecondsPath", "TimestampPath",
        "MaxConcurrencyPath", "ToleratedFailurePercentagePath", "ToleratedFailureCountPath", "ErrorPath", "CausePath",
    };

    /// <summary>Every Assign key of a state: its own, its catchers' and its Choice rules'.</summary>
    public static IEnumerable<Assignment> Assignments(StateNode state)
    {
        if (state.Body["Assign"] is AslObject own)
        {
            foreach (var assignment in Keys(own, state.Path + ".Assign"))
            {
                yield return assignment;
            }
        }

        foreach (var (owner, path) in PayloadTemplateRule.AssignOwners(state))
        {
            if (owner["Assign"] is AslObject assign)
            {
                foreach (var assignment in Keys(assign, path + ".Assign"))
                {
                    yield return assignment;
                }
            }
        }
    }

    /// <summary>Every variable a JSONPath state reads.</summary>
    public static IEnumerable<Read> Reads(AslValidationContext context, StateNode state)
    {
        if (context.IsJsonata(state))
        {
            yield break;
        }

        foreach (var field in PathFields)
        {
            if (state.Body[field] is AslString text)
            {
                foreach (var read in InText(text, state.Path + "." + field))
                {
                    yield return read;
                }
            }
        }

        foreach (var (template, path) in PayloadTemplateRule.Templates(state))
        {
            foreach (var member in JsonWalk.Members(template, path))
            {
                if (JsonWalk.IsDollarKey(member.Property.Name) && member.Property.Value is AslString text)
                {
                    foreach (var read in InText(text, member.Path))
                    {
                        yield return read;
                    }
                }
            }
        }

        if (state.Body.GetArray("Choices") is { } choices)
        {
            foreach (var member in JsonWalk.Members(choices, state.Path + ".Choices"))
            {
                if ((member.Property.Name == "Variable" || member.Property.Name.EndsWith("Path", System.StringComparison.Ordinal)) && member.Property.Value is AslString text)
                {
                    foreach (var read in InText(text, member.Path))
                    {
                        yield return read;
                    }
                }
            }
        }
    }

    private static IEnumerable<Assignment> Keys(AslObject assign, string path)
    {
        foreach (var property in assign.Properties)
        {
            var name = JsonWalk.IsDollarKey(property.Name) ? property.Name.Substring(0, property.Name.Length - 2) : property.Name;
            yield return new Assignment(name, property, property.Value, Model.Placeholders.Append(path, property.Name));
        }
    }

    /// <summary>The $name references in a path or intrinsic call, skipping single-quoted literals.</summary>
    private static IEnumerable<Read> InText(AslString text, string path)
    {
        var value = text.Value;
        var quoted = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (c == '$' && !quoted)
            {
                if (i + 1 < value.Length && value[i + 1] == '$')
                {
                    i++;
                    continue;
                }

                var start = i + 1;
                var end = start;
                while (end < value.Length && PathSyntax.IsIdentifierPart(value[end]))
                {
                    end++;
                }

                // Inside a filter, @ and $ paths compare values; only a name right after $ is a variable.
                if (end > start && PathSyntax.IsIdentifierStart(value[start]))
                {
                    yield return new Read(value.Substring(start, end - start), text, path);
                }

                i = end - 1;
            }
        }
    }
}
