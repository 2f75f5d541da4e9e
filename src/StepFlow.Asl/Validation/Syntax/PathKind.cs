namespace StepFlow.Asl.Validation.Syntax;

/// <summary>What a field's JSONPath may select (ASL reference §3.3).</summary>
public enum PathKind
{
    /// <summary>Any Path: InputPath, OutputPath, Choice Variable, payload-template values. May start with $$ or $var.</summary>
    Path,

    /// <summary>A Reference Path: one node, no wildcard, filter, slice, union or recursive descent.</summary>
    ReferencePath,

    /// <summary>ResultPath: a Reference Path into the state input, so neither $$ nor a variable.</summary>
    ResultPath,
}
