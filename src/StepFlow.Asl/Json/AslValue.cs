using System;

namespace StepFlow.Asl.Json;

/// <summary>
/// A JSON value in an ASL document. Immutable, compared by content (the <see cref="Span"/> is provenance, not
/// content), so pipeline models that hold definitions stay cacheable. Object properties keep their order: the
/// writer emits them as given, which is how the builder guarantees a fixed key order.
/// </summary>
public abstract class AslValue : IEquatable<AslValue>
{
    private static int s_lastIdentity;
    private int _identity;

    protected AslValue(SourceSpan span) => Span = span;

    /// <summary>
    /// A hash of this instance (not its content) for <see cref="AslValueIdentityComparer"/>: RuntimeHelpers.GetHashCode
    /// was a visible share of analyzer time. Assigned on first use.
    /// </summary>
    public int IdentityHash
    {
        get
        {
            if (_identity == 0)
            {
                var next = System.Threading.Interlocked.Increment(ref s_lastIdentity);
                System.Threading.Interlocked.CompareExchange(ref _identity, next == 0 ? 1 : next, 0);
            }

            return _identity;
        }
    }

    /// <summary>Where this value sits in the text it was read from, or <see cref="SourceSpan.None"/>.</summary>
    public SourceSpan Span { get; }

    public abstract AslValueKind Kind { get; }

    public abstract bool Equals(AslValue? other);

    public override bool Equals(object? obj) => obj is AslValue other && Equals(other);

    public abstract override int GetHashCode();

    public override string ToString() => AslJsonWriter.Write(this);
}

/// <summary>The JSON kinds.</summary>
public enum AslValueKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
