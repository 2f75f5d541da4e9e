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
        new ReachabilityRule(),
        new UniqueStateNameRule(),
        new NextEndRule(),
        new StateTypeRule(),
        new FieldAllowedRule(),
        new StateNameRule(),
        new ExclusiveFieldsRule(),
        new NumericFieldRule(),
        new HeartbeatTimeoutRule(),
        new TaskResourceRule(),
        new ChoiceRule(),
        new ChoiceOperandRule(),
        new NestedScopeRule(),
        new QueryLanguageRule(),
        new TopLevelRule(),
        new TimestampRule(),
        new FieldTypeRule(),
        new CallbackTokenRule(),
        new DuplicateKeyRule(),
        new ErrorEqualsRule(),
        new RetrierRule(),
        new PathFieldRule(),
        new PayloadTemplateRule(),
        new IntrinsicFunctionRule(),
        new JsonataExpressionRule(),
        new VariableNameRule(),
        new VariableScopeRule(),
        new JsonataVariableRule(),
        new MapModeRule(),
        new ExpressRule(),
        new PayloadSizeRule(),
        new DistributedMapConfigRule(),
        new ShadowedHandlerRule(),
        new ShadowedChoiceRule(),
        new NoDollarRule(),
        new NoPathRule(),
        new PassResultStaticRule(),
        new MapLabelRule(),
        new ReaderWriterConfigRule(),
        new UnquotedFilterWordRule(),
    };

    /// <summary>Every rule descriptor, in id order: the catalogue analyzers and docs are generated from.</summary>
    public static IReadOnlyList<AslRuleDescriptor> Descriptors { get; } = CollectDescriptors();

    /// <summary>The rules that can report an error: the only ones that decide whether a definition is valid.</summary>
    private static readonly IReadOnlyList<IAslRule> ErrorRules = CollectErrorRules();

    public static IReadOnlyList<AslFinding> Validate(AslObject definition) => Validate(definition, AslValidationOptions.Default);

    public static IReadOnlyList<AslFinding> Validate(AslObject definition, AslValidationOptions options)
        => Validate(definition, StateGraph.Of(definition), options);

    /// <summary>Validates with a state graph the caller already built from <paramref name="definition"/> (the analyzers share theirs).</summary>
    public static IReadOnlyList<AslFinding> Validate(AslObject definition, StateGraph graph, AslValidationOptions options)
    {
        var findings = new List<AslFinding>();
        var context = new AslValidationContext(definition, graph, options, findings);
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }

        return findings;
    }

    /// <summary>
    /// Whether the definition has an error, as <see cref="Validate(AslObject, AslValidationOptions)"/> would report
    /// it: what the generator asks before it emits. Rules that can only warn are skipped and the first error ends the
    /// run, since the answer cannot change; the analyzers report every finding.
    /// </summary>
    public static bool HasErrors(AslObject definition, AslValidationOptions options)
    {
        var findings = new List<AslFinding>();
        var context = new AslValidationContext(definition, StateGraph.Of(definition), options, findings);
        foreach (var rule in ErrorRules)
        {
            rule.Check(context);
            if (HasErrors(findings))
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<IAslRule> CollectErrorRules()
    {
        var rules = new List<IAslRule>();
        foreach (var rule in Rules)
        {
            foreach (var descriptor in rule.Descriptors)
            {
                if (descriptor.Severity == AslSeverity.Error)
                {
                    rules.Add(rule);
                    break;
                }
            }
        }

        return rules;
    }

    private static IReadOnlyList<AslRuleDescriptor> CollectDescriptors()
    {
        var descriptors = new List<AslRuleDescriptor>();
        foreach (var rule in Rules)
        {
            descriptors.AddRange(rule.Descriptors);
        }

        descriptors.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return descriptors;
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
