using System.Collections.Generic;
using StepFlow.Local.DataFlow;

namespace StepFlow.Local.States;

/// <summary>One entry of <c>Catch</c> (asl-reference §5.3).</summary>
internal sealed class Catcher
{
    public required IReadOnlyList<string> ErrorEquals { get; init; }

    public required string Next { get; init; }

    /// <summary>JSONPath: where the Error Output goes in the raw input (default <c>$</c>).</summary>
    public PathField ResultPath { get; init; }

    /// <summary>JSONata: the catcher's Output (default: the Error Output).</summary>
    public JsonataTemplate? Output { get; init; }

    public AssignBlock? Assign { get; init; }
}
