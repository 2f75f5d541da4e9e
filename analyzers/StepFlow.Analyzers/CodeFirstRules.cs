using System.Collections.Generic;
using StepFlow.Asl.Validation;

namespace StepFlow.Analyzers;

/// <summary>
/// Checks only the C# side can make (SF1xxx usage, SF8xxx type flow). They share the rule engine's descriptor
/// record so one catalogue feeds the Roslyn descriptors, the docs and release tracking.
/// </summary>
internal static class CodeFirstRules
{
    public static readonly AslRuleDescriptor ClassNotPartial = new(
        "SF1001", "State machine class is not partial",
        "'{0}' must be partial (and so must the types it is nested in) so StepFlow can generate its client: add the partial modifier",
        AslSeverity.Error, "StepFlow.Usage");

    public static readonly AslRuleDescriptor UnsupportedSignature = new(
        "SF1002", "Task method signature StepFlow cannot map",
        "{0}",
        AslSeverity.Error, "StepFlow.Usage");

    public static readonly AslRuleDescriptor Unserializable = new(
        "SF1003", "Task input or output type cannot be serialized",
        "Task method '{0}' {1} '{2}', which cannot travel as JSON between states: use a class, record, struct, collection or primitive",
        AslSeverity.Error, "StepFlow.Usage");

    public static readonly AslRuleDescriptor NameofNotAState = new(
        "SF1004", "nameof points at a member that is not a state",
        "'{0}' is not a state: mark the method with a state attribute ([Task], [Pass], ...), or point {1} at a state",
        AslSeverity.Error, "StepFlow.Usage");

    public static readonly AslRuleDescriptor NotAWorkflowScope = new(
        "SF1005", "Branch or item processor type not marked",
        "{0}",
        AslSeverity.Error, "StepFlow.Usage");

    public static readonly AslRuleDescriptor InvalidJson = new(
        "SF1006", "Attribute argument is not valid JSON",
        "{0}",
        AslSeverity.Error, "StepFlow.Usage");

    public static readonly AslRuleDescriptor InvalidArgument = new(
        "SF1007", "Attribute argument has an unusable value",
        "{0}",
        AslSeverity.Error, "StepFlow.Usage");

    public static readonly AslRuleDescriptor DuplicateStartAt = new(
        "SF1008", "More than one StartAt state",
        "{0}: remove StartAt = true from all but one state",
        AslSeverity.Error, "StepFlow.Usage");

    public static readonly AslRuleDescriptor MultipleStateAttributes = new(
        "SF1009", "Member with several state attributes",
        "{0}",
        AslSeverity.Error, "StepFlow.Usage");

    public static readonly AslRuleDescriptor RecursiveScope = new(
        "SF1010", "Branch or item processor contains itself",
        "{0}: a nested workflow cannot contain itself",
        AslSeverity.Error, "StepFlow.Usage");

    public static readonly AslRuleDescriptor NoStates = new(
        "SF1011", "Workflow class declares no states",
        "{0}",
        AslSeverity.Error, "StepFlow.Usage");

    public static readonly AslRuleDescriptor MissingNestedScope = new(
        "SF1012", "Parallel or Map state without its nested class",
        "{0}",
        AslSeverity.Error, "StepFlow.Usage");

    public static readonly AslRuleDescriptor TypeMismatch = new(
        "SF8001", "State output cannot feed the next state's input",
        "State '{0}' returns {1} but its Next, '{2}', takes {3}: change one of the types, or reshape the data with ResultSelector/ResultPath/OutputPath/InputPath/Parameters",
        AslSeverity.Error, "StepFlow.TypeFlow");

    public static IReadOnlyList<AslRuleDescriptor> All { get; } = new[]
    {
        ClassNotPartial, UnsupportedSignature, Unserializable, NameofNotAState, NotAWorkflowScope, InvalidJson, InvalidArgument,
        DuplicateStartAt, MultipleStateAttributes, RecursiveScope, NoStates, MissingNestedScope, TypeMismatch,
    };
}
