namespace StepFlow.Generators.Parsing;

/// <summary>The StepFlow attributes a workflow member can carry: the eight state attributes first, then the others.</summary>
internal enum StepFlowAttributeKind
{
    None,
    Task,
    Pass,
    Wait,
    Choice,
    Succeed,
    Fail,
    Parallel,
    Map,
    When,
    Retry,
    Catch,
    AslField,
}
