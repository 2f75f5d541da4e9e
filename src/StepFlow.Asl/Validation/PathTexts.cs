using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation;

/// <summary>
/// Every JSONPath expression a JSONPath state evaluates: its path fields, its ".$" payload-template values (paths or
/// intrinsic calls) and its Choice rules' Variable and *Path operands. JSONata states have none. Rules that read
/// what paths say (variable reads, filter operands) share this one list of places.
/// </summary>
public static class PathTexts
{
    /// <summary>A path string and where it sits: member <see cref="Member"/> of the object at <see cref="Owner"/>.</summary>
    public readonly record struct PathText(AslString Text, JsonLocation Owner, string Member)
    {
        /// <summary>Where the string sits (built only when a rule reports).</summary>
        public string Path => JsonLocation.Describe(Owner, Member, -1);
    }

    private static readonly string[] PathFields =
    {
        "InputPath", "OutputPath", "ItemsPath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "SecondsPath", "TimestampPath",
        "MaxConcurrencyPath", "ToleratedFailurePercentagePath", "ToleratedFailureCountPath", "ErrorPath", "CausePath",
    };

    /// <summary>
    /// The path strings of <paramref name="state"/>, fields first, then templates, then Choice rules. Rules read them
    /// through <see cref="AslValidationContext.PathTextsOf"/>, which collects them once per validation.
    /// </summary>
    internal static IReadOnlyList<PathText> Collect(AslValidationContext context, StateNode state)
    {
        if (context.IsJsonata(state))
        {
            return System.Array.Empty<PathText>();
        }

        List<PathText>? found = null;
        JsonLocation? here = null;
        foreach (var field in PathFields)
        {
            if (state.Body[field] is AslString text)
            {
                (found ??= new List<PathText>()).Add(new PathText(text, here ??= new JsonLocation(state.Path), field));
            }
        }

        var members = context.TemplateMembersOf(state);
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (JsonWalk.IsDollarKey(member.Property.Name) && member.Property.Value is AslString text)
            {
                (found ??= new List<PathText>()).Add(new PathText(text, member.OwnerLocation, member.Property.Name));
            }
        }

        if (state.Body.GetArray("Choices") is { } choices)
        {
            foreach (var member in JsonWalk.Members(choices, (here ??= new JsonLocation(state.Path)).Member("Choices")))
            {
                if ((member.Property.Name == "Variable" || member.Property.Name.EndsWith("Path", System.StringComparison.Ordinal)) && member.Property.Value is AslString text)
                {
                    (found ??= new List<PathText>()).Add(new PathText(text, member.OwnerLocation, member.Property.Name));
                }
            }
        }

        return found ?? (IReadOnlyList<PathText>)System.Array.Empty<PathText>();
    }
}
