using System.Collections.Generic;

namespace StepFlow.Asl.Json;

/// <summary>
/// Compares values as instances. ASL values are equal by content (two "End": true are equal), but facts such as an
/// analyzer's origin of a value, or a parsed expression, belong to one particular value in one place.
/// </summary>
public sealed class AslValueIdentityComparer : IEqualityComparer<AslValue>
{
    public static readonly AslValueIdentityComparer Instance = new();

    private AslValueIdentityComparer()
    {
    }

    public bool Equals(AslValue? x, AslValue? y) => ReferenceEquals(x, y);

    public int GetHashCode(AslValue obj) => obj.IdentityHash;
}
