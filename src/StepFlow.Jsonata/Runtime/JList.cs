using System.Collections.Generic;

namespace StepFlow.Jsonata.Runtime;

/// <summary>
/// An array value. The flags reproduce the hidden properties jsonata-js puts on arrays: a <see cref="Sequence"/>
/// is a result sequence that collapses to its single member; <see cref="Cons"/> marks an array built by an
/// array constructor (never flattened by a path step); <see cref="OuterWrapper"/> wraps a top-level array input.
/// </summary>
internal sealed class JList : List<object?>
{
    public JList() { }

    public JList(int capacity) : base(capacity) { }

    public JList(IEnumerable<object?> items) : base(items) { }

    public bool Sequence { get; set; }

    public bool KeepSingleton { get; set; }

    public bool Cons { get; set; }

    public bool OuterWrapper { get; set; }

    public bool TupleStream { get; set; }

    public static JList NewSequence() => new() { Sequence = true };

    public static JList NewSequence(object? single)
    {
        var list = new JList { Sequence = true };
        list.Add(single);
        return list;
    }
}
