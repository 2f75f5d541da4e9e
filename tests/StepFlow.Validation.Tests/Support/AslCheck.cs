using System.Collections.Generic;
using System.Linq;
using StepFlow.Asl.Json;
using StepFlow.Asl.Validation;

namespace StepFlow.Validation.Tests.Support;

/// <summary>Runs the rule engine on JSON text.</summary>
public static class AslCheck
{
    public static IReadOnlyList<AslFinding> Validate(string json, bool express = false)
        => AslValidator.Validate((AslObject)AslJsonReader.Parse(json), new AslValidationOptions(express));

    public static string[] Ids(string json, bool express = false)
        => Validate(json, express).Select(f => f.Rule.Id).Distinct().OrderBy(id => id).ToArray();

    public static string Describe(IEnumerable<AslFinding> findings)
        => string.Join("\n", findings.Select(f => f.Rule.Id + " " + f.JsonPath + ": " + f.Message));
}
