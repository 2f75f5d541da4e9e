namespace StepFlow.Generators.Parsing;

/// <summary>The ASL <c>Type</c> of each state attribute kind.</summary>
internal static class StateTypes
{
    public static string? Of(StepFlowAttributeKind kind) => kind switch
    {
        StepFlowAttributeKind.Task => "Task",
        StepFlowAttributeKind.Pass => "Pass",
        StepFlowAttributeKind.Wait => "Wait",
        StepFlowAttributeKind.Choice => "Choice",
        StepFlowAttributeKind.Succeed => "Succeed",
        StepFlowAttributeKind.Fail => "Fail",
        StepFlowAttributeKind.Parallel => "Parallel",
        StepFlowAttributeKind.Map => "Map",
        _ => null,
    };
}
