using StepFlow.Jsonata.Evaluation;

namespace StepFlow.Jsonata.Runtime;

/// <summary>The implementation of a built-in: receives validated arguments, the context value and the evaluator.</summary>
internal delegate object? NativeImplementation(Evaluator evaluator, object?[] args, object? input);

/// <summary>A built-in (or host-registered) function with an optional JSONata signature.</summary>
internal sealed class NativeFunction : FunctionValue
{
    public NativeFunction(string name, string? signature, NativeImplementation implementation, int? arity = null)
    {
        Name = name;
        Implementation = implementation;
        Signature = signature is null ? null : Signature.Parse(signature);
        _arity = arity ?? Signature?.ParameterCount ?? 0;
    }

    private readonly int _arity;

    public string Name { get; }

    public NativeImplementation Implementation { get; }

    /// <summary>What jsonata-js reports as the function's length: how many arguments the higher-order functions pass.</summary>
    public override int Arity => _arity;
}
