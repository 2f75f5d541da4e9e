namespace StepFlow.Jsonata.Runtime;

/// <summary>A native function with some arguments fixed and the <c>?</c> places left open.</summary>
internal sealed class PartialFunction : FunctionValue
{
    /// <summary>Marks an open argument place.</summary>
    public static readonly object Placeholder = new();

    public PartialFunction(FunctionValue target, object?[] arguments)
    {
        Target = target;
        Arguments = arguments;
        int open = 0;
        foreach (object? argument in arguments)
        {
            if (ReferenceEquals(argument, Placeholder)) open++;
        }
        Arity = open;
    }

    public FunctionValue Target { get; }

    public object?[] Arguments { get; }

    public override int Arity { get; }

    public object?[] Fill(object?[] supplied)
    {
        var result = new object?[System.Math.Max(Arguments.Length, Target.Arity)];
        int next = 0;
        for (int i = 0; i < Arguments.Length; i++)
        {
            result[i] = ReferenceEquals(Arguments[i], Placeholder) ? (next < supplied.Length ? supplied[next++] : null) : Arguments[i];
        }
        return TrimTrailingUndefined(result);
    }

    private static object?[] TrimTrailingUndefined(object?[] args)
    {
        int length = args.Length;
        while (length > 0 && args[length - 1] is null) length--;
        if (length == args.Length) return args;
        var trimmed = new object?[length];
        System.Array.Copy(args, trimmed, length);
        return trimmed;
    }
}
