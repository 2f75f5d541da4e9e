namespace StepFlow.Asl.Validation;

/// <summary>
/// Facts about a workflow that its ASL does not carry. The workflow type is chosen at CreateStateMachine time, so
/// only the C# attribute (or a CLI flag) can tell the rules that a definition will run as Express.
/// </summary>
public sealed record AslValidationOptions(bool IsExpress = false)
{
    public static AslValidationOptions Default { get; } = new();
}
