namespace StepFlow.Asl.Validation;

/// <summary>How serious a finding is; errors block the generator from emitting the workflow.</summary>
public enum AslSeverity
{
    Info,
    Warning,
    Error,
}
