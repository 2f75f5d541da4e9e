namespace StepFlow.Asl.Validation;

/// <summary>
/// One validation rule's identity: its SFxxxx id, title, message format ({0}, {1}, ... filled per finding) and
/// default severity. Ranges: SF1xxx code-first usage, SF2xxx transitions and graph, SF3xxx state structure and
/// fields, SF4xxx Retry/Catch, SF5xxx paths, intrinsics and JSONata, SF6xxx variables, SF7xxx Map and service
/// constraints, SF8xxx C# type flow.
/// </summary>
public sealed record AslRuleDescriptor(string Id, string Title, string MessageFormat, AslSeverity Severity, string Category)
{
    /// <summary>Where each rule's documentation lives: what, why, a bad and a good example.</summary>
    public string HelpLink => "https://github.com/stepflow/stepflow/blob/main/docs/diagnostics/" + Id + ".md";
}
