namespace StepFlow.Generators.Parsing;

/// <summary>
/// Problems found while turning attributes into ASL: each one blocks generation (the generator then emits nothing)
/// and becomes an analyzer diagnostic on the exact argument.
/// </summary>
internal enum ParseProblemKind
{
    /// <summary>A JSON-valued argument holds text that is not JSON (nor a <c>{% %}</c> expression).</summary>
    InvalidJson,

    /// <summary>An argument whose value the compiler could not evaluate (mid-edit code).</summary>
    InvalidArgument,

    /// <summary>No state of a scope is marked StartAt.</summary>
    MissingStartAt,

    /// <summary>More than one state of a scope is marked StartAt.</summary>
    DuplicateStartAt,

    /// <summary>A member carries more than one state attribute.</summary>
    MultipleStateAttributes,

    /// <summary>A Parallel branch or Map processor type lacks [Branch]/[ItemProcessor].</summary>
    NotAWorkflowScope,

    /// <summary>A branch or processor contains itself, directly or not.</summary>
    RecursiveScope,

    /// <summary>A C# task method's parameters or return type cannot be mapped to a state input and output.</summary>
    UnsupportedSignature,

    /// <summary>A scope has no states.</summary>
    NoStates,

    /// <summary>A Parallel state has no branches, or a Map state no processor.</summary>
    MissingNestedScope,

    /// <summary>Two states in one scope share a name.</summary>
    DuplicateStateName,
}
