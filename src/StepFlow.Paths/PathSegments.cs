using System.Collections.Generic;

namespace StepFlow.Paths
{
    /// <summary>One step of a JSONPath after its root.</summary>
    public abstract record PathSegment
    {
        /// <summary>True when the step selects at most one node (member name or single index).</summary>
        public abstract bool IsDefinite { get; }
    }

    /// <summary><c>.name</c> or <c>['name']</c>.</summary>
    public sealed record MemberSegment(string Name) : PathSegment
    {
        /// <inheritdoc/>
        public override bool IsDefinite => true;
    }

    /// <summary><c>[3]</c> or <c>[-1]</c> (negative counts from the end).</summary>
    public sealed record IndexSegment(int Index) : PathSegment
    {
        /// <inheritdoc/>
        public override bool IsDefinite => true;
    }

    /// <summary><c>.*</c> or <c>[*]</c>: every member value or element.</summary>
    public sealed record WildcardSegment : PathSegment
    {
        /// <inheritdoc/>
        public override bool IsDefinite => false;
    }

    /// <summary><c>[start:end:step]</c>; absent bounds are null.</summary>
    public sealed record SliceSegment(int? Start, int? End, int? Step) : PathSegment
    {
        /// <inheritdoc/>
        public override bool IsDefinite => false;
    }

    /// <summary><c>['a','b']</c> or <c>[0,2]</c>.</summary>
    public sealed record UnionSegment(IReadOnlyList<PathSegment> Members) : PathSegment
    {
        /// <inheritdoc/>
        public override bool IsDefinite => false;
    }

    /// <summary><c>[?(...)]</c>: elements (or member values) for which the filter holds.</summary>
    public sealed record FilterSegment(FilterExpression Filter) : PathSegment
    {
        /// <inheritdoc/>
        public override bool IsDefinite => false;
    }

    /// <summary><c>..x</c>: <paramref name="Selector"/> applied to the node and all its descendants.</summary>
    public sealed record RecursiveDescentSegment(PathSegment Selector) : PathSegment
    {
        /// <inheritdoc/>
        public override bool IsDefinite => false;
    }

    /// <summary>A trailing Jayway function such as <c>length()</c>.</summary>
    public sealed record FunctionSegment(string Name) : PathSegment
    {
        /// <inheritdoc/>
        public override bool IsDefinite => true;
    }
}
