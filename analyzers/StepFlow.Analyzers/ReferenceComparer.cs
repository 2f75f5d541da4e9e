using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace StepFlow.Analyzers;

/// <summary>
/// Compares by identity. ASL values are equal by content (two "End": true are equal), but an origin belongs to one
/// particular value; netstandard2.0 has no ReferenceEqualityComparer.
/// </summary>
internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ReferenceComparer<T> Instance = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => obj is StepFlow.Asl.Json.AslValue value ? value.IdentityHash : RuntimeHelpers.GetHashCode(obj);
}
