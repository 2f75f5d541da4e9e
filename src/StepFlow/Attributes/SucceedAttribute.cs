namespace StepFlow;

/// <summary>A Succeed state: ends the machine, branch or iteration successfully.</summary>
public sealed class SucceedAttribute : StateAttribute
{
}
