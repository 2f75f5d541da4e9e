using System.Collections.Generic;

namespace StepFlow.Jsonata.Runtime;

/// <summary>
/// One member of a tuple stream: the context value (<c>@</c> in jsonata-js) plus the focus, index and
/// ancestor variables bound along the path so far.
/// </summary>
internal sealed class TupleItem
{
    public TupleItem(object? context, Dictionary<string, object?>? bindings = null)
    {
        Context = context;
        Bindings = bindings ?? new Dictionary<string, object?>(System.StringComparer.Ordinal);
    }

    public object? Context { get; set; }

    public Dictionary<string, object?> Bindings { get; }

    public TupleItem Copy() => new(Context, new Dictionary<string, object?>(Bindings, System.StringComparer.Ordinal));
}
