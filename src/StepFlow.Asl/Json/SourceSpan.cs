namespace StepFlow.Asl.Json;

/// <summary>Where a JSON value came from in its source text (character offset and length). Default: unknown.</summary>
public readonly record struct SourceSpan(int Start, int Length)
{
    public static SourceSpan None => new(-1, 0);

    public bool IsKnown => Start >= 0;
}
