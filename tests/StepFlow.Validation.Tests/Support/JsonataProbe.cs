using System.Collections.Generic;
using System.Linq;
using StepFlow.Asl.Validation;

namespace StepFlow.Validation.Tests.Support;

/// <summary>Validates a JSONata definition and reads back, for one rule, the exact text each finding points at.</summary>
public static class JsonataProbe
{
    /// <summary>The source text under every finding of <paramref name="id"/> in <paramref name="json"/>.</summary>
    public static string[] Marked(string json, string id)
        => AslCheck.Validate(json).Where(f => f.Rule.Id == id).Select(f => Text(json, f)).ToArray();

    /// <summary>Every finding of the JSONata rules (syntax, $states, functions, input document, variables).</summary>
    public static IReadOnlyList<AslFinding> JsonataFindings(string json)
        => AslCheck.Validate(json).Where(f => f.Rule.Category == "StepFlow.Jsonata" || f.Rule.Id == "SF6007").ToList();

    private static string Text(string json, AslFinding finding)
    {
        var span = finding.SpanIn(json);
        return json.Substring(span.Start, span.Length);
    }
}
