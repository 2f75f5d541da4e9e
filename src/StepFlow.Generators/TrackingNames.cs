namespace StepFlow.Generators;

/// <summary>Names of the pipeline steps, so tests can assert each step's cache reason.</summary>
public static class TrackingNames
{
    public const string Workflows = nameof(Workflows);
    public const string ValidWorkflows = nameof(ValidWorkflows);
}
