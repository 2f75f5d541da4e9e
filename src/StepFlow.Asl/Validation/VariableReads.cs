using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation.Rules;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Asl.Validation;

/// <summary>
/// Where variables are assigned and read. Reads are collected here from JSONPath states only (paths that start with
/// $name, also inside intrinsic calls); JSONata reads come from the parsed expressions (<see cref="Syntax.JsonataReferences"/>),
/// which tell variables from functions and local bindings.
/// </summary>
public static class VariableReads
{
    /// <summary>A read of variable <see cref="Name"/> by the string <see cref="Source"/>.</summary>
    public readonly record struct Read(string Name, AslString Source, JsonLocation Owner, string Member)
    {
        /// <summary>Where the reading string sits (built only when reported).</summary>
        public string Path => JsonLocation.Describe(Owner, Member, -1);
    }

    /// <summary>An assignment of <see cref="Name"/> by the key <see cref="Key"/> of the Assign object at <see cref="Owner"/>.</summary>
    public readonly record struct Assignment(string Name, AslProperty Key, AslValue Target, JsonLocation Owner)
    {
        public string Path => JsonLocation.Describe(Owner, Key.Name, -1);
    }

    /// <summary>Every Assign key of a state: its own, its catchers' and its Choice rules' (rules read them through <see cref="AslValidationContext.AssignmentsOf"/>, computed once).</summary>
    public static IReadOnlyList<Assignment> Assignments(StateNode state)
    {
        List<Assignment>? found = null;
        if (state.Body["Assign"] is AslObject own)
        {
            Keys(own, new JsonLocation(state.Path).Member("Assign"), ref found);
        }

        foreach (var owner in PayloadTemplateRule.AssignOwners(state))
        {
            if (owner.Owner["Assign"] is AslObject assign)
            {
                Keys(assign, owner.Location.Member("Assign"), ref found);
            }
        }

        return found ?? (IReadOnlyList<Assignment>)System.Array.Empty<Assignment>();
    }

    /// <summary>Every variable a JSONPath state reads, from the path strings <see cref="PathTexts"/> lists.</summary>
    public static IEnumerable<Read> Reads(AslValidationContext context, StateNode state)
    {
        var paths = context.PathTextsOf(state);
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i];
            foreach (var read in InText(path.Text, path.Owner, path.Member))
            {
                yield return read;
            }
        }
    }

    private static void Keys(AslObject assign, JsonLocation location, ref List<Assignment>? found)
    {
        foreach (var property in assign.Properties)
        {
            var name = JsonWalk.IsDollarKey(property.Name) ? property.Name.Substring(0, property.Name.Length - 2) : property.Name;
            (found ??= new List<Assignment>()).Add(new Assignment(name, property, property.Value, location));
        }
    }

    /// <summary>The $name references in a path or intrinsic call, skipping single-quoted literals.</summary>
    private static IEnumerable<Read> InText(AslString text, JsonLocation owner, string member)
        => MayReadVariable(text.Value) ? ScanText(text, owner, member) : System.Array.Empty<Read>();

    /// <summary>Whether '$' is ever followed by a name character: most paths ("$.x", "$$.Execution") cannot read a variable.</summary>
    private static bool MayReadVariable(string value)
    {
        for (var i = value.IndexOf('$'); i >= 0 && i + 1 < value.Length; i = value.IndexOf('$', i + 1))
        {
            if (PathSyntax.IsIdentifierStart(value[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Read> ScanText(AslString text, JsonLocation owner, string member)
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
                    yield return new Read(value.Substring(start, end - start), text, owner, member);
                }

                i = end - 1;
            }
        }
    }
}
