using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Functions;

/// <summary>The frame holding every built-in function; shared (read-only) by all evaluations.</summary>
internal sealed class BuiltinLibrary
{
    private readonly Frame _frame = new(null);

    private BuiltinLibrary()
    {
        StringFunctions.Register(this);
        RegexFunctions.Register(this);
        UrlFunctions.Register(this);
        NumericFunctions.Register(this);
        AggregateFunctions.Register(this);
        ArrayFunctions.Register(this);
        ObjectFunctions.Register(this);
        HigherOrderFunctions.Register(this);
        DateTimeFunctions.Register(this);
        FormattingFunctions.Register(this);
        StepFunctionsFunctions.Register(this);
    }

    public static Frame Root { get; } = new BuiltinLibrary()._frame;

    public void Add(string name, string signature, NativeImplementation implementation, int? arity = null)
    {
        _frame.Bind(name, new NativeFunction(name, signature, implementation, arity));
    }
}
