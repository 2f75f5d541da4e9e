using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation.Rules;

namespace StepFlow.Asl.Validation;

/// <summary>
/// The one rule engine: the analyzers run it on definitions built from C#, the CLI on ASL files, and the
/// generator on what it is about to emit (it emits nothing when an error is found).
/// </summary>
public static class AslValidator
{
    /// <summary>Every rule, in id order.</summary>
    public static IReadOnlyList<IAslRule> Rules { get; } = new IAslRule[]
    {
        new TransitionTargetRule(),
        new StartAtRule(),
        new NextEndRule(),
    };

    public static IReadOnlyList<AslFinding> Validate(AslObject definition)
    {
        var findings = new List<AslFinding>();
        var context = new AslValidationContext(definition, StateGraph.From(definition), findings);
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }

        return findings;
    }

    public static bool HasErrors(IReadOnlyList<AslFinding> findings)
    {
        foreach (var finding in findings)
        {
            if (finding.Severity == AslSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }
}
